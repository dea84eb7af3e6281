import type { Citation, CitationFormat } from '../../utils/cite';
import type { ExportFile } from '../../utils/library/export';
import type { ImportSummary, Library } from '../../utils/library/store';
import type { SavedQuote } from '../../utils/library/types';

/** Everything the side panel needs from the browser, so its components can be tested with a fake. */
export interface LibraryApi {
  all(): Promise<SavedQuote[]>;
  /** The most recently saved quotes, newest first. */
  recent(limit: number): Promise<SavedQuote[]>;
  getMany(ids: string[]): Promise<(SavedQuote | undefined)[]>;
  annotate(id: string, change: { note?: string; tags?: string[] }): Promise<SavedQuote>;
  /** Deletes and returns what was deleted, for undo. */
  remove(ids: string[]): Promise<SavedQuote[]>;
  restore(records: SavedQuote[]): Promise<void>;
  /** Merges imported records in one transaction (nothing changes if it fails). */
  importRecords(records: SavedQuote[]): Promise<ImportSummary>;
  /** Hands a file to the browser's downloads. */
  download(file: ExportFile): void;
  /** "Today", for export file names. */
  now(): Date;
  /** Calls back with the ids of quotes changed anywhere (another window, a page's Save). */
  onChange(listener: (ids: string[]) => void): () => void;
  copy(citation: Citation): Promise<void>;
  getFormat(): Promise<CitationFormat>;
  /** Whether citations link to the quoted words (the popup's "Link to the words"). */
  getCiteLink(): Promise<boolean>;
  /** The keyboard shortcut that opens the library, if the browser has one set. */
  shortcut(): Promise<string | null>;
  /** "Remember analysed articles" (off by default). */
  getRemember(): Promise<boolean>;
  setRemember(on: boolean): Promise<void>;
  /** How many articles are remembered. */
  rememberedArticles(): Promise<number>;
  /** Forgets every remembered article; the saved quotes stay. */
  forgetRemembered(): Promise<void>;
}

/** The side panel's reads and edits, which go straight to the library's store (in the extension and in tests alike). */
export function storeCalls(
  library: Library,
): Pick<LibraryApi, 'all' | 'recent' | 'getMany' | 'annotate' | 'remove' | 'restore' | 'importRecords'> {
  return {
    all: () => library.all(),
    recent: (limit) => library.recent(limit),
    getMany: (ids) => library.getMany(ids),
    annotate: (id, change) => library.annotate(id, change),
    remove: (ids) => library.remove(ids),
    restore: (records) => library.restore(records),
    importRecords: (records) => library.importRecords(records),
  };
}
