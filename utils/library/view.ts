import { speakerLabel, UNATTRIBUTED } from '../quote-labels';
import { outletOf } from './search';
import { groupByStatement } from './statements';
import type { SavedQuote } from './types';

// How the side panel arranges saved quotes. By article (the default: a reader collects quotes
// story by story): the article saved into most recently first, its quotes in the order they stand
// in the article. By speaker: speakers A to Z (unattributed last), each one's quotes newest
// statement first. By statement: see statements.ts.

export type GroupBy = 'article' | 'speaker' | 'statement';

export interface QuoteGroup {
  /** The article key or the speaker label. */
  key: string;
  by: GroupBy;
  title: string;
  quotes: SavedQuote[];
}

const inArticleOrder = (a: SavedQuote, b: SavedQuote) =>
  a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start;

/** Newest statement first; undated last; ties by article order. */
const newestFirst = (a: SavedQuote, b: SavedQuote) =>
  (b.date ?? '').localeCompare(a.date ?? '') || b.savedAt.localeCompare(a.savedAt) || inArticleOrder(a, b);

export function groupQuotes(records: readonly SavedQuote[], by: GroupBy): QuoteGroup[] {
  if (by === 'statement') return groupByStatement(records);
  const groups = new Map<string, QuoteGroup>();
  for (const r of records) {
    const key = by === 'article' ? r.articleKey : speakerLabel(r.speaker);
    let g = groups.get(key);
    if (!g) {
      const title = by === 'article' ? r.page.title?.trim() || outletOf(r) : key;
      groups.set(key, (g = { key, by, title, quotes: [] }));
    }
    g.quotes.push(r);
  }
  const list = [...groups.values()];
  if (by === 'article') {
    const latest = (g: QuoteGroup) => g.quotes.reduce((m, q) => (q.savedAt > m ? q.savedAt : m), '');
    const order = new Map(list.map((g) => [g, latest(g)]));
    list.sort((a, b) => order.get(b)!.localeCompare(order.get(a)!) || a.title.localeCompare(b.title));
    for (const g of list) g.quotes.sort(inArticleOrder);
  } else {
    list.sort(
      (a, b) =>
        Number(a.key === UNATTRIBUTED) - Number(b.key === UNATTRIBUTED) ||
        a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
    );
    for (const g of list) g.quotes.sort(newestFirst);
  }
  return list;
}

/** The distinct values of a field with their counts, most frequent first, for a filter's options. */
export function facet(records: readonly SavedQuote[], of: (r: SavedQuote) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of records) {
    const k = of(r);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The groups of the whole library narrowed to the quotes a search kept, in the same order: a
 * search never re-sorts 10,000 quotes, and an article keeps its place while the reader types.
 */
export function narrowGroups(groups: readonly QuoteGroup[], keep: ReadonlySet<string>): QuoteGroup[] {
  const out: QuoteGroup[] = [];
  for (const g of groups) {
    const quotes = g.quotes.filter((q) => keep.has(q.id));
    if (quotes.length) out.push(quotes.length === g.quotes.length ? g : { ...g, quotes });
  }
  return out;
}
