import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cite, CITATION_FORMAT_LABELS, type CitationFormat } from '../../utils/cite';
import { linkTo } from '../../utils/cite/fragment';
import { safeUrl } from '../../utils/cite/shared';
import { fromFlatDate } from '../../utils/quote-date';
import { buildSearchIndex, searchLibrary, type LibraryFilters } from '../../utils/library/search';
import type { SavedQuote } from '../../utils/library/types';
import { groupQuotes, narrowGroups, type GroupBy } from '../../utils/library/view';
import type { PageMetadata } from '../../utils/types';
import type { LibraryApi } from './api';
import type { ExportFormat } from '../../utils/library/export';
import { ExportPanel, type ExportScope } from './ExportPanel';
import { LibraryList } from './LibraryList';
import { RememberPanel } from './RememberPanel';
import { Toolbar } from './Toolbar';
import { useLibrary } from './useLibrary';

/**
 * Where "Open" goes: the page the reader saved the quote from, at the words. A browser that cannot
 * find the words any more (the page has changed) opens the page itself.
 */
export function openHref(q: SavedQuote): string | null {
  const url = safeUrl(q.page.url, q.page.canonical);
  return url ? linkTo(url, q.fragment) : null;
}

/** The page metadata a citation of a saved quote is built from. */
export function metadataOf(q: SavedQuote): PageMetadata {
  return { ...q.page, modified: null, description: null };
}

const filtersActive = (f: LibraryFilters) => !!(f.speaker || f.outlet || f.from || f.to);

export function LibraryApp({ api }: { api: LibraryApi }) {
  const { state, update } = useLibrary(api);
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('article');
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [format, setFormat] = useState<CitationFormat>('plain');
  const [citeLink, setCiteLink] = useState(true);
  const [alert, setAlert] = useState('');
  const [notice, setNotice] = useState('');
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [undo, setUndo] = useState<SavedQuote[] | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [exporting, setExporting] = useState<ExportScope | null>(null);
  const focusAfter = useRef<string | null>(null);
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    api.getFormat().then(setFormat, () => {});
    api.getCiteLink().then(setCiteLink, () => {});
    api.shortcut().then(setShortcut, () => {});
    // "/" finds, as in most reading tools, unless the reader is typing somewhere already
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const { records } = state;
  const ready = state.status === 'ready';
  const index = useMemo(() => buildSearchIndex(records), [records]);
  // The search index is built when the browser is idle, so the first keystroke does not wait for it.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
    idle(
      () => {
        index.haystacks();
        root.current?.setAttribute('data-indexed', ''); // for the benchmark: typing from now on
      },
      { timeout: 1000 },
    );
  }, [index, ready]);
  const results = useMemo(() => searchLibrary(index, query, filters), [index, query, filters]);
  const allGroups = useMemo(() => groupQuotes(records, groupBy), [records, groupBy]);
  const groups = useMemo(
    () => (results.length === records.length ? allGroups : narrowGroups(allGroups, new Set(results.map((r) => r.id)))),
    [results, allGroups],
  );

  // After a delete, the focus goes to the quote that took the deleted one's place.
  useEffect(() => {
    if (!focusAfter.current) return;
    const el = document.querySelector<HTMLElement>(`.card[data-id="${focusAfter.current}"]`);
    focusAfter.current = null;
    (el ?? search.current)?.focus();
  });

  const fail = (e: unknown) => setAlert(e instanceof Error ? e.message : String(e));

  const copy = async (q: SavedQuote) => {
    const citation = cite(format, {
      quote: { ...q, date: fromFlatDate(q) },
      metadata: metadataOf(q),
      accessed: new Date(q.savedAt),
      fragment: citeLink ? q.fragment : null,
    });
    try {
      await api.copy(citation);
      setCopiedId(q.id);
      setNotice(`Citation copied (${CITATION_FORMAT_LABELS[format]}).`);
    } catch (e) {
      fail(e);
    }
  };

  const remove = async (q: SavedQuote) => {
    const shown = groups.flatMap((g) => g.quotes);
    const at = shown.findIndex((r) => r.id === q.id);
    try {
      const removed = await api.remove([q.id]);
      update(
        removed.map((r) => r.id),
        [],
      );
      focusAfter.current = (shown[at + 1] ?? shown[at - 1])?.id ?? null;
      setUndo(removed);
      setAlert('');
      setNotice('Quote deleted. Undo is at the bottom of the panel.');
    } catch (e) {
      fail(e);
    }
  };

  const restore = async () => {
    if (!undo) return;
    try {
      await api.restore(undo);
      update(
        undo.map((r) => r.id),
        undo,
      );
      focusAfter.current = undo[0]?.id ?? null;
      setUndo(null);
      setNotice('Quote restored.');
    } catch (e) {
      fail(e);
    }
  };

  const note = async (q: SavedQuote, text: string, tags: string[]) => {
    try {
      const r = await api.annotate(q.id, { note: text, tags });
      update([r.id], [r]);
      setNotice(text || tags.length ? 'Note saved.' : 'Note removed.');
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const narrowed = !!query.trim() || filtersActive(filters);

  const openExport = (scope: ExportScope) => {
    setExporting(scope);
    setTimeout(() => document.getElementById('export-title')?.scrollIntoView?.({ block: 'nearest' }), 0);
  };

  const doExport = async (format: ExportFormat, chosen: SavedQuote[], scopeName: string) => {
    try {
      // loaded on the first export: the panel opens without it
      const { exportFile, EXPORT_LABELS } = await import('../../utils/library/export');
      api.download(await exportFile(format, chosen, { now: api.now(), scope: scopeName }));
      setNotice(`Exported ${chosen.length} quote${chosen.length === 1 ? '' : 's'} as ${EXPORT_LABELS[format].label}.`);
    } catch (e) {
      fail(e);
    }
  };

  const doImport = async (file: File) => {
    try {
      const { parseJsonl } = await import('../../utils/library/export/jsonl');
      const imported = parseJsonl(await file.text());
      const s = await api.importRecords(imported);
      update(
        imported.map((r) => r.id),
        await api.getMany(imported.map((r) => r.id)),
      );
      setAlert('');
      setNotice(
        `Imported ${file.name}: ${s.added} new quote${s.added === 1 ? '' : 's'}, ${s.updated} updated, ${s.unchanged} already in the library.`,
      );
    } catch (e) {
      fail(e);
    }
  };

  const clear = () => {
    setQuery('');
    setFilters({});
  };

  let body;
  if (state.status === 'loading' || (state.status === 'partial' && !records.length))
    body = <p class="panel-state">Opening your library…</p>;
  else if (state.status === 'error')
    body = (
      <div class="panel-state panel-state--error" role="alert">
        <p class="panel-state__title">The library could not be opened</p>
        <p>{state.message}</p>
      </div>
    );
  else if (!records.length && ready)
    body = <EmptyLibrary shortcut={shortcut} onImport={() => openExport({ kind: 'all' })} />;
  else if (!results.length)
    body = (
      <div class="panel-state">
        <p class="panel-state__title">No saved quote matches</p>
        <button type="button" class="button" onClick={clear}>
          Clear the search and filters
        </button>
      </div>
    );
  else
    body = (
      <LibraryList
        groups={groups}
        copiedId={copiedId}
        hrefOf={openHref}
        onCopy={copy}
        onDelete={remove}
        onNote={note}
        onExportArticle={(key, title) => openExport({ kind: 'article', key, title })}
      />
    );

  return (
    <div class="library" data-status={state.status} ref={root}>
      <header class="library__head">
        <h1 class="library__title">Library</h1>
        {records.length ? (
          <p class="library__count" aria-live="polite">
            {ready ? countLine(records.length, results, narrowed) : 'Reading the rest of your library…'}
          </p>
        ) : null}
        {ready ? (
          <button
            type="button"
            class="button button--small library__export"
            aria-expanded={!!exporting}
            onClick={() => (exporting ? setExporting(null) : openExport({ kind: narrowed ? 'search' : 'all' }))}
          >
            Export / Import
          </button>
        ) : null}
      </header>
      {records.length ? (
        <Toolbar
          records={records}
          query={query}
          onQuery={setQuery}
          groupBy={groupBy}
          onGroupBy={setGroupBy}
          filters={filters}
          onFilters={setFilters}
          searchRef={search}
        />
      ) : null}
      {exporting ? (
        <ExportPanel
          all={records}
          matching={narrowed ? results : null}
          scope={exporting}
          onScope={setExporting}
          onExport={doExport}
          onImport={doImport}
          onClose={() => setExporting(null)}
        />
      ) : null}
      {alert ? (
        <div class="alert" role="alert">
          <p>{alert}</p>
          <button type="button" class="link-button" onClick={() => setAlert('')}>
            Dismiss
          </button>
        </div>
      ) : null}
      <main class="library__body">{body}</main>
      {ready || state.status === 'error' ? <RememberPanel api={api} onError={fail} onNotice={setNotice} /> : null}
      {undo ? (
        <div class="toast" role="group" aria-label="Deleted">
          <span>{undo.length === 1 ? 'Quote deleted.' : `${undo.length} quotes deleted.`}</span>
          <button type="button" class="button button--small" onClick={restore}>
            Undo
          </button>
          <button type="button" class="toast__close" aria-label="Dismiss" onClick={() => setUndo(null)}>
            ×
          </button>
        </div>
      ) : null}
      <p class="sr-only" role="status" aria-live="polite">
        {notice}
      </p>
    </div>
  );
}

function countLine(total: number, results: SavedQuote[], narrowed: unknown): string {
  const articles = new Set(results.map((r) => r.articleKey)).size;
  const quotes = (n: number) => `${n.toLocaleString('en')} quote${n === 1 ? '' : 's'}`;
  const from = `from ${articles.toLocaleString('en')} article${articles === 1 ? '' : 's'}`;
  return narrowed
    ? `${quotes(results.length)} of ${total.toLocaleString('en')} match, ${from}`
    : `${quotes(total)} ${from}`;
}

function EmptyLibrary({ shortcut, onImport }: { shortcut: string | null; onImport(): void }) {
  return (
    <div class="panel-state panel-state--empty">
      <p class="panel-state__title">Your library is empty</p>
      <p>
        Keep a quote with <strong>Save</strong> in Verbatim’s popup, or point at a highlighted quote in an article and
        press <strong>Save to library</strong> on its card.
      </p>
      <p>
        Saved quotes keep their speaker, date and a link to the exact words. They stay in this browser; nothing is sent
        anywhere.
      </p>
      {shortcut ? (
        <p>
          Open this library any time with <kbd>{shortcut}</kbd>.
        </p>
      ) : null}
      <p>
        Moving from another browser?{' '}
        <button type="button" class="link-button" onClick={onImport}>
          Import a JSON Lines export
        </button>
      </p>
    </div>
  );
}
