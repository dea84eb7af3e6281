import type { Sentence } from '../sentences';
import { readMention } from '../names';
import { ACCORDING_TO_RE, perNamesSource } from '../verbs';
import { subjectPhrase } from './subjects';
import { interruptedClause } from './clauses';
import type { Attribution } from './types';

// "according to X", "in the words of X", "per X": a source without a verb. At the sentence's start
// it reports what follows its phrase; elsewhere, the clause before it.

const ACCORDING_TO_SCAN = new RegExp(ACCORDING_TO_RE.source, 'giu');
// ACCORDING_TO_RE is slow to run (Unicode and case-insensitive), so a sentence is first checked
// with a plain case-insensitive regex for a word that every match contains ("according", "words",
// "quoted"/"quoting", "per"). None of them has an s or a k, the only ASCII letters that /iu also
// matches with other characters (ſ, K), so a sentence without one has no match.
const ACCORDING_TO_HINT = /accord|word|quot|per/i;

export function accordingTo(text: string, s: Sentence): Attribution[] {
  const out: Attribution[] = [];
  if (!ACCORDING_TO_HINT.test(text.slice(s.start))) return out;
  const acc = ACCORDING_TO_SCAN;
  acc.lastIndex = s.start;
  let m: RegExpExecArray | null;
  while ((m = acc.exec(text))) {
    const after = text.slice(m.index + m[0].length, s.end);
    if (/^per$/i.test(m[1]) && !perNamesSource(text.slice(s.start, m.index), after)) continue;
    const phrase = subjectPhrase(after);
    const mention = readMention(phrase.np);
    if (!mention) continue;
    // the report goes on after the whole phrase ("according to a paper published in Nature on Monday, …")
    const npEnd = m.index + m[0].length + phrase.end;
    const startsSentence = !text.slice(s.start, m.index).trim();
    // (inside the clause it reports, "He had, according to X, killed …": the rest of the clause)
    const content = (startsSentence ? null : interruptedClause(text, s, m.index, npEnd)) ?? {
      contentStart: startsSentence ? skipComma(text, npEnd) : s.start,
      contentEnd: startsSentence ? s.end : lastComma(text, s.start, m.index),
    };
    out.push({
      mention,
      verb: m[1],
      verbBase: 'according to',
      verbStart: m.index,
      verbEnd: npEnd,
      subjectStart: m.index,
      ...content,
      inverted: !startsSentence,
    });
  }
  return out;
}

function skipComma(text: string, i: number): number {
  while (i < text.length && /[\s,]/.test(text[i])) i++;
  return i;
}

function lastComma(text: string, from: number, to: number): number {
  const c = text.lastIndexOf(',', to);
  return c > from ? c : to;
}
