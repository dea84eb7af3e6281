import { formatAp, parseDate } from '../utils/cite/shared';
import { speakerLabel } from '../utils/quote-labels';
import type { BoilerplateBlock, Quote } from '../utils/types';

export function displayDate(iso: string | null | undefined): string | null {
  const d = parseDate(iso);
  return d ? formatAp(d) : null;
}

/** "5 boilerplate blocks: donation appeal, sidebar, newsletter, …", the kinds in the order the
 * blocks come: the page sends them in summary order (`popupAnalysis`), so the popup need not
 * bundle the category registry and its vocabularies. */
export function blockSummary(blocks: Pick<BoilerplateBlock, 'label' | 'category'>[], max = 3): string {
  if (!blocks.length) return 'No boilerplate found around the article';
  const kinds: string[] = [];
  for (const b of blocks) {
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
