import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../utils/quotes/quote-marks';
import { find, quotesOf } from './helpers';

// 'the odds were ”dwindling.”': a closing mark typed where an opener belongs (between a space and a
// word) opens a quotation. Read as a closer, it ended an imaginary quote from the paragraph's start,
// hid the sentence's subject, and the "he said" after it went to someone quoted earlier.
// thespacereview.com (c00962aa).

const BABIN = [
  '“If this forces NASA to reassess its schedule for returning to the Moon, it would provide an opportunity to ensure that they are developing the ideal architecture that maximizes mission success and minimizes risk,” said Rep. Brian Babin (R-TX), ranking member of the House Science Committee’s space subcommittee.',
  '“We cannot support this effort in the current fiscal year when we don’t know the costs down the road,” Serrano said. He suggested pushing back the date of a human return to the Moon to 2028.',
  'Babin referred to those comments at last week’s hearing, concluding that the odds of getting full funding for Artemis in fiscal year 2020 were ”dwindling.”',
  '“If this forces NASA to reassess its schedule, it would provide an opportunity,” he said. “This could be done by developing landers that leverage the investments already made by the taxpayers in national capabilities like SLS and Orion.”',
];

describe('a closing mark typed as an opener', () => {
  it('opens the quotation it stands before', () => {
    const text = BABIN[2];
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['dwindling.']);
  });

  it('leaves the sentence its subject, for the pronoun after it', () => {
    const q = quotesOf(BABIN);
    expect(find(q, 'This could be done')?.speaker.name).toBe('Brian Babin');
  });
});
