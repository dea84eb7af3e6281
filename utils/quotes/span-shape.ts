import type { QuoteKind } from '../types';
import { beforeSpaces, bmpCharTest } from '../chars';
import type { QuoteSpan } from './quote-marks';
import type { Sentence } from './sentences';
import type { Attribution } from './attribution';

// Where a quotation stands in its sentence (the whole sentence, after a colon, carrying on a
// clause), read from the sentence with its quotations masked.

/** The quotation follows a colon: 'Smith agreed: “…”', 'That led to a realization: “…”'. */
export function colonLed(masked: string, s: Sentence, sp: QuoteSpan): boolean {
  const end = beforeSpaces(masked, sp.outerStart, s.start);
  return end > s.start && masked[end - 1] === ':' && !wordyLength(masked, sp.outerEnd, s.end, 0);
}

/** The quote is the whole sentence (a paragraph of quoted speech with no "he said"). */
export function isFloating(masked: string, s: Sentence, sp: QuoteSpan): boolean {
  // (two halves of a surrogate pair on either side of the quotation would make one character)
  if (isLeadSurrogate(masked, sp.outerStart - 1, s.start) && isTrailSurrogate(masked, sp.outerEnd, s.end)) {
    return (
      (masked.slice(s.start, sp.outerStart) + masked.slice(sp.outerEnd, s.end)).replace(/[\s\p{P}]/gu, '').length <= 3
    );
  }
  const before = wordyLength(masked, s.start, sp.outerStart, 3);
  return before <= 3 && before + wordyLength(masked, sp.outerEnd, s.end, 3 - before) <= 3;
}

const SPACE_OR_PUNCTUATION = /^[\s\p{P}]$/u;
const isSpaceOrPunctuationBmp = bmpCharTest(SPACE_OR_PUNCTUATION);

/**
 * How many UTF-16 units of text[from, to) are neither spaces nor punctuation, which is the length
 * of that text after .replace(/[\s\p{P}]/gu, ''); counted only until it passes `limit`. (The
 * replacement built a new string for every quotation, several times over.)
 */
function wordyLength(text: string, from: number, to: number, limit: number): number {
  let n = 0;
  for (let i = from; i < to && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && isTrailSurrogate(text, i + 1, to)) {
      if (!SPACE_OR_PUNCTUATION.test(text.slice(i, i + 2))) n += 2;
      i++;
      continue;
    }
    if (!isSpaceOrPunctuationBmp(c)) n++;
  }
  return n;
}

function isLeadSurrogate(text: string, i: number, from: number): boolean {
  const c = i >= from ? text.charCodeAt(i) : 0;
  return c >= 0xd800 && c <= 0xdbff;
}

function isTrailSurrogate(text: string, i: number, to: number): boolean {
  const c = i < to ? text.charCodeAt(i) : 0;
  return c >= 0xdc00 && c <= 0xdfff;
}

export function kindOf(masked: string, s: Sentence, sp: QuoteSpan, attr: Attribution | null): QuoteKind {
  if (!attr) return 'direct';
  const before = masked.slice(s.start, sp.outerStart).trim();
  const after = masked.slice(sp.outerEnd, s.end).trim();
  if (
    !before ||
    /[,:]$/.test(before) ||
    /\b(said|says|told|added|wrote|asked|replied|according to [^,]+,)\s*$/i.test(before)
  )
    return 'direct';
  if (/^[,.!?]?\s*$/.test(after) || /^,?\s*\S+\s+(said|says|added|wrote|told)\b|^,?\s*(said|says|added)\b/.test(after))
    return before.length < 40 && !/\bthat\b/.test(before) ? 'direct' : 'mixed';
  return 'mixed';
}
