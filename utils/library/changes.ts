// Every extension view with the library open (the side panel in each window, the popup) hears of a
// change made anywhere else (a save from a page, an edit in another window) and refreshes the
// records it names. BroadcastChannel reaches every same-origin context: extension pages and the
// background alike, in Chrome and Firefox.

const CHANNEL = 'verbatim-library';

export interface LibraryChange {
  ids: string[];
}

export function announceChange(ids: string[]): void {
  if (typeof BroadcastChannel !== 'function') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage({ ids } satisfies LibraryChange);
  ch.close();
}

/** Calls `onChange` for changes made in other contexts; returns how to stop listening. */
export function listenForChanges(onChange: (change: LibraryChange) => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = (e: MessageEvent) => {
    const ids = (e.data as Partial<LibraryChange>)?.ids;
    if (Array.isArray(ids)) onChange({ ids: ids.filter((x): x is string => typeof x === 'string') });
  };
  return () => ch.close();
}
