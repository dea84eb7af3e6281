import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// Classes of mistakes measured on articles the rules had never seen (issue 13), each with the real
// sentences that showed it: a fix is for the construction, not for the page.

describe('"per" is a source only before a name', () => {
  it('reads no source into a price per unit', () => {
    // the oil report; and the added Reuters markets article (57d46c9d751e)
    const q = quotesOf([
      'U.S. crude futures settled at $52.64 per barrel in New York, down 1.2% on the day.',
      'U.S. crude CLc1 fell 0.4% to $56.81 per barrel and Brent LCOc1 was last at $62.12 per barrel.',
    ]);
    expect(q).toHaveLength(0);
  });

  it('still reads "per" before a named source', () => {
    const q = quotesOf(['The ship left port on Monday with 42 crew members aboard, per Coast Guard officials.']);
    expect(find(q, 'The ship left port')?.speaker.name).toMatch(/Coast Guard/);
  });
});
