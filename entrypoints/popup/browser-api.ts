import { browser } from 'wxt/browser';
import type { PopupApi } from '@/components/api';
import { sendMessage, type AnalyzeResponse } from '@/utils/messaging';
import { RESTRICTED_MESSAGES, restrictedReason } from '@/utils/messaging/restricted';
import { autoMark, citationFormat, citeLink, getCitationFormat } from '@/utils/settings';
import { articleKey, quoteId } from '@/utils/library/key';
import { saveRequest } from '@/utils/library/request';
import { pageLinkRequest } from '@/utils/linking/also';
import { AUTO_ORIGINS, CONTENT_SCRIPT_FILE } from '@/utils/settings/auto-mark';

declare const __VERBATIM_TEST_BUILD__: boolean;

/**
 * The tab the popup is about. A real popup's active tab is the page; end-to-end tests open the popup
 * as a tab of its own and name the page with `?tab=`, which only the test build honours.
 */
async function targetTab() {
  if (__VERBATIM_TEST_BUILD__) {
    const id = Number(new URLSearchParams(location.search).get('tab'));
    if (id) return browser.tabs.get(id);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

// DOMPurify is a third of the popup's script and only needed once something is copied: it is
// loaded after the quotes are up, so parsing it never delays them.
type Clipboard = typeof import('@/utils/cite/clipboard');
let clipboardModule: Clipboard | null = null;
const loadClipboard = async () => (clipboardModule ??= await import('@/utils/cite/clipboard'));

interface PanelApis {
  /** Chrome: needs a window and must be called inside the click's user gesture. */
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  /** Firefox: the same gesture rule. */
  sidebarAction?: { open(): Promise<void> };
}

export function createBrowserApi(): PopupApi {
  setTimeout(() => void loadClipboard(), 200);
  // Known before any click, so opening the side panel makes no await inside the gesture.
  let windowId: number | undefined;
  void browser.windows?.getCurrent().then(
    (w) => (windowId = w.id),
    () => {},
  );
  const tab = targetTab();
  const tabId = async () => {
    const t = await tab;
    if (t?.id == null) throw new Error('No tab to analyse.');
    return t.id;
  };
  return {
    async analyze(force): Promise<AnalyzeResponse> {
      const t = await tab;
      if (t?.id == null) return { status: 'restricted', reason: RESTRICTED_MESSAGES.unknown };
      const restricted = restrictedReason(t.url);
      if (restricted) return { status: 'restricted', reason: restricted };
      const target = { tabId: t.id, frameId: 0 };
      // Most openings find the content script already there (an earlier opening, automatic
      // marking): ask it first. Injecting again would parse the whole script in the page every time.
      let res = await sendMessage('analyze', { force }, target).catch(() => null);
      if (!res) {
        try {
          await browser.scripting.executeScript({ target: { tabId: t.id }, files: [`/${CONTENT_SCRIPT_FILE}`] });
        } catch {
          return { status: 'restricted', reason: RESTRICTED_MESSAGES.unknown };
        }
        res = await sendMessage('analyze', { force }, target).catch(() => null);
      }
      return res ?? { status: 'error', message: 'The page did not answer. Reload it and try again.' };
    },
    async setMarks(visible) {
      await sendMessage('setMarks', { visible }, await tabId());
    },
    async showQuote(id) {
      return (await sendMessage('showQuote', { id }, await tabId())) ?? false;
    },
    copy: async (citation) => (await loadClipboard()).copyCitation(citation, navigator.clipboard),
    getFormat: getCitationFormat,
    setFormat: (f) => citationFormat.setValue(f),
    getCiteLink: () => citeLink.getValue(),
    setCiteLink: (on) => citeLink.setValue(on),
    async fragment(q) {
      return (await sendMessage('quoteFragment', { id: q.id }, await tabId()).catch(() => null)) ?? null;
    },
    getAutoMark: async () =>
      (await autoMark.getValue()) && (await browser.permissions.contains({ origins: AUTO_ORIGINS })),
    async setAutoMark(on) {
      if (on) {
        // Must be the first thing after the click: the browser only prompts inside a user gesture.
        const granted = await browser.permissions.request({ origins: AUTO_ORIGINS });
        if (granted) await autoMark.setValue(true);
        return granted;
      }
      await autoMark.setValue(false);
      await browser.permissions.remove({ origins: AUTO_ORIGINS }).catch(() => false);
      return false;
    },
    now: () => new Date(),
    // Only called for the preview of a copy, which loaded the module first; nothing shows otherwise.
    sanitize: (html) => clipboardModule?.sanitizeCitationHtml(html, window) ?? '',
    openLibrary() {
      const { sidePanel, sidebarAction } = browser as unknown as PanelApis;
      const opened = sidebarAction?.open
        ? sidebarAction.open()
        : windowId != null && sidePanel
          ? sidePanel.open({ windowId })
          : Promise.reject(new Error('no side panel'));
      // The popup's job is done once the library is open (the test build's popup is a tab: kept).
      void opened.then(
        () => !__VERBATIM_TEST_BUILD__ && window.close(),
        () => {},
      );
    },
    save: (q, metadata, fragment) => sendMessage('librarySave', { ...saveRequest(q, metadata), fragment }),
    async savedQuotes(quotes, metadata) {
      const key = articleKey(metadata);
      const ids = new Map(quotes.map((q) => [quoteId(key, q.text), q.id]));
      const res = await sendMessage('libraryHas', { ids: [...ids.keys()] });
      if ('error' in res) throw new Error(res.error);
      return res.ids.map((id) => ids.get(id)!);
    },
    async alsoReported(analysis) {
      const res = await sendMessage('linkPage', pageLinkRequest(analysis.metadata, analysis.quotes));
      if ('error' in res) throw new Error(res.error);
      return res.links;
    },
    async shortcut() {
      const commands = await browser.commands?.getAll?.().catch(() => []);
      const c = commands?.find((x) => x.name === '_execute_action' || x.name === '_execute_browser_action');
      return c?.shortcut || null;
    },
  };
}
