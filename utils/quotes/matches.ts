import { bmpCharTest } from '../chars';

// Every match of a global regex in a text, as String.prototype.matchAll gives them. matchAll
// copies its regex on every call, which on the short texts the quote stage reads (a sentence, a
// paragraph) cost more than the matching itself; this runs the regex as it is, from the start.

export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode); // as matchAll does
  }
  return out;
}

function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * Every match of a sticky (y) regex whose matches all start with an uppercase letter (\p{Lu}), as
 * the same pattern scanning globally finds them. A Unicode property class is slow to try at every
 * position of a text; this tries the regex only where an uppercase letter stands, and goes on
 * after each match as a global scan does. `mayStart`: a cheap test that every match's start passes
 * (so a position that fails it is passed over without trying the pattern).
 */
export function matchesFromCapitals(
  sticky: RegExp,
  text: string,
  mayStart?: (text: string, i: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const i of capitalsOf(text)) {
    if (i < from || (mayStart && !mayStart(text, i))) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = Math.max(sticky.lastIndex, i + 1);
  }
  return out;
}

/** The same over the part of `text` from `start` to `end` (a sentence of a paragraph), as if that
 * part were the whole text: indices are the part's own. The part's capitals are the text's that
 * stand in it, so the text is read for them once however many of its parts are scanned. */
export function matchesFromCapitalsIn(sticky: RegExp, text: string, start: number, end: number): RegExpExecArray[] {
  const part = text.slice(start, end);
  const out: RegExpExecArray[] = [];
  const at = capitalsOf(text);
  let from = start;
  // (from the part's first capital: each sentence of a paragraph walked the capitals of all the
  // sentences before it)
  for (let k = firstAtOrAfter(at, start); k < at.length; k++) {
    const i = at[k];
    if (i < from) continue;
    if (i >= end) break;
    sticky.lastIndex = i - start;
    const m = sticky.exec(part);
    if (!m) continue;
    out.push(m);
    from = Math.max(sticky.lastIndex + start, i + 1);
  }
  return out;
}

/** The index of the first of the ascending numbers `at` that is at least `n` (at.length if none). */
function firstAtOrAfter(at: number[], n: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where each text's uppercase letters stand. An article's paragraphs are scanned from their
 * capitals by several patterns (the names registered, the organisations described, the groups and
 * acronyms named), so each text is read for its capitals once. Emptied for each article, as the
 * phrases read are (see forgetCapitals), and when it grows past a bound. */
const capitals = new Map<string, number[]>();
const CAPITALS_MAX = 2000;

function capitalsOf(text: string): number[] {
  let found = capitals.get(text);
  if (!found) {
    found = uppercaseStarts(text);
    if (capitals.size >= CAPITALS_MAX) capitals.clear();
    capitals.set(text, found);
  }
  return found;
}

/** What may be a capital: an ASCII capital, or any unit past ASCII (where every other capital
 * stands, and the lead of an astral one) but for two blocks with no capital in them: General
 * Punctuation (curly quotes, dashes, spaces) and Box Drawing to Geometric Shapes (the mask of the
 * quotations, U+2591). Masked quotations are most of a quote-heavy paragraph, and each of their
 * characters was asked of isUpperAt. */
const CAPITAL_CANDIDATE = /[A-Z\u0080-\u1fff\u2070-\u24ff\u2600-\uffff]/g;

/**
 * Every i where isUpperAt(text, i). The regex engine finds the ASCII capitals and the units past
 * ASCII in its own code, and only the latter (a few in a hundred characters of English text) are
 * asked of isUpperAt: a loop asking isUpperAt of every character of every paragraph ran, in the few
 * runs a page gets, mostly unoptimised (and a /\p{Lu}/u scan, reading code points against the
 * class's ranges, was no faster).
 */
export function uppercaseStarts(text: string): number[] {
  const out: number[] = [];
  const re = CAPITAL_CANDIDATE;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    if (text.charCodeAt(i) < 0x80 || isUpperAt(text, i)) out.push(i);
  }
  return out;
}

/** Forgets the texts read for capitals: called as an article's quotes are sought. */
export function forgetCapitals(): void {
  capitals.clear();
}

const UPPER = /\p{Lu}/u;
const isUpperBmp = bmpCharTest(UPPER);

/** Whether an uppercase letter (a whole code point) starts at `i`. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && UPPER.test(String.fromCodePoint(cp));
  }
  return isUpperBmp(c);
}
