import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../utils/dom/text';

describe('isSpaceCode', () => {
  it('agrees with the analysis’s space pattern on every UTF-16 code unit', () => {
    const space = /[\s\u00a0\u200b]/;
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== space.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
