import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// The day at the end of an attribution, past the place it names, dates the quote; a day in a
// clause of its own after the speaker does not.

describe('a day after the place an attribution names', () => {
  it('dates the quote ("said at a rally in Monroe, La., on Nov. 6, 2019")', () => {
    // politifact.com (b6906ca016bb), published 2019-11-18
    const q = quotesOf(
      [
        'Breaking with decades of United States policy favoring free trade, President Donald Trump has pursued an agenda favoring tariffs as weapons in a widening trade war.',
        '"We talk about it all the time, but under this administration, the great betrayal is over," Trump said at a rally in Monroe, La., on Nov. 6, 2019. "America is no longer for sale."',
      ],
      '2019-11-18',
    );
    expect(find(q, 'great betrayal')?.date).toMatchObject({ iso: '2019-11-06', source: 'text' });
  });

  it('leaves a day in a clause about the speaker alone', () => {
    const q = quotesOf(
      ['"We will appeal," said Carlineo’s lawyer, Jane Smith, who was hired on Monday.'],
      '2019-11-20T09:00:00-05:00',
    );
    expect(find(q, 'We will appeal')?.date?.iso).toBe('2019-11-20');
  });
});

describe('a long attribution with a comma before "on" and no day at its end', () => {
  it('is read at once, and the quote keeps the publication date', () => {
    // therepublic.com (961bd85ca85a): the rule's first pattern backtracked over this sentence for
    // three minutes
    const started = Date.now();
    const q = quotesOf(
      [
        'Officers also arrested Christopher L. Tays, 32, of Franklin, on several charges including two local warrants and an out-of-county warrant after stopping his vehicle near 17th Street and Gladstone Avenue, Harris said.',
      ],
      '2019-11-20',
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(find(q, 'several charges')?.date?.iso).toBe('2019-11-20');
  });
});
