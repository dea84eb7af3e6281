// The export formats and how the panel names them (apart from the writers, which load on demand).

export const EXPORT_FORMATS = ['markdown', 'csv', 'jsonl', 'bibtex', 'ris', 'csl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, { label: string; hint: string }> = {
  markdown: { label: 'Markdown', hint: 'a note per article, for Obsidian or Notion' },
  csv: { label: 'CSV', hint: 'a row per quote, for a spreadsheet' },
  jsonl: { label: 'JSON Lines', hint: 'everything, to back up or move the library' },
  bibtex: { label: 'BibTeX', hint: 'a reference per article, the quotes in its annotation' },
  ris: { label: 'RIS', hint: 'for Zotero, EndNote, Mendeley' },
  csl: { label: 'CSL-JSON', hint: 'for Zotero, Pandoc, citeproc' },
};
