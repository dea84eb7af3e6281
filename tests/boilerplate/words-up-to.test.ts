import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockFeatures, wordsExceed, wordsUpTo } from '../../utils/boilerplate/features';
import { wordCount } from '../../utils/dom/text';
import { startAnalysisCaches } from '../../utils/dom/analysis-cache';

// A split weighs its parts by whether they have more than a few words, counted only that far:
// the bounded count must be wordCount's wherever it stops, or a part would be weighed otherwise
// than the whole count weighs it.

const SAMPLES = [
  '',
  'Most read',
  'Sign up for our newsletter: the day’s news, every morning',
  "it's a well-known fact",
  'e-mail: jane@example.com',
  '$5,000 (2019)',
  'Читайте также: новое',
  'Publié le 3 mars',
  '中文 字',
  '٣٤ ٥',
  'é́ b',
  'a\u200bb',
  '𝐀𝐁 c 𝟘𝟙',
  '\ud835 x',
  'x\udc00y',
  '😀 smile 😀',
];

describe('words counted up to a bound', () => {
  it('are wordCount up to the bound, then the bound', () => {
    for (const s of SAMPLES)
      for (let max = 0; max <= 8; max++)
        expect(wordsUpTo(s, max), `${JSON.stringify(s)} up to ${max}`).toBe(Math.min(wordCount(s), max));
  });

  it('tell a part of the split by its word count, whether or not it was counted whole', () => {
    const doc = new JSDOM(
      `<aside><h3>Most read</h3><div>Sign up for our newsletter: the day’s news, every morning</div><p>Share</p></aside>`,
    ).window.document;
    const stop = startAnalysisCaches();
    try {
      for (const el of Array.from(doc.querySelectorAll('aside > *')))
        for (const n of [2, 5]) {
          // first counted only that far, then whole (kept for the block), then asked again
          const f = blockFeatures(el);
          const bounded = wordsExceed(f, n);
          expect(bounded, `${el.textContent} over ${n}`).toBe(f.words > n);
          expect(wordsExceed(f, n)).toBe(bounded);
        }
    } finally {
      stop();
    }
  });
});
