import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockFeatures, wordsExceed } from '../../utils/boilerplate/features';
import { startAnalysisCaches } from '../../utils/dom/analysis-cache';

// A split weighs its parts by whether they have more than a few words, counted only that far
// (wordsUpTo, whose count tests/core/word-count.test.ts checks against the pattern's): a part must
// be weighed the same whether its words were counted that far only, or whole.

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
  it('tell a part of the split by its word count, whether or not it was counted whole', () => {
    const doc = new JSDOM(
      `<aside><h3>Most read</h3><div>Sign up for our newsletter: the day’s news, every morning</div><p>Share</p></aside>`,
    ).window.document;
    for (const s of SAMPLES)
      doc.querySelector('aside')!.append(Object.assign(doc.createElement('div'), { textContent: s }));
    for (let n = 0; n <= 8; n++) {
      // a fresh analysis for each bound, so each part is first counted only that far
      const stop = startAnalysisCaches();
      try {
        for (const el of Array.from(doc.querySelectorAll('aside > *'))) {
          const f = blockFeatures(el);
          const bounded = wordsExceed(f, n);
          // then whole (kept for the block), then asked again
          expect(bounded, `${JSON.stringify(el.textContent)} over ${n}`).toBe(f.words > n);
          expect(wordsExceed(f, n)).toBe(bounded);
        }
      } finally {
        stop();
      }
    }
  });
});
