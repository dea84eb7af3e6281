import type { Discourse } from '../discourse';
import { statementDate } from './statement-date';

// The day at the end of an attribution, past the place it names: '“…,” Trump said at a rally in
// Monroe, La., on Nov. 6, 2019.' The words around the verb stop at the first comma (what follows
// a comma is as often another clause), so the day after "Monroe, La.," was never read. Taken only
// when the rest of the sentence is short place-like phrases and then ", on <day>." at its end: a
// clause of its own ("…, who was arrested on Monday.") dates something else.

const TRAILING_DAY =
  /^(?:,?\s*(?!(?:who|which|that|when|where|after|before|as|while|and|but)\b)[^,;]{1,40}?)*,\s+(on\s+[^,;]+(?:,\s*\d{4})?)\s*[.!]?\s*$/i;

/** The day `tail` (the sentence after an attribution's words) ends on, if it is only that. */
export function trailingDay(tail: string, st: Discourse): { date: string; text: string } | null {
  if (!/,\s+on\s/i.test(tail)) return null; // most tails: no day to look for
  const m = TRAILING_DAY.exec(tail.replace(/\u2591+/g, ' ').trimEnd());
  return m ? statementDate(m[1], st.ref, st.updated) : null;
}
