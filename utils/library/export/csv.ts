import type { SavedQuote } from '../types';
import { articleUrl, exportOrder, quoteLink, speakerLabel } from './fields';

// CSV as RFC 4180 has it: CRLF between records, a header row, fields with a comma, a quote mark or a
// line break wrapped in double quotes, and quote marks inside doubled. A field that a spreadsheet
// would run as a formula (=, +, -, @ at its start, or a tab or carriage return) gets a leading
// apostrophe: page text and notes must stay inert in a spreadsheet too (OWASP's advice).

const COLUMNS: [string, (r: SavedQuote) => string | null][] = [
  ['quote', (r) => r.text],
  ['kind', (r) => r.kind],
  ['clause', (r) => r.clause],
  ['speaker', (r) => speakerLabel(r.speaker)],
  ['role', (r) => r.speaker.role],
  ['date', (r) => r.date],
  ['date_source', (r) => r.dateSource],
  ['title', (r) => r.page.title],
  ['outlet', (r) => r.page.site],
  ['author', (r) => r.page.author],
  ['published', (r) => r.page.published],
  ['url', (r) => articleUrl(r)],
  ['link', (r) => quoteLink(r)],
  ['note', (r) => r.note],
  ['tags', (r) => r.tags.join('; ')],
  ['saved_at', (r) => r.savedAt],
  ['id', (r) => r.id],
];

export const CSV_COLUMNS = COLUMNS.map(([name]) => name);

export function csvField(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(records: readonly SavedQuote[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of exportOrder(records)) rows.push(COLUMNS.map(([, get]) => csvField(get(r))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
