import type { QuoteAnchor } from '../types';

// Links to the exact words: a URL fragment with a text directive, `#:~:text=[prefix-,]start[,end][,-suffix]`
// (WICG Scroll to Text Fragment). Chrome and Firefox (131+) scroll to the words and highlight them;
// a browser that cannot find them (the page has changed) simply opens the page. The directive is
// kept apart from any URL, so the same words can be linked on the page the reader saw and on the
// article's canonical address.

export interface TextFragment {
  textStart: string;
  textEnd?: string;
  prefix?: string;
  suffix?: string;
}

/**
 * A directive term, percent-encoded: besides what a URL needs, the spec's own syntax characters
 * (`-`, `,`, `&`) and Markdown's (`(`, `)`, `[`, `]`, `!`, `*`, `'`), so a link survives being
 * pasted into Markdown, BibTeX or a CSV cell; and a final period, which mail programs and
 * Markdown's autolinks take for the end of the sentence and cut off.
 */
export function encodeTerm(s: string): string {
  return encodeURIComponent(s)
    .replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/\.$/, '%2E');
}

/** `text=…` for a fragment, null if it has no start. */
export function textDirective(f: TextFragment): string | null {
  const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() ?? '';
  const start = clean(f.textStart);
  if (!start) return null;
  const prefix = clean(f.prefix);
  const end = clean(f.textEnd);
  const suffix = clean(f.suffix);
  return `text=${prefix ? `${encodeTerm(prefix)}-,` : ''}${encodeTerm(start)}${end ? `,${encodeTerm(end)}` : ''}${
    suffix ? `,-${encodeTerm(suffix)}` : ''
  }`;
}

/** The URL with the directive in its fragment (any fragment it had is dropped); the URL itself without one. */
export function linkTo(url: string, directive: string | null | undefined): string {
  const base = url.replace(/#.*$/, '');
  return directive ? `${base}#:~:${directive}` : base;
}

/** Words before which a long quote is given as a start and an end rather than whole. */
export const WHOLE_QUOTE_MAX = 300;
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 4;

const words = (s: string) => s.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);

/**
 * A directive from the analysis' text-quote anchor, without the live page: used when the page can
 * no longer be asked (a library written before links existed). It always carries a few words of
 * context on either side, since it cannot check whether the words alone are unique.
 */
export function directiveFromAnchor(
  anchor: Pick<QuoteAnchor, 'exact' | 'prefix' | 'suffix'> & Partial<Pick<QuoteAnchor, 'start'>>,
): string | null {
  const exact = words(anchor.exact);
  if (!exact.length) return null;
  const long = anchor.exact.length > WHOLE_QUOTE_MAX && exact.length > 2 * EDGE_WORDS;
  // Context next to the quote in whole words: the anchor's prefix and suffix are cut at a number
  // of characters, so their outer word may be part of one, which would never match. A prefix that
  // reaches back to the paragraph's start (its offset says so) is whole.
  const prefix = words(anchor.prefix);
  const suffix = words(anchor.suffix);
  const prefixWhole = anchor.start !== undefined && anchor.start <= anchor.prefix.length;
  const before = (/^\S/.test(anchor.prefix) && !prefixWhole ? prefix.slice(1) : prefix).slice(-CONTEXT_WORDS).join(' ');
  const after = (/\S$/.test(anchor.suffix) ? suffix.slice(0, -1) : suffix).slice(0, CONTEXT_WORDS).join(' ');
  return textDirective({
    textStart: (long ? exact.slice(0, EDGE_WORDS) : exact).join(' '),
    textEnd: long ? exact.slice(-EDGE_WORDS).join(' ') : undefined,
    prefix: before || undefined,
    suffix: after || undefined,
  });
}
