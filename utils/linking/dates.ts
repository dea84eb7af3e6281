import { LINK_DEFAULTS } from './tunables';

// Whether two statement dates can be the same statement's. Dates come as "YYYY-MM-DD" or "YYYY-MM"
// (a month only). A date the analysis took from the publication date only says "on or before",
// and outlets publish a day or two apart, so dates agree within a window rather than exactly;
// a missing date is no evidence either way.

/** Day number (days since 1970-01-01) of the first and last day a date can mean. */
export function dayRange(date: string): [number, number] | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const y = +m[1],
    mo = +m[2] - 1;
  if (m[3]) {
    const d = Date.UTC(y, mo, +m[3]) / 86400000;
    return [d, d];
  }
  return [Date.UTC(y, mo, 1) / 86400000, Date.UTC(y, mo + 1, 0) / 86400000];
}

/** Days between two dates (0 when a month holds the day), or null when either is unknown. */
export function dayGap(a: string | null, b: string | null): number | null {
  const x = a ? dayRange(a) : null;
  const y = b ? dayRange(b) : null;
  if (!x || !y) return null;
  if (x[1] < y[0]) return y[0] - x[1];
  if (y[1] < x[0]) return x[0] - y[1];
  return 0;
}

export function datesAgree(a: string | null, b: string | null, windowDays = LINK_DEFAULTS.dateWindowDays): boolean {
  const gap = dayGap(a, b);
  return gap === null || gap <= windowDays;
}

/** Sort key for "who was first": the statement date, else the publication date; unknown last. */
export function dateOrder(date: string | null, published: string | null): number {
  const d = date ?? published;
  const r = d ? dayRange(d) : null;
  return r ? r[0] : Number.POSITIVE_INFINITY;
}
