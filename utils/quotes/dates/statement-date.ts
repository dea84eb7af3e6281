import * as chrono from 'chrono-node';
import { pad } from '../../metadata/dates';
import { MONTH_NAME, MONTH_STEM, PART_OF_DAY, WEEKDAY } from '../time-words';
import { DATES } from '../tuning';
import { SPEECH_VERB_RE } from '../verbs';

// When a statement was made, from the words around its attribution ("on Friday", "Dec. 9",
// "last month"), resolved against the publication date. News reports what was said, so a weekday
// or a month-day that chrono places after the publication date is moved back a week or a year.

/** A date the text gives, and the words it gives it in ("on Friday"). */
export interface TextDate {
  date: string;
  text: string;
}

// ("May 2020" is left to "in May 2020": a bare "may" before a number is more often the verb)
const MONTH_BUT_MAY = MONTH_NAME.replace('|may|', '|');

/** "a year ago", "two days ago": a time counted back from the publication day (not "a few weeks
 * ago", no one time). */
const AGO = String.raw`\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:day|week|month|year)s?\s+ago`;

/** Words that can date a statement; chrono is asked only where one stands. */
const DATE_WORDS = new RegExp(
  `\\b(${WEEKDAY}|yesterday|today|tonight|last (week|month|year|night)|this (morning|afternoon|evening|week|month)|earlier this (week|month|year)|(${MONTH_STEM})[a-z]*\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+(${MONTH_STEM})[a-z]*|(in|last|early|late|since|mid-?|a|an|this)\\s+(${MONTH_NAME})\\b|(${MONTH_BUT_MAY})\\s+(19|20)\\d{2}\\b|\\d{4}-\\d{2}-\\d{2}|${AGO})`,
  'i',
);

/** "in May", "last month", "October 2018": a month, no day. */
const MONTH_ONLY = new RegExp(`^(?:[a-z]+\\s+)?(${MONTH_NAME}|${MONTH_STEM})\\.?(\\s+(19|20)\\d{2})?$`, 'i');

const DAY_MS = 86400000;

/** "In addition to the three fatalities at a fuel plant on Tuesday, the office said …", "When the
 * officers discovered Epstein's body Aug. 10, prosecutors alleged …": a sentence's opening phrase
 * that tells of another event; its time is that event's, not when the statement was made. ("When
 * asked on Monday, …", "When he spoke to reporters Friday, …" tell of the saying itself, so a
 * phrase with a word of saying in it keeps its time.) */
const OTHER_EVENT_OPENING = /^\s*(?:in addition to|besides|apart from|aside from|when)\b[^,;:"“”]*,/i;
const SAYING_WORD = new RegExp(
  `${SPEECH_VERB_RE.source}|\\b(?:asked|questioned|interview(?:ed)?|reached|contacted|pressed|spoke|speaking|talked|talking|appeared|appearing)\\b`,
  'i',
);

/** Where the words that may date the statement begin: past an opening phrase about another event. */
function statementStart(window: string): number {
  const opening = OTHER_EVENT_OPENING.exec(window);
  return opening && !SAYING_WORD.test(opening[0]) ? opening[0].length : 0;
}

/** The day of a later update, when it is one or two days after the publication day. */
export function updatedDay(publishedDay: string | null, modified: string | null): string | null {
  const m = modified && /^\d{4}-\d{2}-\d{2}/.test(modified) ? modified.slice(0, 10) : null;
  if (!publishedDay || !m) return null;
  const days = (Date.parse(m) - Date.parse(publishedDay)) / DAY_MS;
  return days >= DATES.updateDays.min && days <= DATES.updateDays.max ? m : null;
}

export function referenceDate(publishedDay: string | null, now: Date): Date {
  if (publishedDay && /^\d{4}-\d{2}-\d{2}$/.test(publishedDay)) {
    const [y, m, d] = publishedDay.split('-').map(Number);
    return new Date(y, m - 1, d, 12); // local noon: chrono reads local components
  }
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
}

/**
 * `updated`: the day the article was last updated, when that is a day or two after publication.
 * A story stamped late on Monday and updated on Tuesday that says "Tuesday" means the day after,
 * not a week before.
 */
export function statementDate(window: string, ref: Date, updated: string | null = null): TextDate | null {
  const weekday = loneWeekday(window, ref, updated);
  if (weekday) return weekday;
  if (!DATE_WORDS.test(window)) return null;
  // chrono is a pure function of the words and the two days; an article asks it of the same
  // words more than once (a quotation and the report beside it share their attribution)
  const key = `${ref.getTime()} ${updated} ${window}`;
  let found = readDates.get(key);
  if (found === undefined) {
    if (readDates.size >= READ_DATES_MAX) readDates.clear();
    readDates.set(key, (found = chronoDate(window, ref, updated)));
  }
  return found && { ...found }; // (a copy: callers may add to what they are given)
}

/** The dates read, by their words and days: emptied for each article (see forgetStatementDates),
 * so a benchmark's repeated runs of one page measure what a reader's one run costs, and when it
 * grows past a bound. */
const readDates = new Map<string, TextDate | null>();
const READ_DATES_MAX = 1000;

/** Forgets the dates read: called as an article's quotes are sought. */
export function forgetStatementDates(): void {
  readDates.clear();
}

/** "Tuesday", "Monday night": a weekday alone, maybe with its part of the day, the words a lead's
 * news day and a dated occasion are most often given in. */
const LONE_WEEKDAY = new RegExp(`^(${WEEKDAY})(?: (?:${PART_OF_DAY}))?$`, 'i');
/** The weekdays in the order of Date.getDay(). */
const WEEKDAYS = ['sunday', ...WEEKDAY.split('|').slice(0, 6)];

/**
 * The day of a lone weekday, read as chrono reads it: the weekday closest to the reference day
 * (that day itself, else up to three days before or after it; the part of the day moves no day),
 * the words its text; then moved into the past as chronoDate moves it. chrono runs every one of its
 * parsers and refiners over the words, and a page's lead and occasions ask it of a weekday alone
 * several times (a test holds the two readings alike on every day of a year).
 */
function loneWeekday(window: string, ref: Date, updated: string | null): TextDate | null {
  const m = LONE_WEEKDAY.exec(window);
  if (!m) return null;
  const forward = (WEEKDAYS.indexOf(m[1].toLowerCase()) - ref.getDay() + 7) % 7;
  const closest = forward < 7 - forward ? forward : forward - 7;
  let when = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + closest, 12);
  const future = when.getTime() > ref.getTime() + DATES.futureSlackMs;
  if (future && !(updated && isoDay(when) <= updated)) when = new Date(when.getTime() - 7 * DAY_MS);
  return { date: isoDay(when), text: window };
}

/** The date chrono reads in the words (exported for the test that holds loneWeekday to it). */
export function chronoDate(window: string, ref: Date, updated: string | null): TextDate | null {
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(window, ref, { forwardDate: false });
  } catch {
    return null;
  }
  const start = statementStart(window);
  for (const r of [...results].reverse()) {
    if (r.index < start) continue;
    // "may" the verb, "now", bare numbers; the words before count ("in May", "a May letter")
    const from = Math.max(0, r.index - DATES.dateWordLookback);
    if (!DATE_WORDS.test(window.slice(from, r.index + r.text.length))) continue;
    if (r.end && r.end.date().getTime() - r.start.date().getTime() > DATES.rangeMaxDays * DAY_MS) continue; // a range
    const c = r.start;
    const said = r.text.trim().replace(/[,;:]+$/, ''); // "in May, Zippy Duvall …"
    if (isMonthOnly(c, said)) {
      let y = c.get('year')!;
      const m = c.get('month')!;
      if (!c.isCertain('year') && new Date(y, m - 1, 1) > ref) y -= 1;
      return { date: `${y}-${pad(m)}`, text: r.text };
    }
    if (/\b(last|this|earlier this) (week|year)\b/i.test(r.text)) continue; // no single day
    const when = intoThePast(c, ref, updated);
    if (when) return { date: isoDay(when), text: r.text };
  }
  return null;
}

/** "in May", "last month", "October 2018": a month and no day. */
function isMonthOnly(c: chrono.ParsedComponents, said: string): boolean {
  return (
    /\b(?:month|year)s?\s+ago$/i.test(said) || // "a year ago": its month; the day is the publication day's
    (/\b(last|this|earlier this) month\b|\b(in|early|late|since|mid-?)\s+[a-z]+$/i.test(said) && !/\d/.test(said)) ||
    (!c.isCertain('day') && !c.isCertain('weekday') && MONTH_ONLY.test(said))
  );
}

/**
 * The day of a date chrono read, moved into the past: news reports what was said, so a weekday or
 * a month-day after the publication date is a week or a year earlier (or, for a weekday, the day
 * of a later update); null for an explicit future date, a plan rather than when it was said.
 */
function intoThePast(c: chrono.ParsedComponents, ref: Date, updated: string | null): Date | null {
  const y = c.get('year')!,
    m = c.get('month')!,
    d = c.get('day')!;
  const when = new Date(y, m - 1, d, 12);
  if (when.getTime() <= ref.getTime() + DATES.futureSlackMs) return when;
  const laterUpdate = updated && c.isCertain('weekday') && !c.isCertain('day') && isoDay(when) <= updated;
  if (laterUpdate) return when; // said after publication, before the update
  if (!c.isCertain('day') || (!c.isCertain('month') && c.isCertain('weekday')))
    return new Date(when.getTime() - 7 * DAY_MS);
  if (!c.isCertain('year')) return new Date(y - 1, m - 1, d, 12);
  return null;
}

const isoDay = (when: Date) => `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
