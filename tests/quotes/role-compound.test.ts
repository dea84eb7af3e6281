import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "Singer-guitarists Tom Johnston and Patrick Simmons": a role noun joined to another by a hyphen
// is the role before the name, capitalised because it opens the sentence; the name is "Tom Johnston".

describe('a hyphenated role before a name', () => {
  it('is not part of the name', () => {
    // rollingstone.com (ac1bfdd4c510)
    const q = quotesOf([
      'Singer-guitarists Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and multi-instrumentalist John McFee will tour together for the first time in nearly 25 years.',
      '“We’re truly excited about our 50th Anniversary Tour, as it’s a celebration of the band’s entire history,” Johnston said in a statement.',
    ]);
    expect(find(q, 'truly excited')?.speaker.name).toBe('Tom Johnston');
  });
});
