import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "laughed" attributes a quotation beside it ('“…,” McDowell laughed.') but reports no clause of
// its own ("The cabinet members laughed at the joke" is no quote).

describe('"laughed" beside a quotation', () => {
  it('attributes the quotation', () => {
    // parade.com (3d8f3404)
    const q = quotesOf([
      'Filmmaker Charlie McDowell said his mother started writing songs in her fifties.',
      '“All of a sudden she was referencing these obscure indie bands and picking up random instruments — I’m not gonna lie, the accordion playing drives me nuts,” McDowell laughed.',
      'The cabinet members laughed that the farmers would need larger tractors for the harvest.',
    ]);
    expect(find(q, 'accordion playing')?.speaker.name).toBe('Charlie McDowell');
    expect(find(q, 'larger tractors')).toBeUndefined();
  });
});
