import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "it said" points at the organisation that opened the sentence before, not at whoever was quoted
// last. thespacereview.com (c00962aa): Boeing, after NASA's administrator was quoted.

const BRIDENSTINE =
  '“We’re waiting to have them tell us what their approach is, and then we’ll assess their approaches,” NASA administrator Jim Bridenstine said.';

describe('"it" after a sentence an organisation opens', () => {
  it('is that organisation', () => {
    const q = quotesOf([
      BRIDENSTINE,
      'Boeing is one of the companies bidding on the HLS program, and confirmed that its approach makes use of the SLS. In a statement released November 5, the day the proposals were due to NASA, it said it submitted a proposal that would involve the launch of an integrated lander on an SLS Block 1B.',
    ]);
    expect(find(q, 'it submitted a proposal')?.speaker.name).toBe('Boeing');
  });
});
