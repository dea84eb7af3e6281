import type { SavedQuote } from '../types';
import { toCsv } from './csv';
import { toJsonl } from './jsonl';
import { toMarkdownNotes } from './markdown';

// Every export format, as a file to download. The bibliographic formats load citation-js, and
// several Markdown notes load the zip writer, only when asked for: the side panel opens without them.

export { EXPORT_FORMATS, EXPORT_LABELS, type ExportFormat } from './formats';
import type { ExportFormat } from './formats';

export interface ExportFile {
  name: string;
  type: string;
  data: string | Uint8Array;
}

/** A file name's stem from a title or a scope: letters, digits and dashes, at most 60 characters. */
export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'quotes'
  );
}

export async function exportFile(
  format: ExportFormat,
  records: readonly SavedQuote[],
  opts: { now: Date; scope: string },
): Promise<ExportFile> {
  const stem = `verbatim-${slug(opts.scope)}-${opts.now.toISOString().slice(0, 10)}`;
  switch (format) {
    case 'csv':
      return { name: `${stem}.csv`, type: 'text/csv;charset=utf-8', data: toCsv(records) };
    case 'jsonl':
      return { name: `${stem}.jsonl`, type: 'application/jsonl;charset=utf-8', data: toJsonl(records) };
    case 'markdown': {
      const notes = toMarkdownNotes(records);
      if (notes.length === 1) return { name: notes[0].name, type: 'text/markdown;charset=utf-8', data: notes[0].text };
      const { zipSync, strToU8 } = await import('fflate');
      const files = Object.fromEntries(notes.map((n) => [n.name, strToU8(n.text)]));
      return { name: `${stem}-markdown.zip`, type: 'application/zip', data: zipSync(files, { level: 6 }) };
    }
    default: {
      const bib = await import('./bibliography');
      if (format === 'bibtex')
        return { name: `${stem}.bib`, type: 'application/x-bibtex;charset=utf-8', data: bib.toBibtex(records) };
      if (format === 'ris')
        return { name: `${stem}.ris`, type: 'application/x-research-info-systems', data: bib.toRis(records) };
      return { name: `${stem}.json`, type: 'application/vnd.citationstyles.csl+json', data: bib.toCslJson(records) };
    }
  }
}
