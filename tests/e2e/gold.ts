import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { analyzeArticle } from '../helpers/article';
import { FIXTURES, fold } from './harness';
import { CATEGORY_LABELS } from '../../utils/boilerplate/categories';

// What the seed pages' gold files say, and how a listed quote is matched to a gold one: shared by
// the Chromium and the Firefox runs, which must agree with the same gold.

export interface Gold {
  blocks: { category: string; contains: string }[];
  quotes: { text: string; speaker: string; aliases: string[]; date: string | null; required: boolean }[];
}

export function seedGold(seed: string): Gold {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seeds', `${seed}.gold.json`), 'utf8'));
}

/** The same analysis the page ran, computed here, to know which citation each copy must produce. */
export function nodeAnalysis(file: string, url: string) {
  const dom = new JSDOM(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), { url });
  return analyzeArticle(dom.window.document, url, { now: new Date() });
}

/** The seed pages, each with words of the quote whose citation the runs copy. */
export const SEED_CITATIONS = [
  { seed: 'moscowtimes-iran-permission', citeQuote: 'acts independently in regulating its foreign relations' },
  { seed: 'ifp-kanaani-cia', citeQuote: 'Iran will not ask for permission from anyone' },
];

/** The label each boilerplate category's mark shows in the page, as the registry gives it. */
export const LABELS: Record<string, string> = CATEGORY_LABELS;

const norm = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/^[\s"'.,;:…-]+|[\s"'.,;:…-]+$/g, '');
const sameQuote = (a: string, b: string) => norm(a).includes(norm(b)) || norm(b).includes(norm(a));

/** The listed quote that is the gold quote: among those overlapping it, the closest in length. */
export function bestMatch<T>(items: T[], text: (t: T) => string, gold: string): T | undefined {
  return items
    .filter((i) => sameQuote(text(i), gold))
    .sort(
      (x, y) => Math.abs(norm(text(x)).length - norm(gold).length) - Math.abs(norm(text(y)).length - norm(gold).length),
    )[0];
}
