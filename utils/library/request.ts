import { flatDate } from '../quote-date';
import type { PageMetadata, Quote } from '../types';
import type { SavedPage, SavedQuoteFields, SaveRequest } from './types';

// What a shell (the popup, the page's hover card) sends to save a quote: named fields only, so a
// field added to the analysis reaches the library only when it is named here. Kept free of the
// database code: the content script bundles this and nothing else of the library.

/** The quote fields a save carries; `clause` is optional in the analysis (mixed quotes only). */
export type QuoteToSave = Pick<Quote, 'text' | 'kind' | 'speaker' | 'date' | 'anchor'> & { clause?: string | null };

export function savedQuoteFields(q: QuoteToSave): SavedQuoteFields {
  const { paragraph, start, end, exact, prefix, suffix } = q.anchor;
  return {
    text: q.text,
    kind: q.kind,
    clause: q.clause ?? null,
    speaker: { name: q.speaker.name ?? null, role: q.speaker.role ?? null, mention: q.speaker.mention ?? null },
    ...flatDate(q.date ?? null),
    anchor: { paragraph, start, end, exact, prefix, suffix },
  };
}

export function savedPage(m: PageMetadata): SavedPage {
  const { url, canonical, title, site, author, published, language } = m;
  return { url, canonical, title, site, author, published, language };
}

export function saveRequest(q: QuoteToSave, m: PageMetadata): SaveRequest {
  return { quote: savedQuoteFields(q), page: savedPage(m) };
}
