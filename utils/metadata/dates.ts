import * as chrono from 'chrono-node';
import { ENGLISH_MONTHS, monthForms } from './month-names';

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
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('month') || !parsed.start.isCertain('day'))
    return null;
  const y = parsed.start.get('year')!,
    mo = parsed.start.get('month')!,
    d = parsed.start.get('day')!;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  // "19 Nov 2019 07:09 GMT", "01:38:07 PM IST Nov 20, 2019": keep the clock and its zone, so the
  // day stays the page's own and later rules can tell a morning story from an evening one
  const off = parsed.start.get('timezoneOffset');
  if (!parsed.start.isCertain('hour') || off == null || !parsed.start.isCertain('timezoneOffset')) return day;
  const zone =
    off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  return `${day}T${pad(parsed.start.get('hour')!)}:${pad(parsed.start.get('minute') ?? 0)}:${pad(parsed.start.get('second') ?? 0)}${zone}`;
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
  const named = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d{1,2})\//i.exec(path);
  const m =
    named ??
    /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(path);
  if (!m) return null;
  const month = named ? MONTHS.indexOf(named[2].toLowerCase()) + 1 : +m[2];
  const [y, mo, d] = [+m[1], month, +m[3]];
  return validYmd(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date as the page shows it to readers ("Nov 18, 2019 at 9:24 pm"): the local calendar day. */
export interface ShownDate {
  day: string;
  /** HH:MM when the text gives a time. */
  time: string | null;
}

/** Reads a visible date line; null unless it names a year, a month and a day. */
export function parseShownDate(text: string): ShownDate | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 120 || !/\b(19|20)\d{2}\b/.test(t)) return null;
  // a date line in another language is read only when the text as written names no day, so no
  // date English already reads can change ("Mai" and "Juni" are names too)
  const dated = dayFirst(t);
  const read = readShown(dated);
  if (read) return read;
  // a line with no month name of another language in it reads the same again: chrono is not
  // asked twice
  const english = toEnglish(dated);
  return english === dated ? null : readShown(english);
}

/**
 * "02.11.2021" in ISO order: a date written with dots puts the day first wherever it is written
 * so (Germany, Switzerland, Austria, Eastern Europe); chrono's English parser reads it month first,
 * as a US date with slashes. On trafilatura-dev 21 of the 52 dotted date lines it was asked about
 * could be read both ways and were dated by the month-first reading.
 */
function dayFirst(t: string): string {
  return t.replace(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g, (all: string, d: string, m: string, y: string) =>
    validYmd(+y, +m, +d) ? `${y}-${pad(+m)}-${pad(+d)}` : all,
  );
}

function readShown(t: string): ShownDate | null {
  let rs: chrono.ParsedResult[];
  try {
    rs = chrono.parse(t, undefined, { forwardDate: false });
  } catch {
    return null;
  }
  // "Fri 6:45 PM, Feb 16, 2018": chrono reads the weekday and clock as a date of their own, first,
  // and the day they belong to second
  const i = rs.findIndex((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  if (i < 0) return null;
  const r = rs[i];
  const y = r.start.get('year')!,
    mo = r.start.get('month')!,
    d = r.start.get('day')!;
  if (!validYmd(y, mo, d)) return null;
  const clock = r.start.isCertain('hour') ? r : adjacentClock(t, rs, i);
  const time = clock ? `${pad(clock.start.get('hour')!)}:${pad(clock.start.get('minute') ?? 0)}` : null;
  return { day: `${y}-${pad(mo)}-${pad(d)}`, time };
}

/** A clock with no day of its own standing right next to the date ("Fri 6:45 PM, Feb 16, 2018"). */
function adjacentClock(t: string, rs: chrono.ParsedResult[], i: number): chrono.ParsedResult | null {
  const lone = (r: chrono.ParsedResult | undefined) =>
    r && r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('month') ? r : null;
  const between = (a: chrono.ParsedResult, b: chrono.ParsedResult) => t.slice(a.index + a.text.length, b.index);
  const before = lone(rs[i - 1]);
  if (before && CLOCK_GAP.test(between(before, rs[i]))) return before;
  const after = lone(rs[i + 1]);
  if (after && CLOCK_GAP.test(between(rs[i], after))) return after;
  return null;
}

/**
 * What may stand between a date and its clock: punctuation, or the word for "at" of a language
 * whose dates are read ("7 décembre 2019 à 13:45", "12 de março de 2021 às 10:30", "28 września
 * 2020 o 18:00", "12. November 2015 / 13:48").
 */
const CLOCK_GAP = /^[\s,|·•–—/-]*(?:(?:at|um|à|às|a las|alle|ore|om|o|godz\.?|в|pukul)\s*)?$/i;

/**
 * The words that mark a date as the day a page was changed, not published ("Updated Nov 13,
 * 2019", "mis à jour le 7 janvier 2020"), in the languages whose dates are read.
 */
export const CHANGED_WORDS =
  /updat|modif|edited|aktualisiert|geändert|mise? à jour|actualiza|atualiza|aggiorna|bijgewerkt|zaktualizowa|aktualizacja|обновл|diperbarui/i;

/** A month's form of the table as a word: captured, perhaps with an abbreviation's dot, not run on into letters. */
function monthWord(forms: Map<string, number>): string {
  return `(${[...forms.keys()].join('|')})\\.?(?![\\p{L}])`;
}

// German date lines, and WordPress's English patterns filled with German month names:
// "4. November 2023", "Dienstag, 2. November 2021", "22. Dezember 2019 um 11:16 Uhr",
// "Dezember 26, 2019", "31 Okt, 2023", and the English month after a German day ("01. December 2017").
// chrono's English parser reads none of them to the day. (chrono.de reads the first three kinds
// only, and takes words like "heute" in "1968 bis heute" for dates.) German month names are
// translated wherever they stand, as before the other languages were read.
const GERMAN_FORMS = monthForms(['de']);
const GERMAN_MONTH = new RegExp(`(?<![\\p{L}])${monthWord(GERMAN_FORMS)}`, 'giu');
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const DOTTED_DAY = new RegExp(`\\b(\\d{1,2})\\.\\s*(?=${MONTH_NAME}\\b)`, 'gi');

/** The German forms of a date line in English words chrono reads: the clock after "um", no "Uhr". */
function germanToEnglish(t: string): string {
  return t
    .replace(GERMAN_MONTH, (w: string, m: string) => englishMonth(GERMAN_FORMS, m) ?? w)
    .replace(DOTTED_DAY, '$1 ')
    .replace(/\b(?:um|am)\s+(?=\d{1,2}[:.]\d{2})/gi, 'at ')
    .replace(/(\d{1,2}[:.]\d{2})\s*Uhr\b/gi, '$1');
}

// The other languages' month names are translated only inside a date, between a day number and a
// 4-digit year, as many are words too (French "mars", Portuguese "set" and "out", Spanish "mayo"):
// "7 décembre 2019", "1er janvier 2020", "04 de mayo de 2022", "12 de março de 2021", "28 Września
// 2020", "7 kwietnia 2021 r.", "7 декабря 2019 г.", and WordPress's "mayo 4, 2022".
const FORMS = monthForms();
const MONTH_WORD = monthWord(FORMS);
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|er)?\\s*(?:de\\s+)?${MONTH_WORD}\\s*(?:de\\s+|del\\s+|,\\s*)?${YEAR}(?:\\s*(?:r\\.|roku|г\\.|года)(?![\\p{L}]))?`,
  'giu',
);
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2}),?\\s+${YEAR}`, 'giu');

function englishMonth(forms: Map<string, number>, word: string): string | undefined {
  const month = forms.get(word.toLowerCase());
  return month === undefined ? undefined : ENGLISH_MONTHS[month];
}

/** A date line of any language read in English words chrono reads ("13h45" as "13:45"). */
export function toEnglish(t: string): string {
  return germanToEnglish(t)
    .replace(DAY_MONTH_YEAR, (w: string, d: string, m: string, y: string) => {
      const month = englishMonth(FORMS, m);
      return month ? `${d} ${month} ${y}` : w;
    })
    .replace(MONTH_DAY_YEAR, (w: string, m: string, d: string, y: string) => {
      const month = englishMonth(FORMS, m);
      return month ? `${month} ${d}, ${y}` : w;
    })
    .replace(/\b(\d{1,2})h(\d{2})\b/g, '$1:$2');
}

const DAY_MS = 86400000;
const dayNumber = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;

/**
 * The publication timestamp, moved to the day the article's readers saw when the machine-readable
 * stamp is in UTC (or has no zone) and so may have crossed midnight: an evening article in New York
 * is stamped the next day in UTC. The local day comes from the date the page shows or from its URL,
 * and is used only when it is one day off in the direction the clock allows (before noon UTC the
 * local day can be the day before; after noon, the day after). A stamp with a real offset is the
 * page's own local time and is kept. `shownDate` searches the page for the date it shows, so it is
 * called only when the answer depends on it.
 */
export function localPublished(
  stamp: string | null,
  shownDate: () => ShownDate | null,
  urlDay: string | null,
): string | null {
  if (!stamp) return urlDay ?? shownDate()?.day ?? null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?$/.exec(stamp);
  if (!m) return stamp;
  const [, day, hh, mm, zone] = m;
  if (zone && zone !== 'Z' && zone !== '+00:00') return stamp;
  const hour = +hh;
  const fits = (local: string | null | undefined) => {
    if (!local) return false;
    const diff = dayNumber(local) - dayNumber(day);
    return (diff === -1 && hour < 12) || (diff === 1 && hour >= 12);
  };
  const shown = shownDate();
  if (shown && fits(shown.day)) {
    if (!shown.time) return shown.day;
    // the offset the two clocks imply, to the quarter hour
    const utc = dayNumber(day) * 1440 + hour * 60 + +mm;
    const local = dayNumber(shown.day) * 1440 + +shown.time.slice(0, 2) * 60 + +shown.time.slice(3, 5);
    const off = Math.round((local - utc) / 15) * 15;
    if (Math.abs(off) > 14 * 60) return shown.day;
    const sign = off < 0 ? '-' : '+';
    return `${shown.day}T${shown.time}:00${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  }
  if (fits(urlDay)) return urlDay;
  return stamp;
}
