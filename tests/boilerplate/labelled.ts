// The hand-labelled boilerplate blocks of tests/fixtures/boilerplate/blocks.json, analysed and
// matched against what Verbatim flags. Shared by the vitest suites and `npm run eval -- --only blocks`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml, readHtml } from '../../cli/load-page';
import { analyzePage } from '../../utils/analyze';
import type { BlockCategory } from '../../utils/types';
import { serializableAnalysis, type SerializedAnalysis } from '../../utils/serialize';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/boilerplate');

export interface LabelledBlock {
  page: string;
  category: BlockCategory;
  text: string;
}
export interface LabelledSet {
  pages: Record<string, { file: string; url: string }>;
  blocks: LabelledBlock[];
}

/** `blocks.json`: the set the rules were tuned on; `heldout.json`: labelled afterwards, on other pages. */
export function loadLabelled(name: 'blocks.json' | 'heldout.json' = 'blocks.json'): LabelledSet {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

const cache = new Map<string, SerializedAnalysis>();
/** The analysis of one labelled page (cached: several suites ask for the same page). */
export function analyzeLabelledPage(set: LabelledSet, id: string): SerializedAnalysis {
  let a = cache.get(id + set.pages[id].file);
  if (!a) {
    const p = set.pages[id];
    const dom = parseHtml(readHtml(path.join(FIXTURES, p.file)), p.url);
    a = serializableAnalysis(analyzePage(dom.window.document, p.url));
    dom.window.close();
    cache.set(id + p.file, a);
  }
  return a;
}

export const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface Match {
  label: LabelledBlock;
  /** The category of the smallest flagged block holding the labelled text, or null if none does. */
  predicted: BlockCategory | null;
  /** The labelled text is (wrongly) part of the main body. */
  inMain: boolean;
  blockText: string | null;
}

export function matchLabel(a: SerializedAnalysis, label: LabelledBlock): Match {
  const want = norm(label.text);
  let best: { category: BlockCategory; text: string } | null = null;
  for (const b of a.blocks) {
    const t = norm(b.text);
    if (t.includes(want) && (!best || t.length < best.text.length)) best = { category: b.category, text: t };
  }
  return {
    label,
    predicted: best?.category ?? null,
    inMain: norm(a.main.text).includes(want),
    blockText: best?.text ?? null,
  };
}

export interface CategoryScore {
  category: BlockCategory;
  labelled: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

/** Per category: recall over the blocks labelled so, precision over the labelled blocks flagged so. */
export function scoreMatches(matches: Match[]): CategoryScore[] {
  const cats = [...new Set(matches.map((m) => m.label.category))];
  return cats.map((category) => {
    const labelled = matches.filter((m) => m.label.category === category).length;
    const predicted = matches.filter((m) => m.predicted === category).length;
    const correct = matches.filter((m) => m.label.category === category && m.predicted === category).length;
    return {
      category,
      labelled,
      predicted,
      correct,
      precision: predicted ? correct / predicted : NaN,
      recall: labelled ? correct / labelled : NaN,
    };
  });
}
