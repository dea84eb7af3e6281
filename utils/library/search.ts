import { speakerLabel } from '../quote-labels';
import type { SavedQuote } from './types';
import { siteHost } from '../site-host';

// Full-text search over the library, in memory. Each record gets one folded haystack (case,
// accents and quotation-mark styles folded) of everything a reader might type: the words, the
// speaker and role, the article's title, outlet and author, the note and the tags. A query is
// words (every one must appear, anywhere in a word: "infla" finds "inflation") and "quoted
// phrases". A scan of 10,000 haystacks answers in a few milliseconds (`npm run bench` measures
// it), which an inverted index would not improve enough to pay for its build time and memory.

export interface LibraryFilters {
  /** A speaker as `speakerLabel` names them. */
  speaker?: string;
  /** An outlet as `outletOf` names it. */
  outlet?: string;
  /** The statement's date, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface SearchIndex {
  records: readonly SavedQuote[];
  /** Built on the first search that has words, so opening the library never waits for it. */
  haystacks(): string[];
}

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The outlet a quote is filed under: the site's name, else its host. */
export function outletOf(r: Pick<SavedQuote, 'page'>): string {
  if (r.page.site?.trim()) return r.page.site.trim();
  return siteHost(r.page.url) ?? 'Unknown outlet';
}

export function haystackOf(r: SavedQuote): string {
  const { page, speaker } = r;
  return fold(
    [r.text, r.clause, speaker.name, speaker.role, page.title, page.site, page.author, r.note, r.tags.join(' ')]
      .filter(Boolean)
      .join('\n'),
  );
}

export function buildSearchIndex(records: readonly SavedQuote[]): SearchIndex {
  let haystacks: string[] | null = null;
  return { records, haystacks: () => (haystacks ??= records.map(haystackOf)) };
}

/** The query's terms: "quoted phrases" whole, other words one by one. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  const folded = fold(query);
  const re = /"([^"]+)"|(\S+)/g;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const t = (m[1] ?? m[2]).trim();
    if (t) terms.push(t);
  }
  return terms;
}

/** A partial date (YYYY or YYYY-MM) as the range of days it covers. */
function dayRange(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

function passesFilters(r: SavedQuote, f: LibraryFilters): boolean {
  if (f.speaker && speakerLabel(r.speaker) !== f.speaker) return false;
  if (f.outlet && outletOf(r) !== f.outlet) return false;
  if (f.from || f.to) {
    if (!r.date) return false;
    const [first, last] = dayRange(r.date);
    if (f.from && last < f.from) return false;
    if (f.to && first > f.to) return false;
  }
  return true;
}

/** The records matching the query and the filters, in the index's order. */
export function searchLibrary(index: SearchIndex, query: string, filters: LibraryFilters = {}): SavedQuote[] {
  const terms = queryTerms(query);
  const filtered = !!(filters.speaker || filters.outlet || filters.from || filters.to);
  if (!terms.length && !filtered) return index.records.slice();
  const out: SavedQuote[] = [];
  const { records } = index;
  const haystacks = terms.length ? index.haystacks() : [];
  for (let i = 0; i < records.length; i++) {
    const h = haystacks[i] ?? '';
    let ok = true;
    for (const t of terms)
      if (!h.includes(t)) {
        ok = false;
        break;
      }
    if (ok && (!filtered || passesFilters(records[i], filters))) out.push(records[i]);
  }
  return out;
}
