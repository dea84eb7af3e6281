// The shape of one page's analysis. Everything a shell (content script, popup, CLI, tests) needs
// comes from here. A `PageAnalysis` is plain data (it can be serialised, sent and stored as it is);
// the page elements it was read from are handed out apart, as `LiveRefs`, to the shells that draw
// on the live page.

import type { BlockCategory } from './boilerplate/categories';

// the kinds of boilerplate are declared once, in utils/boilerplate/categories/
export type { BlockCategory };

export type PublishedFrom = 'metadata' | 'url' | 'page' | 'date line';

export interface PageMetadata {
  title: string | null;
  site: string | null;
  author: string | null;
  /** ISO 8601 as the page gives it (offset kept, so its first 10 characters are the local date). */
  published: string | null;
  /** Where the publication date came from, which every quote dated "published" takes: the page's
   * machine-readable metadata, its URL, a date element of the page, or the date line under the
   * headline (a page with none of the others). */
  publishedFrom?: PublishedFrom;
  modified: string | null;
  canonical: string | null;
  language: string | null;
  description: string | null;
  url: string;
}

export interface BoilerplateBlock {
  category: BlockCategory;
  /** Human label for marks and the popup summary ("Donation appeal", "Photo caption"). */
  label: string;
  text: string;
  /** Inside Readability's main body (an appeal, an ad slot) or around it (a sidebar). */
  placement: 'inside' | 'outside';
  /** Why it was flagged, for debugging and the eval report (e.g. "vocab:donation", "form:email"). */
  cues: string[];
}

export interface MainBody {
  /** Paragraph texts joined by blank lines. */
  text: string;
  paragraphs: string[];
  /** Characters in `text`. */
  length: number;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  name: string | null;
  role: string | null;
  /** The words in the text that point at the speaker ("He", "the spokesman", "Kanani"). */
  mention: string | null;
}

export interface QuoteAnchor {
  /** Index into `main.paragraphs`. */
  paragraph: number;
  /** Offsets of `exact` inside that paragraph's text. */
  start: number;
  end: number;
  /** W3C text-quote selector: enough to find the quote again in the live page. */
  exact: string;
  prefix: string;
  suffix: string;
}

/** When a statement was made, and what says so. */
export interface QuoteDate {
  /** YYYY-MM-DD, or YYYY-MM when the article names only the month. */
  iso: string;
  /** "text": the article dates the statement; "published": it does not, so the publication day
   * stands in. */
  source: 'text' | 'published';
  /** The words the date came from ("on Friday") when it came from the text; with source
   * "published", the text's own time that names no day ("last week"), if any. */
  words: string | null;
}

export interface Quote {
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: Speaker;
  /** When it was said, or null when neither the text nor the page gives a date. */
  date: QuoteDate | null;
  /** The sentence the quote was found in, for context in the popup. */
  sentence: string;
  /** A mixed quote's whole reported clause, as written, quoted words included ('police were
   * responsive and “very committed” to hearing …'); absent on other quotes, and when the quoted
   * words are the whole clause. */
  clause?: string;
  anchor: QuoteAnchor;
}

interface AnalysisCommon {
  url: string;
  metadata: PageMetadata;
  /** Milliseconds per stage, for the benchmark. */
  timings: Record<string, number>;
}

export interface ArticleAnalysis extends AnalysisCommon {
  isArticle: true;
  reason: null;
  main: MainBody;
  blocks: BoilerplateBlock[];
  quotes: Quote[];
}

/** A page with no article (home page, search results, login form), or one that could not be read. */
export interface NoArticleAnalysis extends AnalysisCommon {
  isArticle: false;
  /** Why not, in words for the reader. */
  reason: string;
}

export type PageAnalysis = ArticleAnalysis | NoArticleAnalysis;

/**
 * The page elements an analysis was read from, for the shells that draw on the live page: kept
 * apart from `PageAnalysis` so the analysis itself is plain data.
 */
export interface LiveRefs {
  /** The element of each `main.paragraphs` entry, index for index. */
  mainElements: Element[];
  /** The element of each `blocks` entry, index for index (null where Readability made the node). */
  blockElements: (Element | null)[];
}

/** An analysis together with the live elements it came from. */
export interface LiveAnalysis {
  analysis: PageAnalysis;
  live: LiveRefs;
}

export interface AnalyzeOptions {
  /** "Now", for resolving dates when the page gives no publication date. */
  now?: Date;
  /** Analyse even when the page does not look like an article. */
  force?: boolean;
  /** Milliseconds clock for stage timings (performance.now by default). */
  clock?: () => number;
  /** Leave out the standfirst Readability did not keep (scripts/lead-data.ts labels the candidates). */
  noStandfirst?: boolean;
  /** Leave the rest of a fragment's article around it (scripts/fragment-data.ts labels those blocks). */
  noFragment?: boolean;
}
