import type { Citation, CitationFormat } from '../utils/cite';
import type { SaveResult } from '../utils/library/types';
import type { PageLinks } from '../utils/linking/also';
import type { AnalyzeResponse, PopupAnalysis } from '../utils/messaging';
import type { PageMetadata, Quote } from '../utils/types';

/** Everything the popup needs from the browser, so the components can be tested with a fake. */
export interface PopupApi {
  /** Analyses (injecting the content script first if needed) the tab the popup is about. */
  analyze(force: boolean): Promise<AnalyzeResponse>;
  setMarks(visible: boolean): Promise<void>;
  showQuote(id: string): Promise<boolean>;
  copy(citation: Citation): Promise<void>;
  getFormat(): Promise<CitationFormat>;
  setFormat(format: CitationFormat): Promise<void>;
  /** Whether citations link to the quoted words themselves (`#:~:text=…`). */
  getCiteLink(): Promise<boolean>;
  setCiteLink(on: boolean): Promise<void>;
  /** The text directive for a quote's words, asked of the page (null when it cannot make one). */
  fragment(quote: Quote): Promise<string | null>;
  getAutoMark(): Promise<boolean>;
  /** Resolves to the setting actually in force (false if the reader declined the permission). */
  setAutoMark(on: boolean): Promise<boolean>;
  /** "Today", for the accessed date of citations. */
  now(): Date;
  /** Renders citation HTML safely (DOMPurify) for the preview. */
  sanitize(html: string): string;
  /** The keyboard shortcut that opens the popup, if one is set. */
  shortcut(): Promise<string | null>;
  /** Keeps the quote in the library (the background owns the database). */
  save(quote: Quote, metadata: PageMetadata, fragment: string | null): Promise<SaveResult>;
  /** Opens the library in the browser's side panel (called straight from the click: it needs the gesture). */
  openLibrary(): void;
  /** The ids of those quotes that are in the library already. */
  savedQuotes(quotes: Quote[], metadata: PageMetadata): Promise<string[]>;
  /** Other outlets' reports of the page's quotes, from the saved quotes and remembered articles. */
  alsoReported(analysis: PopupAnalysis): Promise<PageLinks>;
}
