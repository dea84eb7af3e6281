// JavaScript's \b only knows ASCII letters: /\bпо теме\b/ never matches and /\bpublié\b/ fails at
// the é. Every vocabulary pattern goes through `unicodeWords`, which rewrites the \b that touch a
// non-ASCII letter as one-sided Unicode lookarounds, so one list works in every script. A \b beside
// an ASCII letter stays as it is: lookarounds on every pattern made the classifier 8× slower.

const W = '[\\p{L}\\p{N}_]';
const BEFORE = `(?<!${W})`; // a word starts here
const AFTER = `(?!${W})`; // a word ends here
const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);
const nonAscii = (c: string | undefined) => !!c && c.charCodeAt(0) > 127;
const NON_ASCII = /[\u0080-\uffff]/;

/** What the \b at src[i] becomes in a source that holds a non-ASCII character. */
function boundaryAt(src: string, i: number): string {
  const next = src[i + 2],
    prev = src[i - 1];
  if (isLetter(next)) return nonAscii(next) ? BEFORE : '\\b';
  if (isLetter(prev)) return nonAscii(prev) ? AFTER : '\\b';
  return next === '(' || next === '[' || i === 0 || prev === '|' || prev === '^' ? BEFORE : AFTER;
}

export function unicodeWords(re: RegExp): RegExp {
  const src = re.source;
  // Only a \b beside a non-ASCII letter is rewritten, and a source without one non-ASCII
  // character has none: most patterns are told so by one test (every vocabulary pattern goes
  // through here when the content script starts, on every page).
  if (!src.includes('\\b') || !NON_ASCII.test(src)) return re;
  let out = '';
  let changed = false;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && src[i + 1] === 'b' && src[i - 1] !== '\\') {
      const rep = boundaryAt(src, i);
      if (rep !== '\\b') changed = true;
      out += rep;
      i++;
      continue;
    }
    if (src[i] === '\\') {
      out += src[i] + (src[i + 1] ?? '');
      i++;
      continue;
    }
    out += src[i];
  }
  if (!changed) return re;
  try {
    return new RegExp(out, re.flags.includes('u') ? re.flags : re.flags + 'u');
  } catch {
    return re; // a pattern that is not valid in Unicode mode keeps its ASCII boundaries
  }
}

export const unicodeAll = (list: RegExp[]): RegExp[] => list.map(unicodeWords);
