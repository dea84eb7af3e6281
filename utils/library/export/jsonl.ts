import { LibraryError } from '../errors';
import { RECORD_SCHEMA, upgradeRecord } from '../migrations';
import { parseRecord } from '../record';
import type { SavedQuote } from '../types';
import { exportOrder, quoteLink } from './fields';

// JSON Lines: one saved quote per line, with the CLI's quote fields under the CLI's names (text,
// kind, speaker, date, dateSource, dateText, anchor) and the library's own beside them. Every line
// says what it is (`format`, `schema`), so an import knows a file of ours, and which upgrades an
// older one needs. `link` is derived (the canonical address at the words) and ignored on import.

export const JSONL_FORMAT = 'verbatim-library';
/** A file larger than this is not one of ours; reading it whole would only stall the panel. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export function toJsonl(records: readonly SavedQuote[]): string {
  return exportOrder(records)
    .map((r) =>
      JSON.stringify({
        format: JSONL_FORMAT,
        schema: RECORD_SCHEMA,
        id: r.id,
        text: r.text,
        kind: r.kind,
        clause: r.clause,
        speaker: r.speaker,
        date: r.date,
        dateSource: r.dateSource,
        dateText: r.dateText,
        anchor: r.anchor,
        page: r.page,
        articleKey: r.articleKey,
        fragment: r.fragment,
        link: quoteLink(r),
        note: r.note,
        tags: r.tags,
        savedAt: r.savedAt,
        updatedAt: r.updatedAt,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

const NOT_OURS =
  'This file is not a Verbatim library export: import takes the JSON Lines file that “Export → JSON Lines” writes.';

/** Every record of a JSON Lines export, checked and brought to the current schema; throws a reader's message. */
export function parseJsonl(text: string): SavedQuote[] {
  if (text.length > MAX_IMPORT_BYTES) throw new LibraryError(`${NOT_OURS} (It is larger than any library.)`, 'invalid');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const records: SavedQuote[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `Line ${i + 1} of the file`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new LibraryError(records.length ? `${where} is not JSON. Nothing was imported.` : NOT_OURS, 'invalid');
    }
    const o = value as Record<string, unknown> | null;
    if (!o || typeof o !== 'object' || o.format !== JSONL_FORMAT)
      throw new LibraryError(
        records.length ? `${where} is not a Verbatim quote. Nothing was imported.` : NOT_OURS,
        'invalid',
      );
    const schema = o.schema;
    if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1)
      throw new LibraryError(`${where} has no schema version. Nothing was imported.`, 'invalid');
    if (schema > RECORD_SCHEMA)
      throw new LibraryError(
        'This file was exported by a newer version of Verbatim. Update the extension to import it; nothing was imported.',
        'newer',
      );
    const { format: _f, schema: _s, link: _l, ...fields } = upgradeRecord(o, schema, RECORD_SCHEMA);
    let record: SavedQuote;
    try {
      record = parseRecord(fields, where);
    } catch (e) {
      throw new LibraryError(`${(e as Error).message} Nothing was imported.`, 'invalid');
    }
    if (seen.has(record.id)) throw new LibraryError(`${where} repeats a quote. Nothing was imported.`, 'invalid');
    seen.add(record.id);
    records.push(record);
  });
  if (!records.length) throw new LibraryError(`The file is empty. ${NOT_OURS}`, 'invalid');
  return records;
}
