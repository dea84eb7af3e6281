import type { QuoteKind } from '../types';
import { contentStems, nameStems, normalWords, shingles } from './words';
import { LINK_DEFAULTS } from './tunables';
import { isNamed, speakerCanon, speakerKeys } from './speakers';

// What the linker remembers of a quote: plain JSON, so that the library can keep it in IndexedDB
// as it is (one object store of records, with `terms` as a multiEntry index: the browser's own
// inverted index), and the in-memory index can be rebuilt from the stored records.

/** A quote as the linker takes it: the analysis's fields, and the library's saved quotes have them too. */
export interface LinkQuoteInput {
  id: string;
  text: string;
  kind: QuoteKind;
  /** A mixed quote's whole reported clause, when the analysis gives it. */
  clause?: string | null;
  speaker: { name: string | null; role: string | null };
  date: string | null;
}

/** An article with its quotes. `id` is any stable id: the CLI's page id, the library's URL. */
export interface LinkArticleInput {
  id: string;
  title: string | null;
  /** The page's description (og:description): with the title, what the story is about. */
  description?: string | null;
  site: string | null;
  /** ISO 8601 as the page gives it. */
  published: string | null;
  quotes: LinkQuoteInput[];
}

export const LINK_RECORD_VERSION = 1;

export interface LinkRecord {
  v: typeof LINK_RECORD_VERSION;
  /** `${article}#${quote}`: unique across the index. */
  key: string;
  article: string;
  quote: string;
  site: string | null;
  published: string | null;
  text: string;
  kind: QuoteKind;
  speaker: { name: string | null; role: string | null };
  date: string | null;
  /** Content stems of what was said: the text, and a mixed quote's clause. */
  stems: string[];
  /** The stems among `stems` that are names ("iran", "trump"): they count for less. */
  names: string[];
  /** Content stems of the article's title and description: what the story is about. */
  story: string[];
  /**
   * What the index files the record under: `s:<speaker>|<stem>` for each content stem of a named
   * speaker's statement, `w:<run>` for each run of a direct or mixed quote's own words. In IndexedDB,
   * a multiEntry index on this field is the inverted index.
   */
  terms: string[];
  /** The speaker as filed in the index (`speakerCanon`), or null for a group or nobody. */
  who: string | null;
  /** The speaker's index keys (`speakerKeys`): which other speakers' terms to look under. */
  speakerKeys: string[];
}

export function recordKey(article: string, quote: string): string {
  return `${article}#${quote}`;
}

export function toLinkRecord(article: Omit<LinkArticleInput, 'quotes'>, q: LinkQuoteInput): LinkRecord {
  const words = normalWords(q.text);
  const said = q.kind === 'mixed' && q.clause ? [...words, ...normalWords(q.clause)] : words;
  const stems = contentStems(said);
  const who = isNamed(q.speaker) ? speakerCanon(q.speaker) : null;
  return {
    v: LINK_RECORD_VERSION,
    key: recordKey(article.id, q.id),
    article: article.id,
    quote: q.id,
    site: article.site,
    published: article.published,
    text: q.text,
    kind: q.kind,
    speaker: { name: q.speaker.name, role: q.speaker.role },
    date: q.date,
    stems,
    names: [...nameStems(q.text), ...(q.kind === 'mixed' && q.clause ? nameStems(q.clause) : [])],
    story: contentStems(normalWords(`${article.title ?? ''} ${article.description ?? ''}`)),
    who,
    terms: indexTerms(who, q.kind, stems, words),
    speakerKeys: speakerKeys(q.speaker),
  };
}

/** The index terms of a quote: its stems under its speaker, and its word runs. */
function indexTerms(who: string | null, kind: QuoteKind, stems: string[], words: string[]): string[] {
  const terms: string[] = [];
  if (who !== null) for (const s of stems) terms.push(stemTerm(who, s));
  if (kind !== 'indirect') for (const run of shingles(words, LINK_DEFAULTS.shingle)) terms.push(runTerm(run));
  return terms;
}

export const stemTerm = (speaker: string, stem: string) => `s:${speaker}|${stem}`;
export const runTerm = (run: string) => `w:${run}`;

export function articleRecords(article: LinkArticleInput): LinkRecord[] {
  return article.quotes.filter((q) => q.text.trim()).map((q) => toLinkRecord(article, q));
}
