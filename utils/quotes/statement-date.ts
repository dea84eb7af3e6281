import * as chrono from 'chrono-node';
import { pad } from '../metadata/dates';

// When a statement was made, from the words around its attribution ("on Friday", "Dec. 9",
// "last month"), resolved against the publication date. News reports what was said, so a weekday
// or a month-day that chrono places after the publication date is moved back a week or a year.

export interface StatementDate {
  date: string;
  text: string;
}

const DATE_WORDS =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last (week|month|year|night)|this (morning|afternoon|evening|week|month)|earlier this (week|month|year)|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(in|last|early|late|since|mid-?|a|an|this)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b|(january|february|march|april|june|july|august|september|october|november|december)\s+(19|20)\d{2}\b|\d{4}-\d{2}-\d{2})/i;

/** The day of a later update, when it is one or two days after the publication day. */
export function updatedDay(publishedDay: string | null, modified: string | null): string | null {
  const m = modified && /^\d{4}-\d{2}-\d{2}/.test(modified) ? modified.slice(0, 10) : null;
  if (!publishedDay || !m) return null;
  const days = (Date.parse(m) - Date.parse(publishedDay)) / 86400000;
  return days >= 1 && days <= 2 ? m : null;
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
export function statementDate(window: string, ref: Date, updated: string | null = null): StatementDate | null {
  if (!DATE_WORDS.test(window)) return null;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(window, ref, { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of [...results].reverse()) {
    // "may" the verb, "now", bare numbers; the words before count ("in May", "a May letter")
    if (!DATE_WORDS.test(window.slice(Math.max(0, r.index - 8), r.index + r.text.length))) continue;
    if (r.end && r.end.date().getTime() - r.start.date().getTime() > 40 * 86400000) continue; // a range
    const c = r.start;
    let y = c.get('year')!,
      m = c.get('month')!,
      d = c.get('day')!;
    const said = r.text.trim().replace(/[,;:]+$/, ''); // "in May, Zippy Duvall …"
    const monthOnly =
      (/\b(last|this|earlier this) month\b|\b(in|early|late|since|mid-?)\s+[a-z]+$/i.test(said) && !/\d/.test(said)) ||
      (!c.isCertain('day') &&
        !c.isCertain('weekday') &&
        /^(?:[a-z]+\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(\s+(19|20)\d{2})?$/i.test(
          said,
        ));
    if (monthOnly) {
      if (!c.isCertain('year') && new Date(y, m - 1, 1) > ref) y -= 1;
      return { date: `${y}-${pad(m)}`, text: r.text };
    }
    if (/\b(last|this|earlier this) (week|year)\b/i.test(r.text)) continue; // no single day
    let when = new Date(y, m - 1, d, 12);
    if (when.getTime() > ref.getTime() + 3600000) {
      const laterUpdate =
        updated &&
        c.isCertain('weekday') &&
        !c.isCertain('day') &&
        `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}` <= updated;
      if (laterUpdate) {
        /* said after publication, before the update */
      } else if (!c.isCertain('day') || (!c.isCertain('month') && c.isCertain('weekday')))
        when = new Date(when.getTime() - 7 * 86400000);
      else if (!c.isCertain('year')) when = new Date(y - 1, m - 1, d, 12);
      else continue; // an explicit future date is a plan, not when it was said
    }
    y = when.getFullYear();
    m = when.getMonth() + 1;
    d = when.getDate();
    return { date: `${y}-${pad(m)}-${pad(d)}`, text: r.text };
  }
  return null;
}
