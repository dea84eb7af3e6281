import { useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, EXPORT_LABELS, type ExportFormat } from '../../utils/library/export/formats';
import type { SavedQuote } from '../../utils/library/types';

// Export (everything, the current search, or one article) in any format, and import of a JSON Lines
// export. A panel in the page rather than a modal: it stays out of the way of the list it exports.

export type ExportScope = { kind: 'all' } | { kind: 'search' } | { kind: 'article'; key: string; title: string };

interface Props {
  all: SavedQuote[];
  /** What the search and filters show, when they narrow the library. */
  matching: SavedQuote[] | null;
  scope: ExportScope;
  onScope(scope: ExportScope): void;
  onExport(format: ExportFormat, records: SavedQuote[], scopeName: string): Promise<void>;
  onImport(file: File): Promise<void>;
  onClose(): void;
}

const quotes = (n: number) => `${n.toLocaleString('en')} quote${n === 1 ? '' : 's'}`;

export function ExportPanel({ all, matching, scope, onScope, onExport, onImport, onClose }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const article = scope.kind === 'article' ? all.filter((r) => r.articleKey === scope.key) : [];
  const chosen = scope.kind === 'article' ? article : scope.kind === 'search' && matching ? matching : all;
  const name = scope.kind === 'article' ? scope.title : scope.kind === 'search' ? 'search' : 'library';

  const run = async (what: string, job: () => Promise<void>) => {
    setBusy(what);
    try {
      await job();
    } finally {
      setBusy(null);
    }
  };

  const option = (s: ExportScope, label: string) => (
    <label class="scope">
      <input type="radio" name="export-scope" checked={scope.kind === s.kind} onChange={() => onScope(s)} />
      <span>{label}</span>
    </label>
  );

  return (
    <section class="export" aria-labelledby="export-title">
      <div class="export__head">
        <h2 id="export-title" class="export__title">
          Export
        </h2>
        <button type="button" class="toast__close export__close" aria-label="Close export and import" onClick={onClose}>
          ×
        </button>
      </div>
      <fieldset class="export__scopes">
        <legend class="sr-only">Which quotes</legend>
        {option({ kind: 'all' }, `All ${quotes(all.length)}`)}
        {matching ? option({ kind: 'search' }, `The ${quotes(matching.length)} your search shows`) : null}
        {scope.kind === 'article' ? option(scope, `This article (${quotes(article.length)}): ${scope.title}`) : null}
      </fieldset>
      <ul class="export__formats">
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <button
              type="button"
              class="button button--small"
              disabled={!!busy || !chosen.length}
              aria-describedby={`export-hint-${f}`}
              onClick={() => run(f, () => onExport(f, chosen, name))}
            >
              {busy === f ? 'Exporting…' : EXPORT_LABELS[f].label}
            </button>
            <span class="export__hint" id={`export-hint-${f}`}>
              {EXPORT_LABELS[f].hint}
            </span>
          </li>
        ))}
      </ul>
      <h2 class="export__title">Import</h2>
      <p class="export__text">
        Restore quotes from a JSON Lines export (from this browser or another). Quotes you have already are kept; a
        newer copy of one replaces an older.
      </p>
      <input
        ref={file}
        type="file"
        class="sr-only"
        id="import-file"
        accept=".jsonl,.ndjson,.json,.txt,application/jsonl,application/x-ndjson"
        onChange={(e) => {
          const f = (e.currentTarget as HTMLInputElement).files?.[0];
          (e.currentTarget as HTMLInputElement).value = '';
          if (f) void run('import', () => onImport(f));
        }}
      />
      <button type="button" class="button button--small" disabled={!!busy} onClick={() => file.current?.click()}>
        {busy === 'import' ? 'Importing…' : 'Import a JSON Lines file…'}
      </button>
    </section>
  );
}
