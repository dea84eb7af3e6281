import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "a letter posted on Twitter Tuesday": a day after a capitalised word dates what was said; it is
// no part of a name, so "Twitter Tuesday" is nobody and "she" stays the woman the story is about.
// thehill.com (6ebac05f637e), the sentences as the page gives them.

const OMAR = [
  'A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.) in a phone call to her office.',
  'Rep. Alexandria Ocasio-Cortez (D-N.Y.) shortly after the arrest linked the incident to Fox News host Jeanine Pirro’s comments on Omar’s hijab.',
  'Omar asked for compassion during Carlineo\'s sentencing in a letter posted on Twitter Tuesday, saying she did not think a severe sentence would be helpful. She added, "We must teach the defendant love."',
  '"But we must ask: who are we as a nation if we respond to threats of political retribution with retribution ourselves? " she wrote in her letter. "The answer to hate is not more hate; it is compassion."',
];

describe('a day or month after a name', () => {
  it('is not read as part of a name', () => {
    const q = quotesOf(OMAR);
    for (const snippet of ['teach the defendant love', 'who are we as a nation', 'The answer to hate'])
      expect(find(q, snippet)?.speaker.name).toBe('Ilhan Omar');
    expect(q.some((x) => /Tuesday/.test(x.speaker.name ?? ''))).toBe(false);
  });

  it('does not give a woman the "he" of a role phrase before her name ("charges he threatened to kill Rep.")', () => {
    const q = quotesOf(OMAR);
    expect(find(q, 'teach the defendant love')?.speaker.name).toBe('Ilhan Omar');
  });

  it('still ends a name in "May"', () => {
    const q = quotesOf(['“We will deliver Brexit,” Prime Minister Theresa May said on Tuesday.']);
    expect(find(q, 'deliver Brexit')?.speaker.name).toBe('Theresa May');
  });
});
