import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "rep" (a representative, a publicist) is a role noun: "Swift's rep told Fox News that …" was read
// as no subject at all, and the whole clause up to the report became the speaker's name. A role
// head that short matches another person's role only whole: "rep" is not the "report" of "a new
// report by E! News".

describe('a rep', () => {
  it('is the speaker, described by whose rep they are', () => {
    const q = quotesOf([
      // foxnews.com (eb62ac8425e5)
      'Scooter Braun is allegedly unhappy with the way his business partner has handled the feud, according to a new report by E! News.',
      'Swift’s rep told Fox News that this, too, was not the whole truth. "Big Machine is trying to deflect and make this about money," the rep said.',
    ]);
    expect(find(q, 'not the whole truth')?.speaker.name).toBe('Swift’s rep');
  });
});
