import { statementDate, type TextDate } from './statement-date';
import { matchesOf } from '../matches';
import { MONTH_DAY, WEEKDAY } from '../time-words';

// Occasions a statement was made at — a letter, a call, a hearing — which an article dates once
// ("a Nov. 5 letter", "the testimony Tuesday") and then refers back to ("stated in the letter",
// "During the call", "Vindman told lawmakers"). One list of words serves every pattern.

const OWNER = 'the|his|her|their|its';
/** Occasions of speech: a day after them ("the hearing on Monday") dates them. */
const SPOKEN = 'testimony|hearing|interview|speech|briefing|news conference|press conference';
const OCCASION = `${SPOKEN}|call|letter|statement|meeting|post|tweet|email|memo|rally|debate`;

/** "in a Nov. 5 letter", "in the statement": a written source a statement was made in. */
export const WRITTEN_SOURCE =
  /\b(?:in|via|through|with)\s+(a|an|the|its|their|his|her|that|this)\s+(?:[^\s,;]+\s+){0,3}?(letter|statement|report|filing|complaint|email|e-mail|memo|post|tweet|release|op-ed|lawsuit|petition|motion)\b/i;

/** "the March 21 call", "a Nov. 5 letter", "Tuesday's hearing". */
const DATED_OCCASION = new RegExp(
  `\\b(?:(?:a|an|${OWNER})\\s+(${MONTH_DAY}(?:,\\s*\\d{4})?|${WEEKDAY})|(${WEEKDAY})['’]s)\\s+(?:phone\\s+)?(${OCCASION})\\b`,
  'gi',
);

/** "the testimony Tuesday of four officials", "the hearing on Monday". */
const OCCASION_THEN_DAY = new RegExp(`\\b(?:${OWNER})\\s+(${SPOKEN})\\s+(?:on\\s+)?(${WEEKDAY}|${MONTH_DAY})\\b`, 'gi');

/** "During the call", "in the letter": a statement made at an occasion named before ("a signatory to
 * the letter told NBC" is not one). */
export const OCCASION_REFERENCE = new RegExp(
  `\\b(?:in|during|on|at|after|from|via|through)\\s+(?:that|this|${OWNER})\\s+(?:phone\\s+)?(${OCCASION})\\b`,
  'i',
);

/** A document named before as the subject: "says the letter signed by seven physicians", "the
 * statement said". */
export const DOCUMENT_SUBJECT = new RegExp(
  `^(?:that|this|${OWNER})\\s+(?:[\\p{L}-]+\\s+){0,2}?(letter|statement|memo|email|post|tweet)\\b`,
  'iu',
);

/** Testifying, or telling lawmakers or a committee: said at the hearing the article dated. */
export const AT_A_HEARING =
  /\b(?:testif(?:y|ies|ied|ying)|told (?:lawmakers|legislators|senators|the (?:committee|panel|senate|house|inquiry|hearing)))\b/i;

/** Any occasion word, anywhere: DATED_OCCASION and OCCASION_THEN_DAY both need one, and most
 * paragraphs have none, so neither is run there (each is costly over a whole paragraph). */
const ANY_OCCASION = new RegExp(OCCASION, 'i');

/** The occasions a paragraph dates, by kind ("call" → the date of "the March 21 call"). */
export function datedOccasions(paragraph: string, ref: Date, updated: string | null = null): [string, TextDate][] {
  const out: [string, TextDate][] = [];
  if (!ANY_OCCASION.test(paragraph)) return out;
  for (const m of matchesOf(DATED_OCCASION, paragraph)) {
    const when = statementDate(m[1] ?? m[2], ref, updated);
    if (when) out.push([m[3].toLowerCase(), when]);
  }
  for (const m of matchesOf(OCCASION_THEN_DAY, paragraph)) {
    const when = statementDate(m[2], ref, updated);
    if (when) out.push([m[1].toLowerCase(), when]);
  }
  return out;
}
