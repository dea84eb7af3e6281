import { statementDate, type TextDate } from './statement-date';
import { matchesOf } from '../matches';
import { MONTH_DAY, MONTH_NAME, PART_OF_DAY, WEEKDAY } from '../time-words';
import { DATES } from '../tuning';

// Occasions a statement was made at — a letter, a call, a hearing — which an article dates once
// ("a Nov. 5 letter", "the testimony Tuesday", "a hearing last month") and then refers back to
// ("stated in the letter", "During the call", "Vindman told lawmakers"). One list of words serves
// every pattern.

const OWNER = 'the|his|her|their|its';
/** Occasions of speech: a day after them ("the hearing on Monday") dates them. */
const SPOKEN = 'testimony|hearing|trial|interview|speech|briefing|news conference|press conference';
const OCCASION = `${SPOKEN}|call|letter|statement|meeting|post|tweet|email|memo|rally|debate`;

/** Occasions with many voices, which a story tells at length once it has dated them: what follows
 * there, undated, was said at it (a scene). Not an interview or a speech (one voice: the same
 * speaker's carry serves it), nor a document or a call. */
export const SCENE_KINDS = new Set([
  'testimony',
  'hearing',
  'trial',
  'briefing',
  'news conference',
  'press conference',
  'rally',
  'debate',
]);

/** "in a Nov. 5 letter", "in the statement": a written source a statement was made in. */
export const WRITTEN_SOURCE =
  /\b(?:in|via|through|with)\s+(a|an|the|its|their|his|her|that|this)\s+(?:[^\s,;]+\s+){0,3}?(letter|statement|report|filing|complaint|email|e-mail|memo|post|tweet|release|op-ed|lawsuit|petition|motion)\b/i;

/** The words of a date before an occasion: "Nov. 5", "Tuesday night", "September". */
const DATE_BEFORE = `${MONTH_DAY}(?:,\\s*\\d{4})?|(?:${WEEKDAY})(?:\\s+(?:${PART_OF_DAY}))?|${MONTH_NAME}`;
/** A day or a time whose occasion it is: "Tuesday's", "last week's", "the day's". */
const DATE_POSSESSIVE = `(?:${WEEKDAY})(?:\\s+(?:${PART_OF_DAY}))?|yesterday|last\\s+(?:week|month)|the\\s+day`;
/** A few words describing the occasion ("a September hearing by", "that October appropriations hearing"). */
const DESCRIBED = `(?:[\\p{L}-]+\\s+){0,${DATES.occasionWords}}?`;

/** "the March 21 call", "a Nov. 5 letter", "a September hearing", "Tuesday's hearing", "last week's hearing". */
const DATED_OCCASION = new RegExp(
  `\\b(?:(?:a|an|that|this|${OWNER})\\s+(${DATE_BEFORE})\\s+${DESCRIBED}|(${DATE_POSSESSIVE})['’]s\\s+${DESCRIBED})(?:phone\\s+)?(${OCCASION})\\b`,
  'giu',
);

/** "the testimony Tuesday of four officials", "the hearing on Monday", "a hearing last month of the
 * House appropriations subcommittee", "a two-day trial in September". */
const OCCASION_THEN_DAY = new RegExp(
  `\\b(?:a|an|that|this|${OWNER})\\s+${DESCRIBED}(${SPOKEN})\\s+((?:on\\s+)?(?:${WEEKDAY}|${MONTH_DAY})|last\\s+(?:week|month)|earlier\\s+this\\s+(?:week|month)|in\\s+(?:${MONTH_NAME}))\\b`,
  'giu',
);

/** An occasion still to come ("Hill, who will testify at a hearing Thursday"): not one that was. */
const AHEAD = /\b(?:will|'ll|’ll|scheduled|set to|expected to|plans? to|upcoming|next|ahead of)\b[^.;]*$/i;

const MONTH_ALONE = new RegExp(`^(?:${MONTH_NAME})$`, 'i');

/** A time that names no single day ("last week's hearing"): the publication date stands. */
const NO_SINGLE_DAY = /\b(?:last|earlier this)\s+week\b/i;

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

/** Any occasion of speech, anywhere: OCCASION_THEN_DAY needs one (with its own flags, so that a
 * text without one is never scanned by it). */
const ANY_SPOKEN = new RegExp(SPOKEN, 'iu');

/** What every DATED_OCCASION match holds: a month's first letters at a word's start (its name or
 * its day, "Nov. 5"), a word ending in "day" (a weekday, yesterday, the day) or "last" (last
 * week's). A text with an occasion word but none of these is not scanned by it. */
const OCCASION_DATE_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b|\blast\b/i;

/** An occasion the text dates: its kind ("call"), where it is named, and its date, or null when
 * the text gives a time but no day ("last week's hearing"). */
export interface DatedOccasion {
  kind: string;
  index: number;
  when: TextDate | null;
  words: string;
}

/** The occasions a paragraph dates, in the order it names them. */
export function datedOccasions(paragraph: string, ref: Date, updated: string | null = null): DatedOccasion[] {
  const out: DatedOccasion[] = [];
  if (!ANY_OCCASION.test(paragraph)) return out;
  const add = (m: RegExpExecArray, kind: string, words: string) => {
    if (AHEAD.test(paragraph.slice(Math.max(0, m.index - DATES.aheadLookback), m.index))) return;
    // a month's name alone reads as "in October" ("that October appropriations hearing")
    const when = statementDate(MONTH_ALONE.test(words) ? `in ${words}` : words, ref, updated);
    if (when || NO_SINGLE_DAY.test(words)) out.push({ kind: kind.toLowerCase(), index: m.index, when, words });
  };
  if (OCCASION_DATE_WORD.test(paragraph))
    for (const m of matchesOf(DATED_OCCASION, paragraph)) add(m, m[3], m[1] ?? m[2]);
  if (ANY_SPOKEN.test(paragraph)) for (const m of matchesOf(OCCASION_THEN_DAY, paragraph)) add(m, m[1], m[2]);
  return out.sort((a, b) => a.index - b.index);
}
