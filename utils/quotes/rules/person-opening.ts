import { MASK } from '../quote-marks';
import { NOT_NAME } from '../roles';
import type { Entity } from '../names';
import type { SpanContext } from './types';
import { UNATTRIBUTED } from '../tuning';

/** The person a sentence opens with: in the sentence before (`own` false; not when that holds a
 * quotation), or before a colon in its own sentence (`own`; "He added: “…”" resolves the pronoun).
 * Not "Steenburgen’s son", but "filmmaker Charlie McDowell". */
export function personOpening(c: SpanContext, own: boolean): Entity | null {
  const { masked, sentences, s, speakers, pi } = c;
  const k = sentences.indexOf(s);
  if (!own && k < 1) return null;
  const prev = own
    ? masked.slice(s.start, s.end).split(':')[0]
    : masked.slice(sentences[k - 1].start, sentences[k - 1].end);
  if (!own && prev.includes(MASK)) return null;
  if (own) {
    const pronoun = /^\s*(he|she)\b/i.exec(prev)?.[1];
    if (pronoun) return speakers.coref.pronoun(pronoun, pi, s.start + 1);
  }
  for (const m of prev.matchAll(/[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*)*/gu)) {
    if (m.index! > UNATTRIBUTED.introducedNameReach) break;
    if (/['’]s$/.test(m[0])) continue;
    const words = m[0].split(/\s+/).filter((w) => !NOT_NAME.has(w));
    if (!words.length) continue;
    const e = speakers.registry.byName(words.join(' ')) ?? speakers.registry.bySurname(words.at(-1)!);
    if (e && e.kind === 'person') return e;
  }
  return null;
}
