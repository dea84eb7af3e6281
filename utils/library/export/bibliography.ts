import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parseDate, personName } from '../../cite/shared';
import { quoteId } from '../key';
import type { SavedQuote } from '../types';
import { articleUrl, byArticle, quoteLine, quoteLink } from './fields';

// BibTeX, RIS and CSL-JSON through citation-js (MIT) and its BibTeX and RIS plugins: one reference
// per article (a reference manager cites the article; the quotes are the reader's annotations on
// it, with their links and notes), built as CSL-JSON and handed to citation-js to write.
//
// RIS needs two things citation-js 0.8.2's RIS plugin does not do for a newspaper article: its
// current ("new") mapping fills a NEWS record's author and date (AU, DA) only from CSL `reporter`,
// which it cannot convert, so they come from the same plugin's older mapping (A1, Y1); and it
// breaks every value at 70 characters, which cuts URLs in two for strict readers, so the tags it
// maps are written one per line here, unbroken.

type CslDate = { 'date-parts': [number[]] };
type Csl = Record<string, unknown> & { id: string; type: string };

function cslDate(iso: string | null | undefined): CslDate | undefined {
  const d = parseDate(iso);
  if (!d) return undefined;
  const parts = [d.year];
  if (d.month !== null) parts.push(d.month + 1);
  if (d.month !== null && d.day !== null) parts.push(d.day);
  return { 'date-parts': [parts] };
}

/** One quote as an annotation: the words and who said them, the link, the reader's note. */
function annotation(q: SavedQuote, separator: string): string {
  const link = quoteLink(q);
  return [quoteLine(q), link, q.note.trim() ? `Note: ${q.note.trim()}` : null]
    .filter(Boolean)
    .join(separator)
    .replace(/\s*\n\s*/g, separator === '\n' ? '\n' : ' ');
}

function cslItem(quotes: SavedQuote[]): Csl {
  const r = quotes[0];
  const p = r.page;
  const person = p.author ? personName(p.author) : null;
  const first = quotes.reduce((m, q) => (q.savedAt < m ? q.savedAt : m), r.savedAt);
  const item: Csl = {
    id: `article-${quoteId(r.articleKey, '').slice(1)}`,
    type: 'article-newspaper',
    title: p.title ?? undefined,
    'container-title': p.site ?? undefined,
    author: p.author
      ? [person ? { family: person.family, given: person.given.join(' ') } : { literal: p.author }]
      : undefined,
    issued: cslDate(p.published),
    accessed: cslDate(first),
    URL: articleUrl(r) ?? undefined,
    language: p.language ?? undefined,
    annote: quotes.map((q) => annotation(q, '\n')).join('\n\n'),
  };
  for (const k of Object.keys(item)) if (item[k] === undefined) delete item[k];
  return item;
}

export function cslItems(records: readonly SavedQuote[]): Csl[] {
  return byArticle(records).map(cslItem);
}

export function toBibtex(records: readonly SavedQuote[]): string {
  return new Cite(cslItems(records)).format('bibtex', { format: 'text' }) as string;
}

export function toCslJson(records: readonly SavedQuote[]): string {
  return `${new Cite(cslItems(records)).format('data', { format: 'text' }) as string}\n`;
}

// the year before the full date: readers that take both keep the last
const RIS_ORDER = ['TY', 'ID', 'TI', 'AU', 'T2', 'PY', 'DA', 'LA', 'UR', 'Y2', 'N1'];

export function toRis(records: readonly SavedQuote[]): string {
  const items = byArticle(records).map((quotes) => {
    const { annote: _a, ...item } = cslItem(quotes);
    // A RIS value is one line (strict readers stop at a line break): the quotes go into one note,
    // each with its link, apart by a pilcrow.
    return { ...item, note: quotes.map((q) => annotation(q, ' · ')).join(' ¶ ') };
  });
  const current = new Cite(items).format('ris', { spec: 'new', format: 'object' }) as Record<string, unknown>[];
  const older = new Cite(items).format('ris', { spec: 'old', format: 'object' }) as Record<string, unknown>[];
  return current
    .map((entry, i) => {
      const e = { ...entry };
      e.AU ??= older[i].A1;
      e.DA ??= older[i].Y1;
      const tags = [...RIS_ORDER.filter((t) => t in e), ...Object.keys(e).filter((t) => !RIS_ORDER.includes(t))];
      const lines: string[] = [];
      for (const tag of tags)
        for (const value of ([] as unknown[]).concat(e[tag]))
          if (String(value).trim()) lines.push(`${tag}  - ${String(value).replace(/\s+/g, ' ').trim()}`);
      return `${lines.join('\r\n')}\r\nER  - \r\n`;
    })
    .join('\r\n');
}
