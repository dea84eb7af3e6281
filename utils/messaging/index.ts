import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SaveRequest, SaveResult } from '../library/types';
import type { PageLinkRequest, PageLinks } from '../linking/also';
import type { PopupAnalysis } from '../serialize';

export type { PopupAnalysis } from '../serialize';

export type AnalyzeResponse =
  | { status: 'ok'; analysis: PopupAnalysis; marksVisible: boolean }
  | { status: 'not-article'; reason: string | null; analysis: PopupAnalysis }
  /** The tab shows something extensions may not read or that has no text DOM (a PDF viewer). */
  | { status: 'restricted'; reason: string }
  | { status: 'error'; message: string };

interface ProtocolMap {
  /** Popup → tab: analyse (once; `force` analyses non-articles too), mark, and return the result. */
  analyze(data: { force: boolean }): AnalyzeResponse;
  /** Popup → tab: draw or remove every mark. */
  setMarks(data: { visible: boolean }): boolean;
  /** Popup → tab: scroll to a quote and flash it; false when it cannot be found in the page. */
  showQuote(data: { id: string }): boolean;
  /** Popup → tab: the text directive (`text=…`) that links to a quote's words, null if none can be made. */
  quoteFragment(data: { id: string }): string | null;
  /** Tab → background (automatic marking's first stage): this frame may hold an article, load the analysis. */
  articleFound(): void;
  /** Tab → background: the tab's quote count for the toolbar badge (null clears it). */
  reportQuotes(data: { count: number | null }): void;
  /** Popup or tab → background, which owns the library's database: keep this quote. */
  librarySave(data: SaveRequest): SaveResult;
  /** Popup → background: which of these quote ids are in the library (error: the reader's message). */
  libraryHas(data: { ids: string[] }): { ids: string[] } | { error: string };
  /**
   * Popup or tab → background, where the library and its index live: other outlets' reports of
   * this page's quotes (and, with "Remember analysed articles" on, keep the page's quotes).
   */
  linkPage(data: PageLinkRequest): { links: PageLinks } | { error: string };
  /** Side panel → background: how many articles are remembered. */
  rememberedArticles(): { articles: number } | { error: string };
  /** Side panel → background: forget every remembered article. */
  forgetRemembered(): { articles: number } | { error: string };
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
