import { lightStem } from './stem';
import { STOPWORDS } from './stopwords';

// The words of a statement as the linker compares them. Two outlets quoting the same sentence
// differ in everything but the words: curly or straight apostrophes, "U.S." or "US", "two" or "2",
// a bracketed editorial insertion ("30 min[ute]"), an ellipsis where words were left out, and the
// punctuation around it all. Normalising those away leaves word sequences that are equal when the
// quote is, so a diff of them shows only what an outlet changed.

/** Stands in the word sequence where a quote marks an omission ("…", "...", "[…]"). */
export const ELLIPSIS = '…';

const NUMBER_WORDS: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

// a word: letters and digits, with inner apostrophes ("don't") and inner dots ("U.S", "3.8"); or an ellipsis
const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*|…|\.\s?\.\s?\./gu;

/**
 * Lower case, no diacritics, one apostrophe, a space for a dash ("war-mongering"), editorial
 * brackets opened ("min[ute]" reads "minute"), character by character, with where each folded
 * character came from.
 */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[‘’‛′`´]/g, "'")
      .replace(/[-‐‑‒–—―]/g, ' ')
      .replace(/[[\]]/g, '');
    // "ﬁ" folds to two letters, both from the one character
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
    i += ch.length;
  }
  origin.push(i);
  return { folded, origin };
}

export interface SpannedWords {
  /** The normalised word sequence, with `ELLIPSIS` where words were left out. */
  words: string[];
  /** Where each word stands in the original text: [start, end) offsets. */
  spans: [number, number][];
}

/** The normalised words of a text and where each stands in it, so a diff can mark the original. */
export function spannedWords(text: string): SpannedWords {
  const { folded, origin } = foldWithOrigins(text);
  const words: string[] = [];
  const spans: [number, number][] = [];
  for (const m of folded.matchAll(WORD)) {
    let w = m[0];
    const span: [number, number] = [origin[m.index], origin[m.index + w.length]];
    if (w === ELLIPSIS || w.startsWith('.')) {
      if (words.length && words[words.length - 1] !== ELLIPSIS) {
        words.push(ELLIPSIS);
        spans.push(span);
      }
      continue;
    }
    w = w.replace(/'s$/, '').replace(/\./g, '');
    words.push(NUMBER_WORDS[w] ?? w);
    spans.push(span);
  }
  while (words[words.length - 1] === ELLIPSIS) {
    words.pop();
    spans.pop();
  }
  return { words, spans };
}

/** The normalised word sequence of a text, with `ELLIPSIS` where words were left out. */
export function normalWords(text: string): string[] {
  return spannedWords(text).words;
}

export function isContentWord(w: string): boolean {
  return w !== ELLIPSIS && w.length > 1 && !STOPWORDS.has(w) && !STOPWORDS.has(w.replace(/'.*$/, ''));
}

/** The stem of a content word ("relations" → "relation"): see `lightStem`. */
export const stem = lightStem;

/**
 * The stems of a text's content words that only ever stand capitalised inside a sentence: names
 * ("Iran", "President Trump", "Vice President Biden"). Every statement about the same people shares
 * them, so they say less about which statement it is than what is said about those people.
 */
export function nameStems(text: string): string[] {
  const { words, spans } = spannedWords(text);
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  words.forEach((w, i) => {
    if (!isContentWord(w)) return;
    const st = stem(w);
    const at = spans[i][0];
    const before = text.slice(0, at).trimEnd();
    const initial = !before || /[.!?:;"“‘(]$/.test(before);
    if (/^\p{Lu}/u.test(text.slice(at, at + 1)) && !initial) capitalised.add(st);
    else if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) lower.add(st);
  });
  return [...capitalised].filter((s) => !lower.has(s));
}

/** The distinct stems of the content words, in order of first appearance. */
export function contentStems(words: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const w of words) if (isContentWord(w)) seen.add(stem(w));
  return [...seen];
}

/** Runs of `n` words not crossing an omission; a shorter sequence is its own single run. */
export function shingles(words: readonly string[], n: number): string[] {
  const out = new Set<string>();
  const segments: string[][] = [[]];
  for (const w of words) {
    if (w === ELLIPSIS) segments.push([]);
    else segments[segments.length - 1].push(w);
  }
  for (const seg of segments) {
    if (!seg.length) continue;
    // a short quote, or a short piece of one between omissions, is its own run
    if (seg.length < n && (segments.length === 1 || seg.length > 1)) out.add(seg.join(' '));
    for (let i = 0; i + n <= seg.length; i++) out.add(seg.slice(i, i + n).join(' '));
  }
  return [...out];
}
