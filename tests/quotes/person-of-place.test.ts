import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "NAME of PLACE" after a description names the person, the place being where they are from or
// work: "43-year-old Martin Taylor of Aberdeenshire" was credited to Aberdeenshire, "planetary
// geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory" to no one. As after a title
// ("Mayor Betsy Price of Fort Worth"), a description before the name lets "of" attach the body;
// with nothing before it "of" may join a body's own name ("Bank of America").

describe('a person of a place, after a description', () => {
  it('is the person', () => {
    const q = quotesOf([
      // msn.com (9eef8162bbb6), sciencealert.com (359fee228518), latimes.com (8634d1211c3f)
      '“Two months after the onset of the symptoms, I was unable to stand or walk for more than a few minutes,” said 43-year-old Martin Taylor of Aberdeenshire.',
      '“Organics are very important for the possibility of life on Titan,” said planetary geologist Rosaly Lopes of NASA’s Jet Propulsion Laboratory in California.',
      'Many of the papers will consolidate copy editing and page design, according to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina.',
    ]);
    expect(find(q, 'onset of the symptoms')?.speaker.name).toBe('Martin Taylor');
    expect(find(q, 'Organics are very important')?.speaker.name).toBe('Rosaly Lopes');
    expect(find(q, 'consolidate copy editing')?.speaker.name).toBe('Penelope Muse Abernathy');
  });

  it('leaves a body named with "of" whole', () => {
    const q = quotesOf(['The lender will cut 4,000 jobs next year, the Bank of America said on Monday.']);
    expect(find(q, '4,000 jobs')?.speaker.name).toBe('Bank of America');
  });
});
