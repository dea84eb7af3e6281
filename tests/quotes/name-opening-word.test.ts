import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// Chinese names that open with a word English also has: "He Jianxiong" is no pronoun and "Fan
// Mengguang" no fan. A capitalised "He" right before a name word is the surname He; a capitalised
// role noun that is no title, before a name word the article never gives without it, opens the
// name. nytimes.com (702d1da6), bubonic plague story (ba4dfe2d).

describe('a name whose first word is also a pronoun or a role noun', () => {
  it('keeps "He" as the surname, past an appositive after a quoted question', () => {
    const q = quotesOf([
      'The president announced the Phase 1 trade deal during a meeting in the Oval Office with Liu He, China’s top trade negotiator.',
      '“Without rolling back some of the tariffs, or reducing the uncertainty of not raising additional tariffs, then I would ask what is the additional incentive of implementing this deal on the Chinese part?” He Jianxiong, the former executive director for China at the International Monetary Fund, said at a Nov. 6 event at the Peterson Institute in Washington.',
    ]);
    expect(find(q, 'Without rolling back')?.speaker.name).toBe('He Jianxiong');
  });

  it('keeps "Fan" as the first word of the name', () => {
    const q = quotesOf([
      'Fan Mengguang, deputy director of Inner Mongolia’s disease prevention and control centre, told the media that the latest case is “isolated and unrelated” to the cases in Beijing.',
    ]);
    expect(find(q, 'isolated and unrelated')?.speaker.name).toBe('Fan Mengguang');
  });

  it('leaves a role noun before a name with no appositive as the role', () => {
    const q = quotesOf([
      // businessinsider.com (fde930b0)
      "A new 'Half-Life' game is finally coming out after 12 years of waiting — but the catch is that it's for virtual reality only. Developer Valve called 'Half Life: Alyx' \"a flagship VR game.\"",
    ]);
    expect(find(q, 'a flagship VR game')?.speaker.name).toBe('Valve');
  });

  it('still reads "He said" as the pronoun after a quoted question', () => {
    const q = quotesOf([
      '“We will not back down,” Mayor Jane Ortiz said on Monday.',
      '“Why would we?” He said nothing more. “The plan stays.”',
    ]);
    expect(find(q, 'We will not back down')?.speaker.name).toBe('Jane Ortiz');
  });
});
