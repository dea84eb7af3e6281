import type { Sentence } from '../sentences';
import { speechVerb, type SpeechVerb } from '../verbs';
import { MONTH_DAY, PART_OF_DAY, WEEKDAY } from '../time-words';
import { REPORTS } from '../tuning';
import type { Subject } from './subjects';
import { DATELINE } from '../names';

// Where the reported clause of a speech verb is, when it is not in quotation marks: after the verb
// ("said that …", "told reporters …"), before it ("Iran will not yield, the minister said."), or
// after the comma of "As X noted, …". Each construction is one function; reportedClause tries them
// in that order.

/** Where reported content starts and ends in the sentence; both null when there is none. */
export interface Clause {
  contentStart: number | null;
  contentEnd: number | null;
}

/** A speech verb found in a sentence, and what stands around it. */
export interface VerbUse {
  text: string;
  s: Sentence;
  verb: string;
  base: string;
  table: SpeechVerb;
  vs: number;
  ve: number;
  /** A quotation stands after the verb, or before it, in the sentence. */
  spanAfter: boolean;
  spanBefore: boolean;
}

const NO_CLAUSE: Clause = { contentStart: null, contentEnd: null };

/** The clause a verb with this subject reports, if any. */
export function reportedClause(v: VerbUse, subject: Subject): Clause {
  if (subject.inverted) {
    const inside = interruptedClause(v.text, v.s, v.vs, v.ve);
    if (inside) return inside;
  }
  let c = subject.inverted ? NO_CLAUSE : clauseAfter(v, subject);
  if ((subject.inverted || c.contentStart == null) && reportsClauseBefore(v, subject))
    c = clauseBefore(v, subject) ?? c;
  if (c.contentStart == null && !subject.inverted) c = clauseAfterAs(v) ?? c;
  return c;
}

/** "said that …", "told PBS on Friday that …": the clause after the verb, to the sentence end. */
function clauseAfter({ text, s, ve, base, spanBefore }: VerbUse, { subjectStart }: Subject): Clause {
  const start = reportedClauseStart(text, ve, base, s.end);
  if (start == null) return NO_CLAUSE;
  // '“…,” he said, eyes welling up with tears': after a quotation, words with no finite verb after
  // the comma of its attribution describe the speaker; a whole clause ('“…,” Cook said, most do
  // their tasks on the same device') is more of what was said
  // (also past a circumstance of the saying: '“…,” Esper said in a speech to the Diplomatic Academy
  // of Vietnam, a government university.', '“…,” Trump said at a rally in Monroe, La., on Nov. 6')
  if (spanBefore && text.slice(ve, start).includes(',') && !FINITE.test(mainPart(text.slice(start, s.end))))
    return NO_CLAUSE;
  // "Apple has had a place in his heart since 1984, Benioff said, ever since …": an attribution
  // set off by commas reports the clause before it when that is a whole clause ("Many of the
  // prisons, Hawk Sawyer said, are aging" reports what follows)
  const comma = text.lastIndexOf(',', subjectStart);
  if (
    /^\s*,/.test(text.slice(ve, start)) &&
    comma > s.start &&
    !text.slice(comma + 1, subjectStart).trim() &&
    !spanBefore &&
    FINITE.test(text.slice(s.start, comma))
  )
    return NO_CLAUSE;
  return { contentStart: start, contentEnd: s.end };
}

/**
 * "The key to Stadia's success, says Buser, is Google's built-in infrastructure", "He had,
 * according to Alex Horton of the Washington Post, killed and eaten a wild rabbit": an attribution
 * set off by commas inside a clause whose opening is no whole clause (a subject alone, or one with
 * only its auxiliary) reports the rest of the clause, after the attribution and any appositive of
 * its source ("says Richard Locksley, an immunologist at …, helps direct …"). `from`, `to`: where
 * the attribution phrase starts and where its verb or "according to" ends.
 */
export function interruptedClause(text: string, s: Sentence, from: number, to: number): Clause | null {
  const comma = text.lastIndexOf(',', from);
  if (comma <= s.start || text.slice(comma + 1, from).trim()) return null;
  const opening = text.slice(s.start, comma);
  if (/[,;:\u2014]/.test(opening) || (FINITE.test(opening) && !AUXILIARY_END.test(opening))) return null;
  if (opening.trim().split(/\s+/).length > REPORTS.interruptedOpeningMaxWords) return null;
  // the rest of the clause: the first part after a comma that opens with a verb's lowercase word
  for (let k = text.indexOf(',', to); k > 0 && k < s.end; k = text.indexOf(',', k + 1)) {
    const part = text.slice(k + 1, s.end);
    const first = /^\s*([\p{L}'’-]+)/u.exec(part)?.[1] ?? '';
    if (!/^\p{Ll}/u.test(first) || NOT_A_VERB.test(first)) continue;
    const start = k + 1 + (part.length - part.trimStart().length);
    return part.trim().split(/\s+/).length >= REPORTS.minWords ? { contentStart: start, contentEnd: s.end } : null;
  }
  return null;
}

/** An opening that stops at its auxiliary ("He had, according to …, killed"). */
const AUXILIARY_END = /\b(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|did|does)\s*$/i;
/** Words that open an appositive or a circumstance, not the rest of a clause. */
const NOT_A_VERB =
  /^(?:a|an|the|this|that|these|those|his|her|their|its|our|who|which|whose|and|or|but|in|on|at|of|for|from|with|by|as|to|into|after|before|during|while|when|where|about|like|including|such|former|now|then|also|both|one|two|three|several|many|some)$/i;

/** The words before a subordinate clause ("eyes welling up with tears as the crowd cheered"). */
function mainPart(words: string): string {
  // ("adding that …", "standing in front of …": a participle opens no clause of the verb's own)
  if (/^\s*[a-z]+ing\b/i.test(words)) return '';
  return words.split(/,|\b(?:as|while|when|because|after|before|since|until|though|although)\b/i)[0];
}

/** A finite verb: what makes the words before a comma a whole clause. */
const FINITE = /\b(is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|[a-z]{3,}ed)\b/;

/** A circumstance, maybe after an adverb ("Later", "Shortly before their arrival"). */
function isCircumstance(part: string): boolean {
  const rest = part.trim().replace(/^[a-z]+ly\b\s*/i, '');
  return !rest || CIRCUMSTANCE.test(rest);
}

/** An opening circumstance ("In a Nov. 5 letter, the doctors pleaded …") is not a report. */
const CIRCUMSTANCE =
  /^(in|on|at|during|after|before|since|by|for|with|from|as|when|while|if|although|because|following|despite|amid|under|over|according|last|earlier|later)\b/i;

/**
 * Whether the verb may report the clause before it ("…, the minister said."): not beside a
 * quotation before it, and, for a verb that reports only with "that", only when the verb ends the
 * sentence ("…, the office announced Monday.", not "Later in the day, Kurt Volker … testified
 * before the committee").
 */
function reportsClauseBefore({ text, s, ve, table, spanBefore }: VerbUse, { inverted }: Subject): boolean {
  if (spanBefore) return false;
  const after = text
    .slice(ve, s.end)
    .replace(/[.!?"”’\s]+$/, '')
    .trim();
  // ("…, and Brad Marchand added three assists to lead Boston.": a count, no report of what is before)
  if (table.numberObject && countedObject(after)) return false;
  if (inverted || table.reports !== 'that') return true;
  return after.split(/\s+/).filter(Boolean).length <= REPORTS.endsSentenceMaxWords;
}

/** "Iran will not yield, the minister said.": the clause before the comma before the subject. */
function clauseBefore({ text, s, ve, table }: VerbUse, { subjectStart, inverted }: Subject): Clause | null {
  const comma = text.lastIndexOf(',', subjectStart);
  if (comma <= s.start) return null;
  // ("VIENNA — The house where Adolf Hitler was born will be …, Austria's interior minister said":
  // the dateline is not part of the report, and its dash sets nothing off)
  const start = s.start + (DATELINE.exec(text.slice(s.start, comma))?.[0].length ?? 0);
  const before = text.slice(start, comma).trim();
  // "…, Graham said, offering the example …", "…, Benioff said, ever since …"
  const tail = text.slice(ve, s.end).replace(/,.*$/s, '');
  const setOff =
    inverted ||
    (!table.topic &&
      !text.slice(start, comma).includes('\u2014') &&
      !text.slice(comma + 1, subjectStart).trim() &&
      !tail.includes(',') &&
      tail.trim().split(/\s+/).length <= REPORTS.clauseBeforeTailMaxWords);
  if (!setOff || (CIRCUMSTANCE.test(before) && !/[,;]/.test(before))) return null;
  // ("Later, in remarks at Vietnam’s Communist Party headquarters, Esper said", "Shortly before
  // their arrival, Webb admitted …": circumstances one after another are no report either)
  if (before.split(/[,;]/).every(isCircumstance)) return null;
  if (before.split(/\s+/).length < REPORTS.clauseBeforeMinWords) return null;
  return { contentStart: start, contentEnd: comma };
}

/** "As Dr. Sanjay Gupta noted at the time, Trump's heart disease meant …": the clause after the comma. */
function clauseAfterAs({ text, s, vs, ve }: VerbUse): Clause | null {
  if (!/^\W*as\s[^,]*$/i.test(text.slice(s.start, vs))) return null;
  const comma = text.indexOf(',', ve);
  return comma > 0 && comma < s.end - REPORTS.asNotedMinClause ? { contentStart: comma + 1, contentEnd: s.end } : null;
}

/** A clause with no "that" after a verb that otherwise wants one: a subject, then its finite verb
 * before any comma or relative word ("Simpson suggested the most likely reason … is fear of …",
 * "Dempsey noted there’s no definitive evidence …"); not an object ("noted the changes"). */
const BARE_CLAUSE =
  /^\s*(?:there['’]s\b|(?:the|this|these|those|there|it|he|she|they|we|his|her|their|its)\s(?:(?!\b(?:that|which|who|whose|whom)\b)[^,;:])*?\b(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should)\b)/i;

/** The verbs that report such a clause. (Not "reported", whose subject is most often the outlet
 * that broke a story, "after Politico reported the aid had been paused", nor "stating", said of
 * records.) */
const BARE_CLAUSE_VERBS = new Set(['suggest', 'note', 'confirm', 'maintain', 'acknowledge', 'concede', 'announce']);

/** Adverbials between the verb and its clause: "in a statement", "on Monday", "at a rally". */
const LEADING_ADVERBIAL = new RegExp(
  `^(?:\\s*(?:,\\s*)?(?:in\\s+(?:a|an|his|her|their|its)\\s+(?:statement|interview|tweet|post|letter|email|speech|video|op-ed|memo|news conference|press conference|briefing|message|column|report)(?:\\s+(?:on|with|to|at|from)\\s+[^,]{1,40}?(?=,|\\s+that\\b))?|on\\s+(?:twitter|x|facebook|instagram|social media|television|tv|radio)|(?:on\\s+)?(?:${WEEKDAY})(?:\\s+(?:${PART_OF_DAY}))?|(?:on\\s+)?${MONTH_DAY}(?:,\\s*\\d{4})?|yesterday|today|earlier|later|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|morning)|at\\s+(?:a|an|the)\\s+[^,]{1,40}?(?=\\s+that\\b|,)|after\\s+the\\s+game|in\\s+a\\s+recent\\s+\\w+|repeatedly|again|also|publicly|privately|flatly|firmly|bluntly|simply|later|on\\s+\\w+day)\\s*,?)+`,
  'i',
);
/** The one told: "told reporters", "told The Hill", "told CBS News". */
const RECIPIENT =
  /^\s*(?:reporters|journalists|lawmakers|legislators|senators|investigators|congress|the\s+(?:press|media|paper|newspaper|audience|crowd|court|committee|panel|jury|senate|house)|(?:him|her|them|me|us|you)|the\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and)){0,5}|(?:\w+\s+){0,2}(?:television|radio|reporters|network|newspaper|magazine|outlet|channel))(?:\s+(?:television|radio|news|newspaper))?/;

/** At least REPORTS.minWords words, without splitting the whole rest of the sentence to count them. */
const ENOUGH_WORDS = new RegExp(`^\\s*(?:\\S+\\s+){${REPORTS.minWords - 1}}\\S`);

/** Where reported speech starts after the verb: past "that", past "told reporters", past "on Sunday". */
export function reportedClauseStart(text: string, ve: number, base: string, end: number): number | null {
  let rest = text.slice(ve, end);
  let k = ve;
  const eat = (re: RegExp) => {
    const m = re.exec(rest);
    if (m && m.index === 0 && m[0].length) {
      k += m[0].length;
      rest = rest.slice(m[0].length);
      return true;
    }
    return false;
  };
  const verb = speechVerb(base);
  const expressed = !!verb.topic && eat(/^\s*(?:about|over|that|at)\s+/i); // "expressed concern about growing …"
  if (verb.recipient === 'with') eat(/^\s*with\s+/i); // "pleaded with the administration to …"
  if (verb.recipient && verb.recipient !== 'with' && !/^\s+that\b/i.test(rest)) {
    const thatAt = rest.search(/\bthat\b/);
    // (the full stop of "Oct. 31" or "U.S." does not end the recipient)
    if (
      thatAt >= 0 &&
      ((thatAt < REPORTS.recipientThatNear && !/[,;]/.test(rest.slice(0, thatAt))) ||
        (thatAt < REPORTS.recipientThatFar && !/[;.]/.test(rest.slice(0, thatAt).replace(/\b[A-Z][a-z]{0,3}\./g, ''))))
    ) {
      k += thatAt;
      rest = rest.slice(thatAt);
    } else if (verb.recipient === 'required') eat(RECIPIENT);
    else if (verb.recipient === 'then-that') return null; // "assured the public" with no clause
  }
  eat(LEADING_ADVERBIAL);
  // "wrote in a blog post that …", "said at a news conference in May that …"
  const later =
    /^\s*(?:in|on|at|during|after|before|to|with|via|from|through|over|under|about)\b[^,;]{0,70}?\bthat\b/i.exec(rest);
  if (later) {
    k += later[0].length;
    rest = rest.slice(later[0].length);
  }
  const that = expressed || !!later || eat(/^\s*,?\s*that\b/i) || /\bthat\s*$/i.test(text.slice(ve - 8, k));
  eat(/^\s*[,:]?\s*/);
  if (!ENOUGH_WORDS.test(rest)) return null;
  // a clause opens with its subject; "said in a chat with …", "said during the segment",
  // "said, referring to …" are circumstances of the saying, not what was said
  if (
    !that &&
    /^(in|on|at|for|with|by|from|of|via|during|before|after|about|while|since|through|over|under|into|onto|upon|outside|inside|near|among|amid|despite|following|ahead|later|earlier|shortly|soon|right|just|then|afterward|afterwards|again|too|also|as well)\b/i.test(
      rest.trim(),
    )
  )
    return null;
  // "speaking of …", "referring to …" describe the saying; "meeting with him was …" is a clause
  if (
    !that &&
    /^[a-z]+ing\b/.test(rest.trim()) &&
    !verb.gerund &&
    !/^[^,;]*\b(is|was|are|were|has|had|have|will|would|can|could|should|may|might|must)\b/.test(rest)
  )
    return null;
  if (verb.reports === 'that' && !that && !(BARE_CLAUSE_VERBS.has(base) && BARE_CLAUSE.test(rest))) return null;
  if (/^to\b/i.test(rest.trim()) && !verb.infinitive) return null; // "to" after a verb that takes no infinitive
  if (/^\.\s*$/.test(rest)) return null;
  if (verb.numberObject && !that && countedObject(rest.trim())) return null;
  return k;
}

/** A count: a number, an indefinite or number word, or a possessive before an ordinal ("his seventh"). */
const COUNT =
  /^(?:\d|(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten)\b|(?:his|her|their|its)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b)/i;

/**
 * What "added" counts up rather than says: a number ("added 25 points"), or a count with no finite
 * verb of its own before a comma or a subordinate clause, as in the box scores of a sports round-up
 * ("Brad Marchand added three assists to lead Boston.", "Connor Clifton added a goal as the Bruins
 * beat the Devils …", "Anthony Beauvillier added his seventh for the Islanders, and …"). A reported
 * clause has its verb ("added a decision was expected next week").
 */
function countedObject(rest: string): boolean {
  if (/^\d/.test(rest)) return true;
  const main = mainPart(rest);
  return COUNT.test(rest) && !FINITE.test(main) && !IRREGULAR_PAST.test(main);
}

/** Past forms that FINITE's "-ed" misses, so that "added three inspectors found no damage" stays a report. */
const IRREGULAR_PAST =
  /\b(?:gave|made|took|went|came|got|left|met|spent|sent|told|said|thought|felt|kept|held|began|became|saw|wrote|spoke|found|knew|paid|lost|won|ran|rose|fell|led|brought|bought|built|heard|meant|stood|understood)\b/;
