import type { Citation, CitationFormat } from '../../utils/cite';
import type { ExportFile } from '../../utils/library/export';
import type { ImportSummary } from '../../utils/library/store';
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
