import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// News writing names a speaker again by a description: '“…,” said the actor.' right after the
// actor was quoted by name is the same man, though the article never called him "the actor"
// before. A definite description that fits no one given that role is the person just quoted; an
// indefinite one ("an officer") is someone new.

const VAN_DER_BEEK = [
  // foxnews.com (7dfc3e359d7c)
  'James Van Der Beek has been eliminated from “Dancing with the Stars.”',
  '“My wife Kimberly and I went through every expecting parent’s worst nightmare. We lost the baby,” Van Der Beek said.',
  '“You never know why these things happen, that’s what I’ve been telling my kids,” said the actor. “It makes you more human.”',
];

describe('a description of the person just quoted', () => {
  it('is that person', () => {
    const q = quotesOf(VAN_DER_BEEK);
    expect(find(q, 'You never know')?.speaker.name).toBe('James Van Der Beek');
    expect(find(q, 'more human')?.speaker.name).toBe('James Van Der Beek');
  });

  it('is not someone quoted paragraphs before, nor is an indefinite one', () => {
    const q = quotesOf([
      VAN_DER_BEEK[0],
      VAN_DER_BEEK[1],
      'The show airs on Monday nights on ABC.',
      'Ratings have fallen since the spring, and the network has moved the finale twice.',
      '“It was a hard night for everyone,” said the dancer.',
      '“We kept going,” an officer said.',
    ]);
    expect(find(q, 'hard night')?.speaker.name).toBe('dancer');
    expect(find(q, 'kept going')?.speaker.name).toBe('officer');
  });

  it('is not the last speaker when it brings in a report of its own', () => {
    const q = quotesOf([
      'Zippy Duvall said in May that farmers faced “near-unprecedented economic uncertainty.”',
      'The mayor said the bridge may reopen before the winter storms arrive in the city.',
    ]);
    expect(find(q, 'bridge may reopen')?.speaker.name).toBe('mayor');
  });
});
