import * as chrono from 'chrono-node';
import { pad } from '../metadata/dates';

// When a statement was made, from the words around its attribution ("on Friday", "Dec. 9",
// "last month"), resolved against the publication date. News reports what was said, so a weekday
// or a month-day that chrono places after the publication date is moved back a week or a year.

export interface StatementDate {
  date: string;
  text: string;
}

const DATE_WORDS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last (week|month|year|night)|this (morning|afternoon|evening|week|month)|earlier this (week|month|year)|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(in|last|early|late|since|mid-?|a|an|this)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b|(january|february|march|april|june|july|august|september|october|november|december)\s+(19|20)\d{2}\b|\d{4}-\d{2}-\d{2})/i;

export function referenceDate(publishedDay: string | null, now: Date): Date {
  if (publishedDay && /^\d{4}-\d{2}-\d{2}$/.test(publishedDay)) {
    const [y, m, d] = publishedDay.split('-').map(Number);
    return new Date(y, m - 1, d, 12); // local noon: chrono reads local components
  }
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
}

export function statementDate(window: string, ref: Date): StatementDate | null {
  if (!DATE_WORDS.test(window)) return null;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(window, ref, { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    // "may" the verb, "now", bare numbers; the words before count ("in May", "a May letter")
    if (!DATE_WORDS.test(window.slice(Math.max(0, r.index - 8), r.index + r.text.length))) continue;
    if (r.end && r.end.date().getTime() - r.start.date().getTime() > 40 * 86400000) continue; // a range
    const c = r.start;
    let y = c.get('year')!, m = c.get('month')!, d = c.get('day')!;
    const monthOnly = (/\b(last|this|earlier this) month\b|\b(in|early|late|since|mid-?)\s+[a-z]+$/i.test(r.text) && !/\d/.test(r.text)) ||
      (!c.isCertain('day') && !c.isCertain('weekday') && /^(?:[a-z]+\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(\s+(19|20)\d{2})?$/i.test(r.text.trim()));
    if (monthOnly) {
      if (!c.isCertain('year') && new Date(y, m - 1, 1) > ref) y -= 1;
      return { date: `${y}-${pad(m)}`, text: r.text };
    }
    if (/\b(last|this|earlier this) (week|year)\b/i.test(r.text)) continue; // no single day
    let when = new Date(y, m - 1, d, 12);
    if (when.getTime() > ref.getTime() + 3600000) {
      if (!c.isCertain('day') || (!c.isCertain('month') && c.isCertain('weekday'))) when = new Date(when.getTime() - 7 * 86400000);
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
