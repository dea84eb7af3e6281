import type { FlatDate } from '../quote-date';
import type { LinkQuote } from '../linking/also';
import type { PageMetadata, QuoteAnchor, QuoteKind } from '../types';

// What the library keeps of a quote. It depends only on the analysis' serialisable quote fields and
// the page metadata, never on the analysis' internals, so a change to the analysis cannot corrupt
// what a reader has saved. Every record is self-contained (its page metadata travels with it), so
// one record can be exported, cited or restored on its own.

/** The page a quote was saved from: the metadata a citation needs, nothing about the page's text. */
export type SavedPage = Pick<
  PageMetadata,
  'url' | 'canonical' | 'title' | 'site' | 'author' | 'published' | 'language'
>;

/** The quote fields the library keeps, named as the CLI's JSON Lines names them. */
export interface SavedQuoteFields extends FlatDate {
  text: string;
  kind: QuoteKind;
  /** The reported clause around a mixed quote's words, where the analysis gives one. */
  clause: string | null;
  speaker: { name: string | null; role: string | null; mention: string | null };
  /** A W3C TextQuoteSelector (`exact`, `prefix`, `suffix`) plus where it sat in the article body. */
  anchor: QuoteAnchor;
}

/** A saved quote as the current schema stores it. */
export interface SavedQuote extends SavedQuoteFields {
  /** Derived from the article and the words (see `key.ts`): saving the same words again finds it. */
  id: string;
  /** The article, as a normalised URL: what "group by article" and "export one article" go by. */
  articleKey: string;
  page: SavedPage;
  /**
   * The text directive (`text=…`, see utils/cite/fragment.ts) that points at the words: the link
   * is the page's URL with `#:~:` and this. Null when no directive could be made.
   */
  fragment: string | null;
  note: string;
  tags: string[];
  /** ISO 8601, UTC. */
  savedAt: string;
  updatedAt: string;
}

/** What a shell sends to save a quote: the library adds the id, the article key and the times. */
export interface SaveRequest {
  quote: SavedQuoteFields;
  page: SavedPage;
  /** The text directive the page computed for the words (it can check they are unique there). */
  fragment?: string | null;
  note?: string;
  tags?: string[];
}

export type SaveResult =
  | { status: 'saved'; id: string }
  /** The same words from the same article were already in the library: nothing was added. */
  | { status: 'exists'; id: string }
  | { status: 'error'; message: string };

/**
 * A quote of an article the reader analysed, kept (with "Remember analysed articles" on) so that
 * other outlets' reports of the same statement can be found later. Only what linking and the
 * "Also reported by" line need: the words, who said them and when, and which page.
 */
export interface RememberedQuote {
  /** `${article}#${quote.id}` */
  key: string;
  /** The article key (`key.ts`), as saved quotes have it. */
  article: string;
  url: string;
  title: string | null;
  description: string | null;
  site: string | null;
  published: string | null;
  quote: LinkQuote;
  /** ISO 8601, UTC. */
  rememberedAt: string;
}
