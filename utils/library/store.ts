import { wrap, type IDBPDatabase } from 'idb';
import { LibraryError, libraryError } from './errors';
import { cleanTags, recordFor } from './record';
import { DB_NAME, QUOTES, REMEMBERED, SCHEMA_VERSION, upgrade, type LibrarySchema, type UpgradeTx } from './schema';
import type { RememberedQuote, SavedQuote, SaveResult } from './types';

// The library in IndexedDB. Storage and clock come in as parameters (the browser's `indexedDB` and
// `() => new Date()` in the extension, fake-indexeddb and a fixed date in the tests). Each
// operation is one transaction, so a failure (a full disk, a quota) leaves the library as it was,
// and the error that reaches the caller says so in words (errors.ts).

export interface LibraryDeps {
  indexedDB: IDBFactory;
  now: () => Date;
  /** Told after every change that committed, with the ids it touched (views refresh those). */
  onChange?: (ids: string[]) => void;
  /** Another database name (tests, the benchmark); the library's own by default. */
  name?: string;
}

export interface ImportSummary {
  added: number;
  /** Records that replaced an older copy of themselves. */
  updated: number;
  /** Records the library already had as they are, or had a newer copy of. */
  unchanged: number;
}

export interface Library {
  save(request: unknown): Promise<SaveResult>;
  /** The ids among `ids` that are in the library. */
  has(ids: string[]): Promise<string[]>;
  get(id: string): Promise<SavedQuote | undefined>;
  getMany(ids: string[]): Promise<(SavedQuote | undefined)[]>;
  all(): Promise<SavedQuote[]>;
  /** The most recently saved quotes, newest first. */
  recent(limit: number): Promise<SavedQuote[]>;
  count(): Promise<number>;
  /** Sets the reader's note and tags (either left as it is when not given). */
  annotate(id: string, change: { note?: string; tags?: string[] }): Promise<SavedQuote>;
  /** Deletes and returns what was deleted, for undo. */
  remove(ids: string[]): Promise<SavedQuote[]>;
  /** Puts records back exactly as they were (undo of a delete). */
  restore(records: SavedQuote[]): Promise<void>;
  /** Merges records in one transaction: a record replaces its copy in the library only if newer. */
  importRecords(records: SavedQuote[]): Promise<ImportSummary>;
  /** Keeps an analysed article's quotes, replacing what was remembered of it before. */
  remember(article: string, quotes: RememberedQuote[]): Promise<void>;
  /** Every remembered quote. */
  remembered(): Promise<RememberedQuote[]>;
  /** How many articles are remembered. */
  rememberedArticles(): Promise<number>;
  /** Forgets every remembered article (the reader's saved quotes stay). */
  forgetRemembered(): Promise<void>;
  close(): void;
}

/** Opens (creating or upgrading) the library database with the given factory. */
export function openDatabase(factory: IDBFactory, name = DB_NAME): Promise<IDBPDatabase<LibrarySchema>> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, SCHEMA_VERSION);
    } catch (e) {
      reject(e);
      return;
    }
    let upgrading: Promise<void> = Promise.resolve();
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as unknown as IDBPDatabase<LibrarySchema>;
      const tx = wrap(request.transaction!) as unknown as UpgradeTx;
      tx.done.catch(() => {}); // an aborted upgrade is reported through the open request below
      // A step that throws aborts the upgrade transaction: the library stays at its old version.
      upgrading = upgrade(db, event.oldVersion, tx).catch((e) => {
        tx.abort();
        throw e;
      });
      upgrading.catch(() => {}); // handled when the request settles
    };
    request.onerror = () => {
      // the step's own error says more than the request's AbortError: report it when there is one
      upgrading.then(
        () => reject(request.error),
        (e) => reject(e),
      );
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version opening elsewhere (an update installed while a panel is open) must not wait
      // for this connection: close it; the next operation here reopens at whatever version is current.
      db.onversionchange = () => db.close();
      upgrading.then(
        () => resolve(wrap(db) as unknown as IDBPDatabase<LibrarySchema>),
        (e) => reject(e),
      );
    };
  });
}

export function createLibrary(deps: LibraryDeps): Library {
  let opening: Promise<IDBPDatabase<LibrarySchema>> | null = null;
  const db = () =>
    (opening ??= openDatabase(deps.indexedDB, deps.name).then(
      (d) => {
        // closed by a version change (db.onversionchange): the next operation opens it again
        d.addEventListener('close', () => (opening = null));
        return d;
      },
      (e) => {
        opening = null;
        throw e;
      },
    ));
  const changed = (ids: string[]) => {
    if (ids.length) deps.onChange?.(ids);
  };
  /** Runs `fn`, turning any storage failure into a LibraryError that says what could not be done. */
  async function attempt<T>(doing: string, fn: (d: IDBPDatabase<LibrarySchema>) => Promise<T>): Promise<T> {
    try {
      return await fn(await db());
    } catch (e) {
      if ((e as { name?: string })?.name === 'InvalidStateError') {
        // the connection was closed under us (versionchange): once more on a fresh one
        opening = null;
        try {
          return await fn(await db());
        } catch (e2) {
          throw libraryError(e2, doing);
        }
      }
      throw libraryError(e, doing);
    }
  }

  return {
    async save(request) {
      let record: SavedQuote;
      try {
        record = recordFor(request, deps.now());
      } catch (e) {
        return { status: 'error', message: libraryError(e, 'save the quote').message };
      }
      try {
        const saved = await attempt('save the quote', async (d) => {
          const tx = d.transaction(QUOTES, 'readwrite');
          const existing = await tx.store.getKey(record.id);
          if (existing === undefined) await tx.store.add(record);
          await tx.done;
          return existing === undefined;
        });
        if (saved) changed([record.id]);
        return { status: saved ? 'saved' : 'exists', id: record.id };
      } catch (e) {
        // saved at the same moment from elsewhere (the popup and the page's hover card)
        if (((e as LibraryError).cause as { name?: string } | undefined)?.name === 'ConstraintError')
          return { status: 'exists', id: record.id };
        return { status: 'error', message: (e as Error).message };
      }
    },
    has: (ids) =>
      attempt('read the library', async (d) => {
        const tx = d.transaction(QUOTES);
        const keys = await Promise.all(ids.map((id) => tx.store.getKey(id)));
        return ids.filter((_, i) => keys[i] !== undefined);
      }),
    get: (id) => attempt('read the library', (d) => d.get(QUOTES, id)),
    getMany: (ids) =>
      attempt('read the library', (d) => {
        const tx = d.transaction(QUOTES);
        return Promise.all(ids.map((id) => tx.store.get(id)));
      }),
    all: () => attempt('read the library', (d) => d.getAll(QUOTES)),
    recent: (limit) =>
      attempt('read the library', async (d) => {
        const out: SavedQuote[] = [];
        let cursor = await d.transaction(QUOTES).store.index('savedAt').openCursor(null, 'prev');
        while (cursor && out.length < limit) {
          out.push(cursor.value);
          cursor = await cursor.continue();
        }
        return out;
      }),
    count: () => attempt('read the library', (d) => d.count(QUOTES)),
    async annotate(id, change) {
      const updated = await attempt('save the note', async (d) => {
        const tx = d.transaction(QUOTES, 'readwrite');
        const r = await tx.store.get(id);
        if (!r) throw new LibraryError('Could not save the note: the quote is no longer in the library.', 'other');
        const next = {
          ...r,
          note: change.note ?? r.note,
          tags: change.tags ? cleanTags(change.tags) : r.tags,
          updatedAt: deps.now().toISOString(),
        };
        await tx.store.put(next);
        await tx.done;
        return next;
      });
      changed([id]);
      return updated;
    },
    async remove(ids) {
      const n = ids.length;
      const removed = await attempt(`delete ${n === 1 ? 'the quote' : `${n} quotes`}`, async (d) => {
        const tx = d.transaction(QUOTES, 'readwrite');
        const found = (await Promise.all(ids.map((id) => tx.store.get(id)))).filter((r): r is SavedQuote => !!r);
        await Promise.all(found.map((r) => tx.store.delete(r.id)));
        await tx.done;
        return found;
      });
      changed(removed.map((r) => r.id));
      return removed;
    },
    async restore(records) {
      await attempt('undo the delete', async (d) => {
        const tx = d.transaction(QUOTES, 'readwrite');
        await Promise.all(records.map((r) => tx.store.put(r)));
        await tx.done;
      });
      changed(records.map((r) => r.id));
    },
    async importRecords(records) {
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      const touched: string[] = [];
      await attempt('import the file', async (d) => {
        const tx = d.transaction(QUOTES, 'readwrite');
        const existing = await Promise.all(records.map((r) => tx.store.get(r.id)));
        const writes: Promise<unknown>[] = [];
        records.forEach((r, i) => {
          const old = existing[i];
          if (old && (old.updatedAt > r.updatedAt || JSON.stringify(old) === JSON.stringify(r))) {
            summary.unchanged++;
            return;
          }
          if (old) summary.updated++;
          else summary.added++;
          touched.push(r.id);
          writes.push(tx.store.put(r));
        });
        await Promise.all(writes);
        await tx.done;
      });
      changed(touched);
      return summary;
    },
    remember: (article, quotes) =>
      attempt('remember the article', async (d) => {
        const tx = d.transaction(REMEMBERED, 'readwrite');
        const old = await tx.store.index('article').getAllKeys(article);
        await Promise.all([...old.map((k) => tx.store.delete(k)), ...quotes.map((q) => tx.store.put(q))]);
        await tx.done;
      }),
    remembered: () => attempt('read the remembered articles', (d) => d.getAll(REMEMBERED)),
    rememberedArticles: () =>
      attempt('read the remembered articles', async (d) => {
        let n = 0;
        let c = await d.transaction(REMEMBERED).store.index('article').openKeyCursor(null, 'nextunique');
        for (; c; c = await c.continue()) n++;
        return n;
      }),
    forgetRemembered: () => attempt('clear the remembered articles', (d) => d.clear(REMEMBERED)),
    close() {
      void opening?.then((d) => d.close()).catch(() => {});
      opening = null;
    },
  };
}
