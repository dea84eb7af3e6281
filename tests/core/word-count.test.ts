import { describe, expect, it } from 'vitest';
import { wordCount, wordsUpTo } from '../../utils/dom/text';

// wordCount counts by hand what this pattern counts; the two must never disagree
const byPattern = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

describe('wordCount', () => {
  it('counts runs of letters and digits as the Unicode pattern does', () => {
    const samples = [
      '',
      'one',
      'one two  three',
      "it's a well-known fact",
      'e-mail: jane@example.com',
      '_a_b_',
      '$5,000 (2019)',
      'Читайте также: новое',
      'Publié le 3 mars',
      '中文 字',
      '٣٤ ٥',
      'Ⅻ x',
      '²³',
      'é́ b',
      'ǅ',
      'a\u200bb',
      '𝐀𝐁 c',
      '𝟘𝟙',
      '\ud835 x',
      'x\udc00y',
      '😀 smile 😀',
    ];
    for (const s of samples) expect(wordCount(s), JSON.stringify(s)).toBe(byPattern(s));
  });

  it('counted up to a bound, gives the count or one more than the bound, never less', () => {
    const samples = ['', 'one', 'one two  three', '中文 字 𝐀𝐁 c', '😀 smile 😀 and more words here', ' a b c d e f g '];
    for (const s of samples)
      for (let most = 0; most <= 8; most++)
        expect(wordsUpTo(s, most), `${JSON.stringify(s)} ${most}`).toBe(Math.min(byPattern(s), most + 1));
  });
});
