// Finds quoted spans in one paragraph. Double marks of every convention are paired first (“ ”,
// „ “, « », " "); single marks (‘ ’, ' ') only outside them, and only where they cannot be
// apostrophes. A paragraph that opens a quote and never closes it is the start of a quote that
// runs on into the next paragraph (news style: each continued paragraph reopens the mark).

export interface QuoteSpan {
  /** Offsets of the content (inside the marks). */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
  /** The span has no closing mark in this paragraph. */
  open: boolean;
  /** The span has no opening mark in this paragraph (it closes a quote opened earlier). */
  continued: boolean;
}

const PAIRS: Record<string, string[]> = {
  '\u201C': ['\u201D', '\u201C'], // “ ” (and “ “ from broken typesetting)
  '\u201E': ['\u201C', '\u201D'], // „ “ German, „ ” Polish
  '\u00AB': ['\u00BB'], // « »
  '\u00BB': ['\u00AB'], // » « Danish/German
  '\u300C': ['\u300D'], // 「 」
  '\u300E': ['\u300F'], // 『 』
  '\u2039': ['\u203A'], // ‹ ›
};
const CLOSERS = new Set(['\u201D', '\u300D', '\u300F']);

const isSpace = (c: string | undefined) => c === undefined || /[\s\u00a0([{\u2014\u2013\-/:;,]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function findQuoteSpans(text: string, continuing = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const covered = (i: number) => spans.some((s) => i >= s.outerStart && i < s.outerEnd);
  let i = 0;
  // a paragraph that continues an open quote and has a closer before any opener
  if (continuing) {
    const firstOpen = text.search(/[\u201C\u201E\u00AB"]/);
    const firstClose = text.search(/[\u201D\u00BB]/);
    // (a closer between a space and a word opens, mistyped: 'the odds were ”dwindling.”' is no
    // end of the quote before)
    if (
      firstClose >= 0 &&
      !isMisturnedOpener(text, firstClose) &&
      (firstOpen < 0 || firstClose < firstOpen) &&
      !(text[0] === '\u201C' || text[0] === '"')
    ) {
      spans.push({ start: 0, end: firstClose, outerStart: 0, outerEnd: firstClose + 1, open: false, continued: true });
      i = firstClose + 1;
    }
  }
  for (; i < text.length; i++) {
    i = nextDoubleMark(text, i);
    if (i < 0) break;
    const c = text[i];
    if (PAIRS[c] && !(c === '\u00BB' && !isSpace(text[i - 1]))) {
      const closers = PAIRS[c];
      let j = i + 1;
      let reopened = false;
      let wide = false;
      for (; j < text.length; j++) {
        j = nextOf(MAY_END_QUOTATION, text, j);
        if (j < 0) {
          j = text.length;
          break;
        }
        // a doubled single mark closes too: “It was an attempt to mislead voters,’’ Will Moy said
        if ((wide = c === '\u201C' && isDoubledCloser(text, j))) break;
        // (a “ closes a “ only before a space, punctuation or the end: “Glasgow (“No Place …” opens again)
        if (
          closers.includes(text[j]) &&
          !(text[j] === '\u201C' && c === '\u201C' && text[j + 1] !== undefined && !/[\s.,;:!?)]/.test(text[j + 1]))
        )
          break;
        // mixed typography: “Forty-five years of practicing law," he said
        if (
          c === '\u201C' &&
          text[j] === '"' &&
          /[.,!?]/.test(text[j - 1] ?? '') &&
          isClosingContext(text, j) &&
          (!text.slice(j + 1).includes('\u201D') ||
            /^\s*[^"\u201C\u201D]{0,60}?\b(said|says|added|asked|told|wrote|explained|continued)\b[^"\u201C\u201D]{0,30}[,.:]\s*["\u201C]/.test(
              text.slice(j + 1),
            ))
        )
          break;
        if (text[j] === c && c !== '\u201E' && c !== '\u00BB' && c !== '\u00AB') {
          reopened = true; // a second opener before any closer
          break;
        }
      }
      if (reopened) {
        // the first quote never closed ('a sample called “Glasgow (“No Place Like Home”)'): it ends
        // where the next one opens, so the quotations after it are still read
        spans.push({ ...span(i, j, false), outerEnd: j });
        i = j - 1;
        continue;
      }
      spans.push(
        wide ? { ...span(i, j, false), outerEnd: j + 2 } : span(i, Math.min(j, text.length), j >= text.length),
      );
      i = wide ? j + 1 : j;
    } else if (c === '`') {
      // ``typewriter quotes'' (TeX and wire copy): two grave accents open, two straight or curly
      // single marks close
      if (text[i + 1] !== '`') continue;
      let j = nextOr(SINGLE_CLOSERS, text, i + 2);
      while (j < text.length && !isDoubledCloser(text, j)) j = nextOr(SINGLE_CLOSERS, text, j + 1);
      if (j >= text.length) continue;
      spans.push({ start: i + 2, end: j, outerStart: i, outerEnd: j + 2, open: false, continued: false });
      i = j + 1;
    } else if (c === '"') {
      if (
        !isSpace(text[i - 1]) &&
        !/["'\u2018]/.test(text[i - 1] ?? '') &&
        i > 0 &&
        isWordChar(text[i - 1]) &&
        isWordChar(text[i + 1])
      )
        continue; // 5"10
      // a straight opener may close with a curly mark: "And he said, the President.”
      let j = nextOr(STRAIGHT_CLOSERS, text, i + 1);
      while (
        j < text.length &&
        !(
          (text[j] === '"' || (text[j] === '\u201D' && !text.slice(i + 1, j).includes('"'))) &&
          (isClosingContext(text, j) || j === text.length - 1)
        )
      )
        j = nextOr(STRAIGHT_CLOSERS, text, j + 1);
      spans.push(span(i, Math.min(j, text.length), j >= text.length));
      i = j;
    } else if (CLOSERS.has(c) && isMisturnedOpener(text, i) && !covered(i)) {
      // 'the odds were ”dwindling.”': a closer typed for an opener, which its twin closes
      let j = atOrEnd(text, text.indexOf(c, i + 1));
      while (j < text.length && !isClosingContext(text, j)) j = atOrEnd(text, text.indexOf(c, j + 1));
      if (j >= text.length) continue;
      spans.push(span(i, j, false));
      i = j;
    } else if (CLOSERS.has(c) && !spans.length && !covered(i)) {
      // a closer with no opener: the end of a quote opened in an earlier paragraph
      spans.push({ start: 0, end: i, outerStart: 0, outerEnd: i + 1, open: false, continued: true });
    }
  }
  // single quotes, UK style, only where no double-quoted span is
  const singles = findSingleQuoteSpans(text).filter(
    (s) => !spans.some((d) => s.outerStart < d.outerEnd && d.outerStart < s.outerEnd),
  );
  return [...spans, ...singles].sort((a, b) => a.start - b.start).filter((s) => s.end > s.start);
}

/** The first double mark the scan above acts on (an opener of PAIRS, a straight quote, a grave
 * accent or one of CLOSERS) at or after `i`, or -1. Found by a pattern of those marks: the regex
 * engine passes the other characters in its own code, where a loop over every character of every
 * paragraph ran, in the few runs a page gets, mostly before the engine had optimised it. */
function nextDoubleMark(text: string, i: number): number {
  return nextOf(DOUBLE_MARKS, text, i);
}

/** The first match of a one-character pattern (global, no `u`) at or after `i`, or -1. (`test`
 * and lastIndex, not exec: no match object is built for each mark.) */
function nextOf(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - 1 : -1;
}

// read off the tables themselves, so a mark added to PAIRS or CLOSERS is never passed over
const DOUBLE_MARK_CODES = new Set([...Object.keys(PAIRS), ...CLOSERS].map((c) => c.charCodeAt(0)));
/** The marks nextDoubleMark stops at: the straight quote, the grave accent and DOUBLE_MARK_CODES. */
const DOUBLE_MARKS = new RegExp(`[${[0x22, 0x60, ...DOUBLE_MARK_CODES].map(unitEscape).join('')}]`, 'g');

/** The first match of a one-character pattern at or after `i`, or the end of the text: where a
 * scan for a closing mark stops (the marks are found as nextDoubleMark finds them). */
function nextOr(re: RegExp, text: string, i: number): number {
  return atOrEnd(text, nextOf(re, text, i));
}

const atOrEnd = (text: string, i: number) => (i < 0 ? text.length : i);

/** The marks that may close a straight opener, and those that close typewriter quotes. */
const STRAIGHT_CLOSERS = /["\u201D]/g;
const SINGLE_CLOSERS = /['\u2019]/g;

/** What may end a quotation opened by a mark of PAIRS: a straight double or single mark, or a
 * character from U+00AB on (where every mark of PAIRS, opener or closer, and ’ stand). The scan of
 * a quotation's words passes every other character in the regex engine (see nextDoubleMark). */
const MAY_END_QUOTATION = new RegExp(`[\\u0022\\u0027${unitEscape(lowestPairMark())}-\\uffff]`, 'g');

function lowestPairMark(): number {
  const marks = Object.entries(PAIRS).flatMap(([open, closers]) => [open, ...closers]);
  return Math.min(...marks.map((c) => c.charCodeAt(0)), 0x2019);
}

function span(open: number, close: number, unclosed: boolean): QuoteSpan {
  return {
    start: open + 1,
    end: close,
    outerStart: open,
    outerEnd: unclosed ? close : close + 1,
    open: unclosed,
    continued: false,
  };
}

/** '' or ’’ at `j`, before a space, punctuation or the end: a closing double mark typed as two. */
function isDoubledCloser(text: string, j: number): boolean {
  const m = text[j];
  return (m === "'" || m === '\u2019') && text[j + 1] === m && isClosingContext(text, j + 1);
}

/** A closing mark between a space (or the start) and a word: an opener mistyped. */
function isMisturnedOpener(text: string, i: number): boolean {
  return isSpace(text[i - 1]) && isWordChar(text[i + 1]);
}

function isClosingContext(text: string, j: number): boolean {
  const next = text[j + 1];
  return next === undefined || /[\s\u00a0.,;:!?)\]\u2014\u2013-]/.test(next);
}

function findSingleQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    i = nextSingleMark(text, i);
    if (i < 0) break;
    const c = text[i];
    if (!isSpace(text[i - 1]) || !isWordChar(text[i + 1])) continue;
    const close = c === '\u2018' ? '\u2019' : "'";
    for (let j = text.indexOf(close, i + 2); j >= 0; j = text.indexOf(close, j + 1)) {
      const next = text[j + 1];
      // an apostrophe inside a word (don’t, Iran’s) never closes
      if (isWordChar(next)) continue;
      // a plural possessive (the players’ union) looks like a closer: require punctuation before
      // or the end of a clause after, unless the mark is the curly opener’s own pair
      if (
        c === "'" &&
        !/[.,!?]/.test(text[j - 1]) &&
        !/^[\s]*([.,;:!?)]|$|\b(he|she|they|it|said|says|I|we)\b)/i.test(text.slice(j + 1, j + 8))
      )
        continue;
      const content = text.slice(i + 1, j);
      if (c === "'" && content.split(/\s+/).length < 3) break;
      out.push({ start: i + 1, end: j, outerStart: i, outerEnd: j + 1, open: false, continued: false });
      i = j;
      break;
    }
  }
  return out;
}

/** The first ‘ or ' at or after `i`, or -1 (see nextOf). */
function nextSingleMark(text: string, i: number): number {
  return nextOf(SINGLE_MARKS, text, i);
}

const SINGLE_MARKS = /['\u2018]/g;

/** A UTF-16 unit as a regex escape (\uXXXX), for a class read off a table of marks. */
function unitEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Filler for masked quote content: neither a letter, nor punctuation, nor a space. */
export const MASK = '\u2591';

/** The paragraph with every quoted span's content replaced by same-length filler, so sentence
 * splitting and attribution search ignore what is inside quotes. A full stop that ends the quoted
 * words is kept: it may end the sentence around them too. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  let out = '';
  let k = 0;
  for (const s of spans) {
    const content = text.slice(s.start, s.end);
    const keep = /[.!?]+['"\u2019\u201D]*$/.exec(content)?.[0] ?? '';
    out += text.slice(k, s.start) + MASK.repeat(Math.max(0, content.length - keep.length)) + keep;
    k = s.end;
  }
  return out + text.slice(k);
}
