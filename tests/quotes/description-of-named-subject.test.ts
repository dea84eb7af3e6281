import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A definite description that reports speech names someone the article has already named: "The
// suspect, Michael Webb, was convicted … The suspect said he needed to get dressed" (the
// description was set before the name in apposition), "Eyamba Sowers didn't know … The real estate
// agent said she related to him" (the person who opened the sentence before). nbcdfw.com
// (51d066b0), apnews.com (a6968f42).

describe('a description of a person the article has named', () => {
  it('is the person it was set beside in apposition', () => {
    const q = quotesOf([
      'The suspect, Michael Webb, was convicted and sentenced to life in federal prison last Thursday.',
      "The video shows officers racing up a staircase, converging outside the suspect's room and banging on the door.",
      '"Fort Worth P.D. Open the door! We’re coming in!” an officer shouts.',
      'The suspect said he needed to get dressed.',
    ]);
    expect(find(q, 'he needed to get dressed')?.speaker.name).toBe('Michael Webb');
    expect(find(q, 'Open the door')?.speaker.name).toBe('officer');
  });

  it('is the person who opened the sentence before', () => {
    const q = quotesOf([
      'Eyamba Sowers didn’t know Patrick was coming to Tuesday’s networking gathering but saw his visit as a pleasant surprise. The real estate agent said she related to him as someone who was also raised in a single-parent home, and she was impressed with his status as the country’s second elected black governor.',
    ]);
    expect(find(q, 'she related to him')?.speaker.name).toBe('Eyamba Sowers');
  });

  it('is not a person named only inside the sentence before', () => {
    const q = quotesOf([
      'Voters waited an hour to see Deval Patrick at the gathering. The real estate agent said she was impressed.',
    ]);
    expect(find(q, 'she was impressed')?.speaker.name).not.toBe('Deval Patrick');
  });
});
