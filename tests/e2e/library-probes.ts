// What the library end-to-end runs read from the extension, as self-contained functions (no
// imports, no outer names) so Playwright and the Firefox harness can send them as source.

export interface StoredQuote {
  id: string;
  text: string;
  note: string;
  link?: string | null;
  speaker: { name: string | null };
  page: { title: string | null; url: string };
  fragment?: string | null;
}

/** In an extension context: every record of the library's database, as stored. */
export function libraryRecordsInExtension(): Promise<StoredQuote[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('verbatim-library');
    // no library yet: opening must not create one (an empty database at version 1 would look like
    // an upgraded library without its store to the extension)
    let none = false;
    open.onupgradeneeded = () => {
      none = true;
      open.transaction!.abort();
    };
    open.onerror = () => (none ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('quotes')) {
        db.close();
        resolve([]);
        return;
      }
      const req = db.transaction('quotes').objectStore('quotes').getAll();
      req.onsuccess = () => {
        db.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });
}

/** In the page: the client rect of the first quote highlight whose text contains `words`. */
export function highlightRectInPage(words: string): { x: number; y: number } | null {
  const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const all = [...(hl.get('verbatim-quote') ?? []), ...(hl.get('verbatim-reported') ?? [])];
  const r = all.find((x) => x.toString().replace(/\s+/g, ' ').includes(words));
  if (!r) return null;
  r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const rect = r.getClientRects()[0];
  return { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 };
}
