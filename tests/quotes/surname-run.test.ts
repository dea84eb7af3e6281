import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A surname of several words ("Van Der Beek", "Hawk Sawyer", "Eriksson Ek") is a later mention of
// the person first given in full, not a second person: the quote keeps the full name.

describe('a surname of several words', () => {
  it('resolves to the full name given first', () => {
    const q = quotesOf([
      // foxnews.com (7dfc3e359d7c) and usatoday.com (c58aa507c4de)
      'James Van Der Beek has been eliminated from “Dancing with the Stars.”',
      '“My wife Kimberly and I went through every expecting parent’s worst nightmare,” Van Der Beek said.',
      "Attorney General William Barr put Kathleen Hawk Sawyer in charge and ordered multiple investigations into the 66-year-old's suicide.",
      'Hawk Sawyer said no evidence supports anything other than suicide.',
    ]);
    expect(find(q, 'worst nightmare')?.speaker.name).toBe('James Van Der Beek');
    expect(find(q, 'no evidence supports')?.speaker.name).toBe('Kathleen Hawk Sawyer');
  });
});
