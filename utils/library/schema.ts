import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { RECORD_UPGRADES } from './migrations';
import type { RememberedQuote, SavedQuote } from './types';

// The library's IndexedDB layout, version by version. A version, once released, is never edited:
// a change of layout or of record shape is a new step below, and the database's own version number
// (IndexedDB's) is the schema version, so the browser runs exactly the steps a reader's library
// still needs, in order, inside one transaction: an update that fails half-way changes nothing.

export const DB_NAME = 'verbatim-library';
export const QUOTES = 'quotes';
/** The quotes of analysed articles, kept only when the reader turns on "Remember analysed articles". */
export const REMEMBERED = 'remembered';

export interface LibrarySchema extends DBSchema {
  quotes: {
    key: string;
    value: SavedQuote;
    indexes: { articleKey: string; savedAt: string };
  };
  remembered: {
    key: string;
    value: RememberedQuote;
    indexes: { article: string };
  };
}

export type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;
type Step = (db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx) => Promise<void> | void;

/** Step n brings a library from version n − 1 to version n. */
export const UPGRADES: Record<number, Step> = {
  // v1, the first release: one record per quote, found by article and listed newest first.
  1: (db) => {
    const quotes = db.createObjectStore(QUOTES, { keyPath: 'id' });
    quotes.createIndex('articleKey', 'articleKey');
    quotes.createIndex('savedAt', 'savedAt');
  },
  // v2: every record gets `fragment`, its link to the exact words.
  2: async (_db, tx) => {
    for (let c = await tx.objectStore(QUOTES).openCursor(); c; c = await c.continue())
      await c.update(RECORD_UPGRADES[2](c.value as unknown as Record<string, unknown>) as unknown as SavedQuote);
  },
  // v3: a store of its own for the quotes of remembered articles (not the reader's saved quotes:
  // cleared with one button, never exported), found by article to replace an article analysed again.
  3: (db) => {
    const remembered = db.createObjectStore(REMEMBERED, { keyPath: 'key' });
    remembered.createIndex('article', 'article');
  },
};

export const SCHEMA_VERSION = Math.max(...Object.keys(UPGRADES).map(Number));

/** Runs every step after `oldVersion`, in order, in the upgrade transaction. */
export async function upgrade(db: IDBPDatabase<LibrarySchema>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion + 1; v <= SCHEMA_VERSION; v++) await UPGRADES[v](db, tx);
}
