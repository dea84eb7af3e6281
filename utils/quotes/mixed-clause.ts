import type { Attribution } from './attribution';
import type { QuoteSpan } from './quote-marks';
import type { Sentence } from './sentences';
import { SPEECH_FORMS, speechVerb } from './verbs';
import { beforeJoint } from './joint';

// A mixed quote's reported clause: the part of its sentence the quoted words sit in, without the
// attribution ('said the president’s “mercurial temperament …” had complicated the task' gives
// 'the president’s “mercurial temperament …” had complicated the task'). Readers need it to see
// what the few quoted words were said about.

/** A speech verb's participle ('“…,” adding “…”') goes on with another report, and any participle
 * after a comma ('…, dismissing U.S. concerns') with the writer's account of the saying. */
const PARTICIPLE = new RegExp(
  `,?\\s*\\b(?:${[...SPEECH_FORMS.keys()].filter((f) => /ing$/.test(f)).join('|')})\\b|,\\s+[a-z]+ing\\b`,
  'i',
);

/** Punctuation, "that" and conjunctions a clause neither opens nor ends with. */
const LEADING = /^[\s,;:\u2014-]*(?:that\b\s*)?/i;
/** The joining words a clause does not end with (see beforeJoint). */
const TRAILING_WORD = /\b(?:and|but|while|adding|saying)$/i;

/**
 * The clause around quotation `sp` that `attr` reports, as written (quotation marks kept), or null
 * when the quoted words are all of it. `attrs`: the sentence's attributions, the next of which ends
 * the clause ('“needs to be a dinner table conversation,” adding “…”').
 */
export function mixedClause(
  text: string,
  masked: string,
  s: Sentence,
  sp: QuoteSpan,
  attr: Attribution,
  attrs: readonly Attribution[],
): string | null {
  // the nearest attribution may be the next report's ('called the comments “baseless” and said
  // …'): then the verb before the quotation reports it
  const before = attrs.filter((a) => a !== attr && a.verbEnd <= sp.outerStart).reverse();
  for (const a of [attr, ...before]) {
    const range = a.verbEnd <= sp.outerStart ? after(masked, s, sp, a, attrs) : ahead(text, s, sp, a);
    if (range) return trimmed(text, sp, range);
  }
  return null;
}

function trimmed(text: string, sp: QuoteSpan, [start, end]: [number, number]): string | null {
  start += LEADING.exec(text.slice(start, end))![0].length;
  end = start + beforeJoint(text.slice(start, end), TRAILING_WORD);
  // a full stop closes the sentence, not the clause (one inside the quotation marks stays)
  while (end > start && /[.!?\s]/.test(text[end - 1]) && end > sp.outerEnd) end--;
  if (start > sp.outerStart || end < sp.outerEnd) return null;
  const outside = text.slice(start, sp.outerStart) + text.slice(sp.outerEnd, end);
  return /[\p{L}\p{N}]/u.test(outside) ? text.slice(start, end) : null;
}

/** 'said that China “is going to …”': from the verb (or its clause) to the clause's end, the next
 * attribution, or, for a verb that reports only a quotation ('called it “harmful”'), the quotation. */
function after(
  masked: string,
  s: Sentence,
  sp: QuoteSpan,
  attr: Attribution,
  attrs: readonly Attribution[],
): [number, number] {
  const own = attr.contentStart != null && attr.contentStart >= attr.verbEnd && attr.contentStart <= sp.outerStart;
  // with no clause of its own, the clause starts past "that" ('said on Tuesday that China “…”')
  const that = /\bthat\s/i.exec(masked.slice(attr.verbEnd, sp.outerStart));
  const start = own ? attr.contentStart! : attr.verbEnd + (that ? that.index + that[0].length : 0);
  let end = own && attr.contentEnd != null && attr.contentEnd >= sp.outerEnd ? attr.contentEnd : s.end;
  if (speechVerb(attr.verbBase).reports === 'quotation') end = sp.outerEnd;
  const next = attrs.find((a) => a !== attr && a.verbStart >= sp.outerEnd && a.verbStart < end);
  if (next) end = Math.max(sp.outerEnd, next.inverted ? next.verbStart : Math.min(next.subjectStart, next.verbStart));
  const participle = PARTICIPLE.exec(masked.slice(sp.outerEnd, end));
  if (participle) end = sp.outerEnd + participle.index;
  return [start, end];
}

/** '… is “growing at an alarming rate” and affects every community, Noem said': from the
 * sentence's start (or the clause's) to the comma before the attribution. */
function ahead(text: string, s: Sentence, sp: QuoteSpan, attr: Attribution): [number, number] | null {
  const at = Math.min(attr.subjectStart, attr.verbStart);
  if (sp.outerEnd > at) return null;
  const own = attr.contentStart != null && attr.contentStart <= sp.outerStart && attr.contentEnd != null;
  const start = own ? attr.contentStart! : s.start;
  const comma = text.lastIndexOf(',', at);
  return [start, comma >= sp.outerEnd ? comma : at];
}
