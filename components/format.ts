import { formatAp, parseDate } from '../utils/cite/shared';
import { speakerLabel } from '../utils/quote-labels';
import { CATEGORIES } from '../utils/boilerplate/categories';
import type { BlockCategory, BoilerplateBlock, Quote } from '../utils/types';

export function displayDate(iso: string | null | undefined): string | null {
  const d = parseDate(iso);
  return d ? formatAp(d) : null;
}

// The kinds a reader most wants named come first; site furniture (navigation, footer) last.
const SUMMARY_RANK = new Map<BlockCategory, number>(CATEGORIES.map((c) => [c.id, c.summaryRank]));
const rankOf = (c: BlockCategory) => SUMMARY_RANK.get(c) ?? Infinity;

/** "5 boilerplate blocks: donation appeal, sidebar, newsletter, …" */
export function blockSummary(blocks: Pick<BoilerplateBlock, 'label' | 'category'>[], max = 3): string {
  if (!blocks.length) return 'No boilerplate found around the article';
  const kinds: string[] = [];
  const ordered = [...blocks].sort((a, b) => rankOf(a.category) - rankOf(b.category));
  for (const b of ordered) {
    const k = (b.label || b.category).toLowerCase();
    if (!kinds.includes(k)) kinds.push(k);
  }
  const list = kinds.length > max ? `${kinds.slice(0, max).join(', ')}, …` : kinds.join(', ');
  return `${blocks.length} boilerplate block${blocks.length === 1 ? '' : 's'}: ${list}`;
}

/** Who a quote is filed under in the popup's speaker filter. */
export function speakerKey(q: Pick<Quote, 'speaker'>): string {
  return speakerLabel(q.speaker);
}

/** Quotes in the order they appear in the article. */
export function inArticleOrder(quotes: Quote[]): Quote[] {
  return [...quotes].sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start);
}
