import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// Wire copy types a closing double quotation mark as two single ones (’’ or ''), and typewriter
// copy opens with two grave accents (``). Read as quotation marks, not as apostrophes: the quote
// and the one after it were lost to a span that ran on to the next opener.

describe('doubled single marks as quotation marks', () => {
  it('close a quotation opened with “', () => {
    const q = quotesOf([
      // hosted.ap.org (e7994d550087)
      '“It was an attempt to mislead voters,’’ Will Moy, chief executive of the London-based fact-checking website Full Fact, told the BBC. “And I think it is inappropriate and misleading for a serious political party to behave that way.”',
      'Critically, however, it pointed out that it doesn’t have “a role in regulating election campaign content.’’',
    ]);
    expect(q.map((x) => x.text)).toEqual(
      expect.arrayContaining([
        'It was an attempt to mislead voters,',
        'And I think it is inappropriate and misleading for a serious political party to behave that way.',
        'a role in regulating election campaign content.',
      ]),
    );
  });

  it("pair `` with ''", () => {
    const q = quotesOf(["``We will not back down,'' the mayor said on Tuesday."]);
    expect(find(q, 'We will not back down')?.text).toBe('We will not back down,');
  });

  it('leave an apostrophe after a plural alone', () => {
    const q = quotesOf(["The players' union said the owners' offer was not enough."]);
    expect(q.map((x) => x.text)).toEqual(["the owners' offer was not enough."]);
  });
});
