import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "While the campaign did not appeal to Julie Graham, Washington State Department of Health public
// information officer, she said …": the person introduced by the appositive that runs up to the
// pronoun is who "she" is, though the name stands as the object of the clause before it; the
// speaker quoted just before is someone else. (c13b9c0e)

describe('a pronoun right after a person and her appositive', () => {
  it('is that person, not the last speaker', () => {
    const q = quotesOf([
      '“It’s difficult to change people’s behaviors, but this is also some of the most important advertising and communications work that’s out there,” Michelle Hege said.',
      'While the campaign did not appeal to Julie Graham, Washington State Department of Health public information officer, she said she did not want to judge the campaign, and thinks it could still be successful for its audience.',
      '“When a group is trying to reach a very specific audience, the messaging can either be offensive or really miss the mark,” Graham said.',
    ]);
    expect(find(q, 'she did not want to judge')?.speaker.name).toBe('Julie Graham');
  });

  it('is still the subject when the clause before names someone in passing', () => {
    const q = quotesOf([
      '“We will look at every option,” Michelle Hege said.',
      'After the meeting with Julie Graham she said the agency would “keep listening.”',
    ]);
    expect(find(q, 'keep listening')?.speaker.name).toBe('Michelle Hege');
  });
});
