import type { QuoteDate } from './types';

// A quote's date as it is written out: the CLI's JSON Lines, the library's records and its exports
// keep it as three flat fields, because that is the published format (corpus/QUOTES.md names
// `date` a day string, and the scorer reads it so) and the saved records' schema. The analysis
// itself holds one `QuoteDate`; these two functions are the only crossing between the shapes.

/** A quote's date written flat: the day, where it came from, the words it came from. */
export interface FlatDate {
  date: string | null;
  dateSource: 'text' | 'published' | null;
  dateText: string | null;
}

export function flatDate(d: QuoteDate | null): FlatDate {
  return { date: d?.iso ?? null, dateSource: d?.source ?? null, dateText: d?.words ?? null };
}

/** The date a flat record holds; a day without a source (an older or hand-made record) is taken as
 * the text's, since a publication day was always written with its source. */
export function fromFlatDate(f: Partial<FlatDate>): QuoteDate | null {
  return f.date ? { iso: f.date, source: f.dateSource ?? 'text', words: f.dateText ?? null } : null;
}
