import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// In "A, he said." the words before the comma are what was said: a name in them ("The northern
// Sierra Nevada has seen …") is spoken about, and the pronoun points back past it to the person
// quoted before. A comma that closes an opening clause ("When Carlineo was approached, he told
// police …") is not a postposed attribution, and the name in that clause is still who "he" is.

describe('the pronoun of a postposed attribution', () => {
  it('does not point into the clause it reports', () => {
    const q = quotesOf([
      // timesunion.com (d0382c0d9573)
      'One Napa County reporting station hasn’t seen a measurable drop of rain since mid-September, said Scott Strenfel, PG&E’s principal meteorologist.',
      'The northern Sierra Nevada has seen a fraction of an inch of rain in the past two months instead of the usual 5 inches, he said.',
    ]);
    expect(find(q, 'fraction of an inch')?.speaker.name).toBe('Scott Strenfel');
  });

  it('still points at the subject of an opening clause', () => {
    const q = quotesOf([
      // thehill.com (6ebac05f637e)
      'Patrick Carlineo Jr. was arrested in April after a phone call to the congresswoman’s office.',
      'When Carlineo was approached, he told police he supported Trump and hates radical Muslims in government.',
    ]);
    expect(find(q, 'supported Trump')?.speaker.name).toMatch(/^Patrick Carlineo/);
  });
});
