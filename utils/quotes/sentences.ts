import { afterSpaces } from '../chars';

// Sentence boundaries with offsets. Runs on text whose quotes are masked, so a full stop inside a
// quotation never ends the sentence around it.

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr inc corp co ltd vs etc no jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev capt cmdr adm maj pres supt det insp hon messrs mme mlle approx dept est fig al ave blvd univ assn bros'.split(
    ' ',
  ),
);

/** The longest abbreviation, in letters. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether the word before a full stop is an abbreviation, its own full stops left out ("U.S."
 * reads "us"). Asked at every full stop of every paragraph: a word longer than any abbreviation
 * with no full stop of its own is none, and a word with no full stop is looked up as it is. */
function isAbbreviation(word: string): boolean {
  const dotted = word.includes('.');
  if (!dotted && word.length > LONGEST_ABBREVIATION) return false;
  return ABBREVIATIONS.has((dotted ? word.replace(/\./g, '') : word).toLowerCase());
}

const LAST_WORD_CHAR = /[\p{L}.]/u;

/** LAST_WORD_CHAR of one UTF-16 unit, by its code: ASCII (most text) without a regex call. */
function isLastWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e;
  return LAST_WORD_CHAR.test(String.fromCharCode(c));
}

/** A name of up to four capitalised words, maybe an appositive ("He Jianxiong, the former executive
 * director for China at the International Monetary Fund,") and an adverb, then a verb of asking or
 * saying. ("He" before a capitalised word is the surname He, not the pronoun.) */
const NAME_THEN_VERB =
  /^(?!(?:The|A|An|This|That|It|They|We|I)\s|(?:He|She)\s+(?!\p{Lu}))[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:,\s+[^,.;:!?"“”]{3,120},)?\s+(?:[a-z]+ly\s+)?(?:asked|asks|said|says|wondered|shouted|exclaimed|replied|added|cried|yelled|screamed|demanded|joked|quipped)\b/u;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?…]+["'\u201D\u2019\u00BB)\]]*(?=\s+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    // the word before the stop and the text after it, read locally: slicing the whole rest of a
    // long paragraph at every full stop made this quadratic
    let w = m.index;
    while (w > start && isLastWordCode(text.charCodeAt(w - 1))) w--;
    const lastWord = text.slice(w, m.index);
    const n = afterSpaces(text, end);
    const next = text.slice(n, n + 12);
    if (m[0][0] === '.' && m[0].length === 1) {
      if (isAbbreviation(lastWord)) continue;
      if (/^\p{Lu}$/u.test(lastWord)) continue; // an initial: John F. Kennedy
      if (/^(\p{L}\.)+\p{L}$/u.test(lastWord)) {
        // U.S. / U.N.: ends a sentence only before a capital that starts one
        if (!/^["\u201C]?(The|A|An|In|He|She|It|They|We|But|And|This|That|On|At|For|As|I)\b/.test(next)) continue;
      }
    }
    if (next && !/^["'\u201C\u2018\u00AB([\p{Lu}\p{N}\u2026]/u.test(next)) continue; // "e.g. lowercase" continues
    // '“Can I give it to James?” Brooke tearfully asked.': a question or exclamation quoted, then
    // its speaker's name and verb, is one sentence (the mark ends the words said, not the sentence)
    if (/^[!?]+["\u201D\u2019\u00BB]/.test(m[0]) && NAME_THEN_VERB.test(text.slice(n, n + 200))) continue;
    out.push({ start, end, text: text.slice(start, end) });
    start = afterSpaces(text, end);
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}
