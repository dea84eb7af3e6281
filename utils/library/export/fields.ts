import { linkTo } from '../../cite/fragment';
import { formatAp, parseDate, safeUrl } from '../../cite/shared';
import { KIND_LABELS, speakerLabel, speakerWithRole } from '../../quote-labels';
import type { SavedQuote } from '../types';

// What every export says the same way: a quote's link, its article's address, its date in words.

/** The address a reference cites: the canonical URL, else the page's (http(s) only). */
export const articleUrl = (r: SavedQuote): string | null => safeUrl(r.page.canonical, r.page.url);

/** The link to the words on the cited address (the page itself when there is no directive). */
export function quoteLink(r: SavedQuote): string | null {
  const url = articleUrl(r);
  return url ? linkTo(url, r.fragment) : null;
}

export const displayDay = (iso: string | null | undefined): string | null => {
  const d = parseDate(iso);
  return d ? formatAp(d) : null;
};

/** "“words” — Nasser Kanani, Iran's Foreign Ministry spokesperson (Dec. 18, 2022)": one line of text. */
export function quoteLine(r: SavedQuote): string {
  const words = r.kind === 'indirect' ? r.text : `“${r.text}”`;
  const when = displayDay(r.date);
  return `${words} — ${speakerWithRole(r.speaker)}${when ? ` (${when})` : ''}`;
}

export { KIND_LABELS, speakerLabel, speakerWithRole };

/** Export order: articles in the order they were first saved into, quotes in article order. */
export function exportOrder(records: readonly SavedQuote[]): SavedQuote[] {
  const first = new Map<string, string>();
  for (const r of records) {
    const f = first.get(r.articleKey);
    if (!f || r.savedAt < f) first.set(r.articleKey, r.savedAt);
  }
  return [...records].sort(
    (a, b) =>
      first.get(a.articleKey)!.localeCompare(first.get(b.articleKey)!) ||
      a.articleKey.localeCompare(b.articleKey) ||
      a.anchor.paragraph - b.anchor.paragraph ||
      a.anchor.start - b.anchor.start ||
      a.id.localeCompare(b.id),
  );
}

/** Records by article, in export order. */
export function byArticle(records: readonly SavedQuote[]): SavedQuote[][] {
  const groups = new Map<string, SavedQuote[]>();
  for (const r of exportOrder(records)) {
    const g = groups.get(r.articleKey) ?? [];
    g.push(r);
    groups.set(r.articleKey, g);
  }
  return [...groups.values()];
}
