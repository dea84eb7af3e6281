import * as chrono from 'chrono-node';

// Publication dates are kept as the page states them (with their offset), because converting to
// UTC can move an evening article to the next day; only non-ISO forms are parsed.

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = ISO_LIKE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    if (!validYmd(+y, +mo, +d)) return null;
    if (!h) return `${y}-${mo}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z}`;
  }
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const parsed = chrono.parse(s, undefined, { forwardDate: false })[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('month') || !parsed.start.isCertain('day')) return null;
  const y = parsed.start.get('year')!, mo = parsed.start.get('month')!, d = parsed.start.get('day')!;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar date (YYYY-MM-DD) of an ISO timestamp, in the page's own time zone. */
export function isoDay(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

/** A date in a URL path (/2022/12/18/, /20221218/, 2019-11-18): a last resort for old pages. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep the raw string */
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(path);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  return validYmd(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}
