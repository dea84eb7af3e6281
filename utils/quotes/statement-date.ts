import * as chrono from 'chrono-node';
import { pad } from '../metadata/dates';

// When a statement was made, from the words around its attribution ("on Friday", "Dec. 9",
// "last month"), resolved against the publication date. News reports what was said, so a weekday
// or a month-day that chrono places after the publication date is moved back a week or a year.

/** "in a Nov. 5 letter", "in the statement": a written source a statement was made in. */
export const WRITTEN_SOURCE = /\b(?:in|via|through|with)\s+(a|an|the|its|their|his|her|that|this)\s+(?:[^\s,;]+\s+){0,3}?(letter|statement|report|filing|complaint|email|e-mail|memo|post|tweet|release|op-ed|lawsuit|petition|motion)\b/i;

/** "the March 21 call", "a Nov. 5 letter", "Tuesday's hearing": an occasion the article dates. */
const DATED_OCCASION = /\b(?:(?:a|an|the|his|her|their|its)\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)\s+(?:phone\s+)?(call|letter|statement|interview|hearing|speech|meeting|post|tweet|email|memo|briefing|testimony|rally|debate|news conference|press conference)\b/gi;

/** The occasions a paragraph dates, by kind ("call" → the date of "the March 21 call"). */
export function datedOccasions(paragraph: string, ref: Date, updated: string | null = null): [string, StatementDate][] {
  const out: [string, StatementDate][] = [];
  for (const m of paragraph.matchAll(DATED_OCCASION)) {
    const when = statementDate(m[1] ?? m[2], ref, updated);
    if (when) out.push([m[3].toLowerCase(), when]);
  }
  // "the testimony Tuesday of four officials", "the hearing on Monday"
  for (const m of paragraph.matchAll(OCCASION_THEN_DAY)) {
    const when = statementDate(m[2], ref, updated);
    if (when) out.push([m[1].toLowerCase(), when]);
  }
  return out;
}

const OCCASION_THEN_DAY = /\b(?:the|his|her|their|its)\s+(testimony|hearing|interview|speech|briefing|news conference|press conference)\s+(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b/gi;

/** Testifying, or telling lawmakers or a committee: said at the hearing the article dated. */
export const AT_A_HEARING = /\b(?:testif(?:y|ies|ied|ying)|told (?:lawmakers|legislators|senators|the (?:committee|panel|senate|house|inquiry|hearing)))\b/i;

/** "During the call", "in the letter": a statement made at an occasion named before ("a signatory to
 * the letter told NBC" is not one). */
export const OCCASION_REFERENCE = /\b(?:in|during|on|at|after|from|via|through)\s+(?:the|that|this|its|their|his|her)\s+(?:phone\s+)?(call|letter|statement|interview|hearing|speech|meeting|post|tweet|email|memo|briefing|testimony|rally|debate|news conference|press conference)\b/i;

export interface StatementDate {
  date: string;
  text: string;
}

const DATE_WORDS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last (week|month|year|night)|this (morning|afternoon|evening|week|month)|earlier this (week|month|year)|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(in|last|early|late|since|mid-?|a|an|this)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b|(january|february|march|april|june|july|august|september|october|november|december)\s+(19|20)\d{2}\b|\d{4}-\d{2}-\d{2})/i;

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
    let y = c.get('year')!, m = c.get('month')!, d = c.get('day')!;
    const said = r.text.trim().replace(/[,;:]+$/, ''); // "in May, Zippy Duvall …"
    const monthOnly = (/\b(last|this|earlier this) month\b|\b(in|early|late|since|mid-?)\s+[a-z]+$/i.test(said) && !/\d/.test(said)) ||
      (!c.isCertain('day') && !c.isCertain('weekday') && /^(?:[a-z]+\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(\s+(19|20)\d{2})?$/i.test(said));
    if (monthOnly) {
      if (!c.isCertain('year') && new Date(y, m - 1, 1) > ref) y -= 1;
      return { date: `${y}-${pad(m)}`, text: r.text };
    }
    if (/\b(last|this|earlier this) (week|year)\b/i.test(r.text)) continue; // no single day
    let when = new Date(y, m - 1, d, 12);
    if (when.getTime() > ref.getTime() + 3600000) {
      const laterUpdate = updated && c.isCertain('weekday') && !c.isCertain('day') && `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}` <= updated;
      if (laterUpdate) { /* said after publication, before the update */ }
      else if (!c.isCertain('day') || (!c.isCertain('month') && c.isCertain('weekday'))) when = new Date(when.getTime() - 7 * 86400000);
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
