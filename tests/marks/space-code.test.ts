import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../utils/dom/text';
import { CHANGED_RUN, NON_SPACE, SPACES } from '../../utils/marks/anchor';

describe('isSpaceCode', () => {
  it('agrees with the analysis’s space pattern on every UTF-16 code unit', () => {
    const space = /[\s\u00a0\u200b]/;
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== space.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('agrees with the marks’ text index on every UTF-16 code unit, so quotes are found at the analysed offsets', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const run = new RegExp(NON_SPACE.source).exec(`a${ch}b`)?.[0];
      const space = new RegExp(`^${SPACES.source}$`).test(ch);
      if ((run === 'a') !== isSpaceCode(c) || space !== isSpaceCode(c)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the runs of spaces the marks count as changed by collapsing, so quote ends map to their characters', () => {
    const wrong: number[] = [];
    const changed = new RegExp(CHANGED_RUN.source);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      // one space is changed unless it is a plain one; two of them always are
      if (changed.test(`a${ch}b`) !== (isSpaceCode(c) && c !== 32) || changed.test(`a${ch}${ch}b`) !== isSpaceCode(c))
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('replacing only the runs counted as changed collapses a text as replacing every run does', () => {
    // every string of up to 6 characters from words and each kind of space: runs of every length and mix
    const alphabet = ['a', ' ', '\n', '\t', '\u00a0', '\u200b'];
    let texts = [''];
    const wrong: string[] = [];
    for (let length = 1; length <= 6; length++) {
      texts = texts.flatMap((t) => alphabet.map((ch) => t + ch));
      for (const t of texts) if (t.replace(CHANGED_RUN, ' ') !== t.replace(SPACES, ' ')) wrong.push(JSON.stringify(t));
    }
    expect(texts.length).toBe(6 ** 6);
    expect(wrong).toEqual([]);
  });
});
