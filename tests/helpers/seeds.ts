import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import type { ArticleAnalysis, BlockCategory, LiveRefs, Quote } from '../../utils/types';
import { CATEGORY_LABELS } from '../../utils/boilerplate/categories';

// Test data from the seed pages' gold files: a PageAnalysis as the core should produce it, built by
// locating the gold's snippets in a jsdom copy of the page. It lets the shell (marks, popup,
// citations) be tested independently of how well the core does.

export const SEEDS = ['moscowtimes-iran-permission', 'ifp-kanaani-cia'] as const;
export type SeedName = (typeof SEEDS)[number];

export interface Gold {
  url: string;
  metadata: { title: string; site: string; author: string; published: string };
  main: { contains: string[]; excludes: string[] };
  blocks: { category: BlockCategory; contains: string }[];
  quotes: { kind: Quote['kind']; text: string; speaker: string; date: string | null; required: boolean }[];
  speakers: { name: string; role: string }[];
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seeds');

export function loadSeed(name: SeedName): { html: string; gold: Gold } {
  return {
    html: fs.readFileSync(path.join(dir, `${name}.html`), 'utf8'),
    gold: JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')),
  };
}

export function seedDom(name: SeedName): { dom: JSDOM; gold: Gold } {
  const { html, gold } = loadSeed(name);
  return { dom: new JSDOM(html, { url: gold.url, pretendToBeVisual: true }), gold };
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** The deepest element whose text contains `snippet`. */
export function smallestContaining(root: Element, snippet: string): Element | null {
  const want = fold(collapse(snippet));
  if (!fold(collapse(root.textContent ?? '')).includes(want)) return null;
  for (const child of Array.from(root.children)) {
    const hit = smallestContaining(child, snippet);
    if (hit) return hit;
  }
  return root;
}

/** The label each boilerplate category's mark shows in the page, as the registry gives it. */
const LABELS: Record<string, string> = CATEGORY_LABELS;

/** The analysis the gold describes, on the live seed page: what the marks are tested against. */
export function goldAnalysis(doc: Document, gold: Gold): { analysis: ArticleAnalysis; live: LiveRefs } {
  const body = doc.body;
  const elements: Element[] = [];
  for (const s of gold.main.contains) {
    const el = smallestContaining(body, s);
    if (el && !elements.includes(el)) elements.push(el);
  }
  elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const paragraphs = elements.map((e) => collapse(e.textContent ?? ''));
  const blockElements = gold.blocks.map((b) => smallestContaining(body, b.contains)!);
  const blocks = gold.blocks.map((b, i) => ({
    category: b.category,
    label: LABELS[b.category] ?? b.category,
    text: collapse(blockElements[i].textContent ?? ''),
    placement: 'outside' as const,
    cues: ['gold'],
  }));
  const quotes: Quote[] = [];
  gold.quotes.forEach((q, i) => {
    const exact = collapse(q.text);
    const p = paragraphs.findIndex((t) => fold(t).includes(fold(exact)));
    if (p < 0) return;
    const start = fold(paragraphs[p]).indexOf(fold(exact));
    const speaker = gold.speakers.find((s) => s.name === q.speaker);
    quotes.push({
      id: `q${i}`,
      text: exact,
      kind: q.kind,
      date: q.date ? { iso: q.date, source: 'text', words: null } : null,
      speaker: { name: q.speaker, role: speaker?.role ?? null, mention: null },
      sentence: paragraphs[p],
      anchor: {
        paragraph: p,
        start,
        end: start + exact.length,
        exact,
        prefix: paragraphs[p].slice(Math.max(0, start - 32), start),
        suffix: paragraphs[p].slice(start + exact.length, start + exact.length + 32),
      },
    });
  });
  const text = paragraphs.join('\n\n');
  const analysis: ArticleAnalysis = {
    url: gold.url,
    isArticle: true,
    reason: null,
    metadata: {
      ...gold.metadata,
      modified: null,
      canonical: gold.url,
      language: 'en',
      description: null,
      url: gold.url,
    },
    main: { text, paragraphs, length: text.length },
    blocks,
    quotes,
    timings: {},
  };
  return { analysis, live: { mainElements: elements, blockElements } };
}
