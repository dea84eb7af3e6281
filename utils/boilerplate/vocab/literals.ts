// Most vocabulary phrases cannot match a block at all: "we use cookies" needs the letters
// "we use cookies" somewhere in it. Testing that with indexOf on the block's lower-cased text is far
// cheaper than running the pattern, and the classifier runs some hundred and twenty patterns on
// every block. The literals are read from each pattern's own source, conservatively: only plain
// characters outside any class, escape, lookaround or optional part count, and a pattern some
// alternative of which promises no such run of three or more characters is always run. So a
// missing literal proves that the pattern cannot match, and skipping it changes no result.

const MIN_LITERAL = 3;
// Letters, digits and spaces of the scripts the vocabularies are written in (Latin, Cyrillic, and
// the scripts without case: kana, CJK ideographs, Hangul), and punctuation that stands for itself:
// for these, lower-casing the text finds every character a case-insensitive pattern would match
// (the few characters that fold to one of them but do not lower-case to it are handled in
// literalText; tests/boilerplate/literals.test.ts checks every character of every vocabulary
// literal against every character of Unicode). Not the micro sign (it folds to a Greek letter) nor
// the dotted capital I (it lower-cases to two characters).
const PLAIN =
  /[a-zA-Z0-9 \u00c0-\u00d6\u00d8-\u00f6\u00f8-\u012f\u0131-\u017f\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af'’,:;!@#%&=<>"~_\-–—]/;
// an escaped ASCII punctuation character (\. \/ \( …) stands for itself
const ESCAPED_PLAIN = /[!-/:-@[-`{-~]/;
// a character of a script written without spaces says as much as two letters of one with them
const weight = (s: string) => {
  let w = 0;
  for (const ch of s.trim()) w += ch.charCodeAt(0) >= 0x3040 ? 2 : 1;
  return w;
};

/**
 * Lower-case strings one of which every match of `re` contains, or null when the pattern does not
 * promise any.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  // a global or sticky pattern carries state from one test to the next: never skip one; and
  // classes nest under the v flag, which this reader does not follow
  if (re.global || re.sticky || re.flags.includes('v')) return null;
  try {
    const set = alternativesOf(re.source, 0, re.source.length);
    return set && set.map(literalText);
  } catch {
    return null;
  }
}

/** The union of what each top-level alternative of src[start, end) requires, or null. */
function alternativesOf(src: string, start: number, end: number): string[] | null {
  const out: string[] = [];
  let altStart = start;
  let depth = 0;
  for (let i = start; i <= end; i++) {
    if (i === end || (src[i] === '|' && depth === 0)) {
      const req = requirementOf(src, altStart, i);
      if (!req) return null;
      out.push(...req);
      altStart = i + 1;
      continue;
    }
    const c = src[i];
    if (c === '\\') i = afterEscape(src, i);
    else if (c === '[') i = afterClass(src, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return out;
}

/** The best set of literals one alternative (a sequence, no top-level `|`) requires, or null. */
function requirementOf(src: string, start: number, end: number): string[] | null {
  let best: string[] | null = null;
  const consider = (set: string[] | null) => {
    if (!set || !set.length || set.some((s) => weight(s) < MIN_LITERAL)) return;
    const worst = (x: string[]) => Math.min(...x.map(weight));
    if (!best || worst(set) > worst(best) || (worst(set) === worst(best) && set.length < best.length)) best = set;
  };
  let run = '';
  const endRun = () => {
    consider([run]);
    run = '';
  };
  for (let i = start; i < end; i++) {
    const c = src[i];
    if (c === '\\' && ESCAPED_PLAIN.test(src[i + 1] ?? '')) run += src[++i];
    else if (c === '\\') {
      endRun();
      i = afterEscape(src, i);
    } else if (c === '[') {
      endRun();
      i = afterClass(src, i);
    } else if (c === '(') {
      endRun();
      const close = closingParen(src, i);
      const lookaround =
        src[i + 1] === '?' &&
        (src[i + 2] === '=' ||
          src[i + 2] === '!' ||
          (src[i + 2] === '<' && (src[i + 3] === '=' || src[i + 3] === '!')));
      const q = quantifierAt(src, close + 1);
      // a group that may match zero times, or a lookaround, promises nothing
      if (!lookaround && q.min >= 1) consider(alternativesOf(src, contentStart(src, i), close));
      i = close + q.length;
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      // the character before may be absent (or, after another quantifier, this is a lazy marker)
      const q = quantifierAt(src, i);
      if (q.length === 0) throw new Error('a literal brace'); // don't guess what it means
      run = q.min >= 1 ? run : run.slice(0, -1);
      endRun();
      i += q.length - 1;
    } else if (PLAIN.test(c)) run += c;
    else endRun();
  }
  endRun();
  return best;
}

/** The quantifier at `i` (?, *, +, {n}, {n,}, {n,m}, each maybe lazy): how many characters, and its minimum. */
function quantifierAt(src: string, i: number): { length: number; min: number } {
  const c = src[i];
  let length = 0;
  let min = 1;
  if (c === '?' || c === '*') {
    length = 1;
    min = 0;
  } else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i));
    if (!m) return { length: 0, min: 1 };
    length = m[0].length;
    min = +m[1];
  }
  if (length && src[i + length] === '?') length++;
  return { length, min };
}

/** Where a group's pattern starts, after `(`, `(?:` or `(?<name>`. */
function contentStart(src: string, open: number): number {
  if (src[open + 1] !== '?') return open + 1;
  if (src[open + 2] === '<') return src.indexOf('>', open) + 1;
  return open + 3;
}

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i = afterEscape(src, i);
    else if (c === '[') i = afterClass(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error('unbalanced group');
}

/** Index of the last character of the escape starting at `i` (\b, \p{L}, \u00e9, \x41, \1, \k<n>). */
function afterEscape(src: string, i: number): number {
  const e = src[i + 1];
  if ((e === 'p' || e === 'P' || e === 'u') && src[i + 2] === '{') return Math.max(i + 1, src.indexOf('}', i));
  if (e === 'u') return i + 5;
  if (e === 'x') return i + 3;
  if (e === 'c') return i + 2;
  if (e === 'k' && src[i + 2] === '<') return Math.max(i + 1, src.indexOf('>', i));
  if (e >= '0' && e <= '9') {
    let j = i + 1;
    while (src[j + 1] >= '0' && src[j + 1] <= '9') j++;
    return j;
  }
  return i + 1;
}

/** Index of the `]` closing the class that opens at `i` (in JavaScript the first unescaped one). */
function afterClass(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j;
  }
  return src.length;
}

/**
 * The text the literals are looked for in. Lower-casing keeps every case-insensitive match (and a
 * case-sensitive one is a match of the same letters); the long s folds to "s" in Unicode-mode
 * patterns, and the old Cyrillic letter forms (rounded ve, long es, …) to their letters in every
 * case-insensitive pattern, but toLowerCase keeps them, so they are folded here. (The Kelvin sign
 * lower-cases to "k".)
 */
export function literalText(text: string): string {
  const lower = text.toLowerCase();
  return UNFOLDED.test(lower) ? lower.replace(UNFOLDED_ALL, (ch) => FOLDS[ch]) : lower;
}

const FOLDS: Record<string, string> = {
  ſ: 's',
  '\u1c80': 'в',
  '\u1c81': 'д',
  '\u1c82': 'о',
  '\u1c83': 'с',
  '\u1c84': 'т',
  '\u1c85': 'т',
  '\u1c86': 'ъ',
  '\u1c87': 'ѣ',
  '\u1c88': 'ꙋ',
};
const UNFOLDED = /[ſ\u1c80-\u1c88]/;
const UNFOLDED_ALL = /[ſ\u1c80-\u1c88]/g;

/** False only when `re` cannot match the text `folded` (from literalText) was made from. */
export function mayMatch(literals: string[] | null, folded: string): boolean {
  if (!literals) return true;
  for (const l of literals) if (folded.includes(l)) return true;
  return false;
}

/**
 * What the classifier needs to know of one kind of pattern (phrases, or headings) before a page:
 * for each vocabulary (by index) and each of its patterns, the literals it requires (or null) and
 * the length of its source. Reading the sources took a good part of the content script's start on
 * every page, so scripts/gen-literals.ts writes this into generated-literals.ts at build time.
 */
export interface LiteralTable {
  /** sizes[v][k]: the source length of vocabulary v's pattern k, to notice a stale table. */
  sizes: number[][];
  literals: (string[] | null)[][];
}

export function literalTable(lists: RegExp[][]): LiteralTable {
  return {
    sizes: lists.map((res) => res.map((re) => re.source.length)),
    literals: lists.map((res) => res.map(requiredLiterals)),
  };
}
