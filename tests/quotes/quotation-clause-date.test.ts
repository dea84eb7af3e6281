import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// Words between a quotation and the attribution after it go on with the quotation's own clause
// ('"…Bigger than just the little deal" announced in October, said Derek Scissors'): their time is
// the deal's, not when Scissors said it, for this quote and for the next one of his that the
// sentence brings him in for.

describe('a time in the words after a quotation, before its attribution', () => {
  it('does not date the quote, nor the speaker’s next one', () => {
    // deccanherald.com (39d5c43beb60), published 2019-11-20
    const q = quotesOf(
      [
        '"The president wants the option of having a bigger deal with China. Bigger than just the little deal" announced in October, said Derek Scissors, a China scholar with the American Enterprise Institute in Washington.',
        'Scissors, who consults with administration officials, said whether Trump will agree to remove existing tariffs depends largely on whether he believes it will benefit his re-election chances.',
      ],
      '2019-11-20T11:06:01+05:30',
    );
    expect(find(q, 'Bigger than just')?.date).toMatchObject({ iso: '2019-11-20', source: 'published' });
    expect(find(q, 're-election chances')?.date?.iso).toBe('2019-11-20');
  });

  it('still reads a day after the verb ("…," Trump said Monday)', () => {
    const q = quotesOf(['"We are very close," Trump said Monday at the White House.'], '2019-11-20T15:00:00-05:00');
    expect(find(q, 'very close')?.date?.iso).toBe('2019-11-18');
  });
});
