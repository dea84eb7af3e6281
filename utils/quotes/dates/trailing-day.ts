import type { Discourse } from '../discourse';
import { statementDate } from './statement-date';
import { DATES } from '../tuning';

// The day at the end of an attribution, past the place it names: '“…,” Trump said at a rally in
// Monroe, La., on Nov. 6, 2019.' The words around the verb stop at the first comma (what follows
// a comma is as often another clause), so the day after "Monroe, La.," was never read. Taken only
// when the rest of the sentence is short place-like phrases and then ", on <day>." at its end: a
// clause of its own ("…, who was arrested on Monday.") dates something else. So too the day of
// the document it was written in, as the sentence's last phrase: '"…," wrote Martin Taylor of
// Aberdeenshire, Scotland, in a case study published Monday in the journal BMJ.'

/** ", on Nov. 6, 2019." closing the sentence. */
const DAY_AT_END = /,\s+(on\s+[^,;]+?(?:,\s*\d{4})?)\s*[.!]?$/i;

/** ", in a case study published Monday in the journal BMJ." closing the sentence. */
const PUBLISHED_IN =
  /,\s+(in\s+(?:a|an|the|his|her|its|their)\s+[^,;]{1,40}?\b(?:published|released)\s+[^,;]+?)\s*[.!]?$/i;

/** A phrase that opens a clause of its own. */
const CLAUSE = /^(?:who|which|that|when|where|after|before|as|while|and|but)\b/i;

/** The day `tail` (the sentence after an attribution's words) ends on, if it is only that. */
export function trailingDay(tail: string, st: Discourse): { date: string; text: string } | null {
  const text = tail.replace(/\u2591+/g, ' ').trimEnd();
  const written = PUBLISHED_IN.exec(text);
  if (written) return statementDate(written[1], st.ref, st.updated);
  if (!/,\s+on\s/i.test(text)) return null; // most tails: no day to look for
  const m = DAY_AT_END.exec(text);
  if (!m || !placeLike(text.slice(0, m.index))) return null;
  return statementDate(m[1], st.ref, st.updated);
}

/** ", La." or "at a rally in Monroe, La.": short phrases, none a clause. (Read phrase by phrase:
 * as one pattern, a long sentence with no day at its end took minutes to reject.) */
function placeLike(head: string): boolean {
  if (head.includes(';')) return false;
  return head
    .split(',')
    .map((x) => x.trim())
    .every((x, i) => (i === 0 && !x) || (x.length > 0 && x.length <= DATES.placePhraseMaxLength && !CLAUSE.test(x)));
}
