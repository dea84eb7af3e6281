import { useEffect, useState } from 'preact/hooks';
import type { SavedQuote } from '../../utils/library/types';
import type { LibraryApi } from './api';

export type LibraryState =
  | { status: 'loading'; records: SavedQuote[] }
  /** The most recently saved quotes, shown while the rest is read. */
  | { status: 'partial'; records: SavedQuote[] }
  | { status: 'ready'; records: SavedQuote[] }
  | { status: 'error'; records: SavedQuote[]; message: string };

/** Replaces, adds or (where `fresh` has no record) drops the records with these ids. */
export function merge(records: SavedQuote[], ids: string[], fresh: (SavedQuote | undefined)[]): SavedQuote[] {
  const changed = new Set(ids);
  const kept = records.filter((r) => !changed.has(r.id));
  return kept.concat(fresh.filter((r): r is SavedQuote => !!r));
}

/** How many of the newest quotes are read first, so the panel has something to show at once. */
export const FIRST_READ = 60;

/**
 * The library's records, kept current: the newest first (a cursor over a few records answers in a
 * few milliseconds where reading 10,000 takes a few hundred), then all of them; then every change
 * made anywhere (this panel, a page's Save, another window) brings in the records it names.
 */
export function useLibrary(api: LibraryApi) {
  const [state, setState] = useState<LibraryState>({ status: 'loading', records: [] });
  const update = (ids: string[], fresh: (SavedQuote | undefined)[]) =>
    setState((s) => ({ ...s, records: merge(s.records, ids, fresh) }));

  useEffect(() => {
    let live = true;
    const stop = api.onChange((ids) => {
      api.getMany(ids).then(
        (fresh) => live && update(ids, fresh),
        () => {},
      );
    });
    const readAll = () =>
      api.all().then(
        (records) => live && setState({ status: 'ready', records }),
        (e: Error) => live && setState({ status: 'error', records: [], message: e.message }),
      );
    // One after the other: reading everything at once would hold the first few back behind it.
    api.recent(FIRST_READ).then(
      (records) => {
        if (live) setState((s) => (s.status === 'loading' ? { status: 'partial', records } : s));
        // after the first quotes are on screen
        setTimeout(() => void readAll(), 0);
      },
      () => void readAll(),
    );
    return () => {
      live = false;
      stop();
    };
  }, []);

  return { state, update };
}
