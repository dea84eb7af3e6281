import { inSummaryOrder } from './boilerplate/categories';
import { flatDate, type FlatDate } from './quote-date';
import type { BoilerplateBlock, PageAnalysis, PageMetadata, Quote } from './types';

// Its own module, free of the analysis core, so the popup can use it without bundling the core.

/** A quote as the CLI writes it: its date flat (`date` the day), as corpus/QUOTES.md defines. */
export type SerializedQuote = Omit<Quote, 'date'> & FlatDate;

/**
 * An analysis as the CLI writes it: every page has the same fields, so a page with no article has
 * an empty body, no blocks and no quotes rather than missing fields.
 */
export type SerializedAnalysis = Omit<Extract<PageAnalysis, { isArticle: true }>, 'isArticle' | 'reason' | 'quotes'> & {
  isArticle: boolean;
  reason: string | null;
  quotes: SerializedQuote[];
};

export function serializableAnalysis(a: PageAnalysis): SerializedAnalysis {
  if (a.isArticle) return { ...a, quotes: a.quotes.map(serializedQuote) };
  const { url, isArticle, reason, metadata, timings } = a;
  return {
    url,
    isArticle,
    reason,
    metadata,
    main: { text: '', paragraphs: [], length: 0 },
    blocks: [],
    quotes: [],
    timings,
  };
}

export function serializedQuote(q: Quote): SerializedQuote {
  const { id, text, kind, speaker, date, sentence, clause, anchor } = q;
  return { id, text, kind, speaker, ...flatDate(date), sentence, ...(clause ? { clause } : {}), anchor };
}

/** The quote fields the popup shows, copies into citations and keeps: nothing else crosses. */
export type PopupQuote = Pick<Quote, 'id' | 'text' | 'kind' | 'speaker' | 'date' | 'sentence' | 'clause' | 'anchor'>;

/**
 * What the popup shows of an analysis, and so all the page sends it: an allow-list, so a field
 * added to the analysis reaches the popup only when it is named here. The article's text and every
 * block's text made the message four times larger at the median page, and several megabytes on a
 * heavy one.
 */
export interface PopupAnalysis {
  url: string;
  isArticle: boolean;
  reason: string | null;
  metadata: PageMetadata;
  blocks: Pick<BoilerplateBlock, 'category' | 'label'>[];
  quotes: PopupQuote[];
}

export function popupAnalysis(a: PageAnalysis): PopupAnalysis {
  const { url, isArticle, reason, metadata } = a;
  return {
    url,
    isArticle,
    reason,
    metadata: popupMetadata(metadata),
    blocks: a.isArticle ? inSummaryOrder(a.blocks).map(({ category, label }) => ({ category, label })) : [],
    quotes: a.isArticle ? a.quotes.map(popupQuote) : [],
  };
}

function popupMetadata(m: PageMetadata): PageMetadata {
  const { title, site, author, published, publishedFrom, modified, canonical, language, description, url } = m;
  return {
    title,
    site,
    author,
    published,
    ...(publishedFrom ? { publishedFrom } : {}),
    modified,
    canonical,
    language,
    description,
    url,
  };
}

function popupQuote(q: Quote): PopupQuote {
  const { id, text, kind, speaker, date, sentence, clause, anchor } = q;
  return {
    id,
    text,
    kind,
    speaker: { name: speaker.name, role: speaker.role, mention: speaker.mention },
    date: date && { ...date },
    sentence,
    ...(clause ? { clause } : {}),
    anchor: { ...anchor },
  };
}
