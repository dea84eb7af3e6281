import { SPEECH_FORMS, SPEECH_VERB_RE, speechVerb } from './verbs';
import type { Sentence } from './sentences';
import type { QuoteSpan } from './quote-marks';
import { NOT_SPEECH } from './attribution/not-speech';
import { sentenceSubject, subjectAfter, subjectBefore, type Subject } from './attribution/subjects';
import { reportedClause, type VerbUse } from './attribution/clauses';
import { accordingTo } from './attribution/according-to';
import type { Attribution } from './attribution/types';

// Finds "who said" in one sentence whose quotes are masked: the speech verb, the subject before it
// ("Kanani said", "CIA chief William Burns told PBS"), after it ('," said Kanani'), or "according
// to X"; and, for reported speech, where the reported clause starts. Each step is its own module
// under attribution/: the uses of a verb that are not speech, the subject, the reported clause.

export type { Attribution } from './attribution/types';

// The scanner findAttributions runs from each sentence's start, made once: compiling the speech
// verb alternation anew for every sentence cost more than all the matching. (Module-level state
// is safe here: nothing findAttributions calls runs it, and lastIndex is set before use.)
const SPEECH_VERB_SCAN = new RegExp(SPEECH_VERB_RE.source, 'gi');

export function findAttributions(masked: string, s: Sentence, spans: QuoteSpan[]): Attribution[] {
  const text = masked.slice(0, s.end);
  const out: Attribution[] = [];
  const re = SPEECH_VERB_SCAN;
  re.lastIndex = s.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const v = verbUse(text, s, spans, m);
    const before = text.slice(s.start, v.vs);
    if (NOT_SPEECH.some((check) => check.test(v, before))) continue;
    const subject = subjectOf(v, before, spans, out.at(-1));
    if (!subject) continue;
    const clause = reportedClause(v, subject);
    // a description ("the brokerage", "a deal") speaks only beside a quotation or after its report
    // ("…, the brokerage said."), never with a clause of its own ("a deal announced on Monday")
    const { mention, subjectStart } = subject;
    if (
      mention.generic &&
      !v.spanAfter &&
      !v.spanBefore &&
      (/^\s*(a|an|one|another)\b/i.test(mention.text) ||
        !(
          (clause.contentStart === s.start && clause.contentEnd != null && clause.contentEnd < subjectStart) ||
          definiteReport(mention.text, v, clause)
        ))
    )
      continue;
    out.push({
      mention,
      subjectStart,
      inverted: subject.inverted,
      verb: v.verb,
      verbBase: v.base,
      verbStart: v.vs,
      verbEnd: v.ve,
      contentStart: clause.contentStart,
      contentEnd: clause.contentEnd,
    });
  }
  out.push(...accordingTo(text, s));
  const opener = participleOpener(text, s, out);
  if (opener) out.push(opener);
  return out.sort((a, b) => a.verbStart - b.verbStart);
}

/**
 * "Noting that on Earth there is a bacterium that …, Malaska asked", "Arguing that voters are just
 * now beginning to tune in, …, Patrick has said": a speech verb's participle that opens the
 * sentence with "that" reports the clause up to the comma before the subject of the sentence,
 * who says it.
 */
function participleOpener(text: string, s: Sentence, found: Attribution[]): Attribution | null {
  const m = /^\W*([A-Z][a-z]+ing)\s+that\s+/.exec(text.slice(s.start, s.end));
  if (!m || !SPEECH_FORMS.has(m[1].toLowerCase())) return null;
  const contentStart = s.start + m[0].length;
  const main = found.find((a) => !a.inverted && a.subjectStart > contentStart && a.mention.kind !== 'pronoun');
  if (!main) return null;
  const comma = text.lastIndexOf(',', main.subjectStart);
  if (comma <= contentStart || text.slice(comma + 1, main.subjectStart).trim()) return null;
  const vs = s.start + m.index + m[0].indexOf(m[1]);
  return {
    mention: main.mention,
    subjectStart: main.subjectStart,
    inverted: false,
    verb: m[1],
    verbBase: SPEECH_FORMS.get(m[1].toLowerCase())!,
    verbStart: vs,
    verbEnd: vs + m[1].length,
    contentStart,
    contentEnd: comma,
  };
}

/**
 * "The utility said it will closely monitor the weather", "The man told doctors he ate …": a
 * definite description ("the utility", one the story has met) with a finite speech verb and the
 * clause after it is a report. (A participle after it modifies it instead: "the deal announced on
 * Monday".)
 */
function definiteReport(mention: string, v: VerbUse, clause: { contentStart: number | null }): boolean {
  if (!/^\s*the\b/i.test(mention) || clause.contentStart == null || /ing$/i.test(v.verb)) return false;
  // ("the number who said they had used …": a relative clause describes the subject; "the stock
  // added more than 2%", "the country had admitted 1.4 million": other verbs take an object too)
  if (/\b(?:who|which|that)\s+$/i.test(v.text.slice(v.s.start, v.vs))) return false;
  return PLAIN_REPORT.has(v.base) || /\bthat\s*$/i.test(v.text.slice(v.ve, clause.contentStart));
}

/** The verbs that report whatever clause follows them. */
const PLAIN_REPORT = new Set(['say', 'tell']);

function verbUse(text: string, s: Sentence, spans: QuoteSpan[], m: RegExpExecArray): VerbUse {
  const verb = m[0];
  const base = SPEECH_FORMS.get(verb.toLowerCase().replace(/\s+/g, ' ')) ?? '';
  const vs = m.index,
    ve = m.index + verb.length;
  return {
    text,
    s,
    verb,
    base,
    table: speechVerb(base),
    vs,
    ve,
    spanAfter: spans.some((sp) => sp.outerStart >= ve && sp.outerStart < s.end),
    spanBefore: spans.some((sp) => sp.outerEnd <= vs && sp.outerEnd > s.start),
  };
}

/**
 * The subject of a speech verb: before it; else after it (not after "told", whose object is the
 * one told, nor after a participle, which has no subject after it: "…, saying the hostages had
 * suffered"); else, for a participle after a comma, the subject its sentence opens with; and a
 * verb after "and"/"but" shares the subject of the verb before ("Kanani called the comments
 * “baseless” and said …").
 */
function subjectOf(v: VerbUse, before: string, spans: QuoteSpan[], prev: Attribution | undefined): Subject | null {
  const { text, s, vs, ve, verb, table } = v;
  const participle = /ing$/i.test(verb);
  let subject =
    subjectBefore(text, s, vs, spans) ??
    (table.recipient === 'required' || participle ? null : subjectAfter(text, s, ve, spans));
  if (!subject && participle && /,\s*$/.test(before)) subject = sentenceSubject(text, s, vs);
  if (
    prev &&
    /\b(and|but|then|before|after)\s+(also\s+|later\s+|then\s+)?$/i.test(text.slice(prev.verbEnd, vs)) &&
    (!subject || (subject.mention.kind === 'org' && !/[A-Z]/.test(subject.mention.text.slice(1))))
  )
    subject = { mention: prev.mention, subjectStart: prev.subjectStart, inverted: false };
  return subject;
}
