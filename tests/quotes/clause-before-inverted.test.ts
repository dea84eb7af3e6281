import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// The clause before "…, X said" is the report even when the sentence opens with a dateline
// ("VIENNA — …") or is two clauses joined by "but": neither the dateline's dash nor the second
// clause makes what stands before the verb a speaker or an appositive. An adverb between the
// subject and the verb ("scientists now say") is not part of the subject.

describe('a report before its attribution', () => {
  it('is found past a dateline', () => {
    // reuters.com via nbcnews.com (5a822960)
    const q = quotesOf([
      "VIENNA — The house where Adolf Hitler was born will be turned into a police station, Austria's interior minister said on Tuesday, after years of debate over how best to prevent it becoming a pilgrimage site for neo-Nazis.",
    ]);
    expect(find(q, 'police station')?.text).toBe(
      'The house where Adolf Hitler was born will be turned into a police station',
    );
    expect(find(q, 'police station')?.speaker.role).toMatch(/interior minister/);
  });

  it('keeps a clause joined by "but" in the report, and the speaker after the verb', () => {
    // sciencealert.com (359fee22)
    const q = quotesOf([
      'Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said study co-author Anezina Solomonidou, a European Space Agency research fellow.',
    ]);
    expect(find(q, 'Rainfall occurs')?.speaker.name).toBe('Anezina Solomonidou');
    expect(find(q, 'research fellow')).toBeUndefined();
  });

  it('still reads "and co-author of the study" as an appositive', () => {
    // livescience.com (3c5bf8db)
    const q = quotesOf([
      '"Numerical experiments of this kind are particularly successful when you get out more than you put in," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.',
    ]);
    expect(find(q, 'Numerical experiments')?.speaker.name).toBe('Dylan Nelson');
  });

  it('takes "now" out of the subject', () => {
    // the-scientist.com (bdb56ac8)
    const q = quotesOf([
      'Whatever their history, scientists now say that a major role of these receptors is to monitor the molecules in our body.',
    ]);
    expect(find(q, 'a major role of these receptors')?.speaker.name).toBe('scientists');
  });
});
