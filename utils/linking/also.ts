import { formatAp, parseDate } from '../cite/shared';
import { articleKey } from '../library/key';
import type { PageMetadata, Quote, QuoteKind } from '../types';
import type { LinkRelation } from './link';

// What a page's shells (the popup, the hover card) are told of other outlets' reports of a
// quote, and how they put it into words. Types and wording only: the content script bundles this
// file, while the linking itself (the index, the diff) runs where the library lives.

/** One piece of the other outlet's words, as marked: a word diff for direct quotes, shared words for paraphrases. */
export interface AlsoPart {
  /**
   * `plain`: as both have it (or, for a paraphrase, words of theirs this page does not use);
   * `added`: only in their words; `removed`: only in this page's; `shared`: a paraphrase's words
   * this page's quote also uses.
   */
  op: 'plain' | 'added' | 'removed' | 'shared';
  text: string;
}

/** Another outlet's report of a quote on this page. */
export interface AlsoReported {
  outlet: string;
  /** The other article, to open. */
  url: string | null;
  title: string | null;
  /** When the other article was published (ISO 8601), else when the statement was made. */
  date: string | null;
  relation: LinkRelation;
  /** How the other outlet gives the words. */
  kind: QuoteKind;
  score: number;
  /** Their words, marked against this page's. */
  parts: AlsoPart[];
  /** Whether the other quote is one the reader saved (else it is from a remembered article). */
  saved: boolean;
}

/** Quote id → other outlets' reports, earliest first. */
export type PageLinks = Record<string, AlsoReported[]>;

/** A quote as a page sends it to be linked, and as a remembered article keeps it: the words, who
 * said them and the day. */
export interface LinkQuote {
  id: string;
  text: string;
  kind: QuoteKind;
  clause: string | null;
  speaker: { name: string | null; role: string | null };
  date: string | null;
}

/** What a page sends to be linked: its article, as linking reads it, with its address. */
export interface PageLinkRequest {
  /** The article key (library/key.ts), so a page the reader saved from is never linked to itself. */
  id: string;
  url: string;
  title: string | null;
  description: string | null;
  site: string | null;
  published: string | null;
  quotes: LinkQuote[];
}

type LinkableQuote = Pick<Quote, 'id' | 'text' | 'kind' | 'speaker' | 'date'> & { clause?: string | null };

export function pageLinkRequest(metadata: PageMetadata, quotes: readonly LinkableQuote[]): PageLinkRequest {
  return {
    id: articleKey(metadata),
    url: metadata.url,
    title: metadata.title,
    description: metadata.description ?? null,
    site: metadata.site,
    published: metadata.published,
    quotes: quotes.map((q) => ({
      id: q.id,
      text: q.text,
      kind: q.kind,
      clause: q.clause ?? null,
      speaker: { name: q.speaker.name ?? null, role: q.speaker.role ?? null },
      date: q.date?.iso ?? null,
    })),
  };
}

/** How the other outlet reported the words, as the line after the colon says it. */
export function relationLabel(a: Pick<AlsoReported, 'relation' | 'kind' | 'parts'>): string {
  if (a.relation === 'paraphrase') return a.kind === 'indirect' ? 'paraphrase' : 'direct quote';
  if (a.relation === 'verbatim') return 'direct quote, word for word';
  if (a.relation === 'altered') return 'direct quote, words changed';
  // trimmed one way or the other: who has the words the other left out
  const theirsLonger = a.parts.some((p) => p.op === 'added' && p.text !== '…');
  return theirsLonger ? 'direct quote, more of it' : 'direct quote, trimmed';
}

/** "Also reported by The Moscow Times, Dec. 18, 2022: direct quote". */
export function alsoReportedLine(a: AlsoReported): string {
  const d = parseDate(a.date);
  return `Also reported by ${[a.outlet, d ? formatAp(d) : null].filter(Boolean).join(', ')}: ${relationLabel(a)}`;
}

/** Whether the parts mark anything (a verbatim quote's words are shown unmarked). */
export const marksDifferences = (parts: readonly AlsoPart[]) => parts.some((p) => p.op !== 'plain');
