import { useEffect, useState } from 'preact/hooks';
import type { SavedQuote } from '../../utils/library/types';
import type { LibraryApi } from './api';

export type LibraryState =
  | { status: 'loading'; records: SavedQuote[] }
  | { status: 'ready'; records: SavedQuote[] }
  | { status: 'error'; records: SavedQuote[]; message: string };

/** Replaces, adds or (where `fresh` has no record) drops the records with these ids. */
export function merge(records: SavedQuote[], ids: string[], fresh: (SavedQuote | undefined)[]): SavedQuote[] {
  const changed = new Set(ids);
  const kept = records.filter((r) => !changed.has(r.id));
  return kept.concat(fresh.filter((r): r is SavedQuote => !!r));
}

/**
 * The library's records, kept current: read once, then every change made anywhere (this panel, a
 * page's Save, another window) brings in the records it names.
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
    api.all().then(
      (records) => live && setState({ status: 'ready', records }),
      (e: Error) => live && setState({ status: 'error', records: [], message: e.message }),
    );
    return () => {
      live = false;
      stop();
    };
  }, []);

  return { state, update };
}
