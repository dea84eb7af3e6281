import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { analyzeLive, analyzeLiveInSteps } from '@/utils/analyze';
import { articleGate } from '@/utils/gate/article-gate';
import { createSession, HOST_TAG } from '@/utils/marks';
import { highlightedTexts } from '@/utils/marks/styles';
import { onMessage, sendMessage, type AnalyzeResponse } from '@/utils/messaging';
import { popupAnalysis } from '@/utils/serialize';
import { RESTRICTED_MESSAGES } from '@/utils/messaging/restricted';
import { autoMark, marksVisible } from '@/utils/settings';
import { articleKey, quoteId } from '@/utils/library/key';
import { saveRequest } from '@/utils/library/request';
import type { CardHooks, SaveOutcome } from '@/utils/marks/card';
import { directiveForRange } from '@/utils/cite/fragment-dom';
import { directiveFromAnchor } from '@/utils/cite/fragment';
import type { PageSession } from '@/utils/marks';
import { pageLinkRequest, type PageLinks } from '@/utils/linking/also';
import { measurePage } from '@/utils/bench/measure';

declare const __VERBATIM_TEST_BUILD__: boolean;

interface Running {
  /** False once the extension that injected it was reloaded or removed. */
  alive(): boolean;
  dispose(): void;
}

// Injected by the popup (activeTab + scripting), or registered for all pages when the reader opts
// into automatic marking. Either way it runs once per page: a second injection finds the first.
export default defineContentScript({
  registration: 'runtime',
  // WXT would otherwise announce every start to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main() {
    const w = window as Window & { __verbatim?: Running };
    if (w.__verbatim?.alive()) return;
    // An orphan from before an extension update: take its marks down and take over.
    w.__verbatim?.dispose();
    document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());

    // `npm run bench` calls this from the extension's isolated world; release builds compile it out.
    if (__VERBATIM_TEST_BUILD__) {
      (window as Window & { __verbatimBench?: unknown }).__verbatimBench = {
        measure: (runs?: number) => measurePage(document, window, runs),
      };
      // Firefox gives a content script a highlight registry the page's own scripts cannot read, so
      // its e2e run asks the content script which words it highlighted.
      // Its hover card cannot be hovered from Marionette either: the run asks for the other
      // outlets' reports the card would show.
      browser.runtime.onMessage.addListener((m: unknown) => {
        const probe = (m as { probe?: string })?.probe;
        if (probe === 'highlights') return Promise.resolve(highlightedTexts(window));
        if (probe === 'alsoReported') return links;
        return undefined;
      });
    }

    const isPdf = document.contentType === 'application/pdf';
    // Other outlets' reports of this page's quotes: asked of the background once per analysis
    // (which also remembers the article when the reader has that on); the hover card reads them.
    let links: Promise<PageLinks> = Promise.resolve({});
    const session = createSession({
      card: { ...libraryHooks(() => session), alsoReported: (q) => links.then((l) => l[q.id] ?? []) },
      document,
      window,
      analyze: analyzeLive,
      analyzeInSteps: analyzeLiveInSteps,
      onAnalysis: (a) => {
        void sendMessage('reportQuotes', { count: a.isArticle ? a.quotes.length : null }).catch(() => {});
        if (a.isArticle && a.quotes.length)
          links = sendMessage('linkPage', pageLinkRequest(a.metadata, a.quotes)).then(
            (r) => ('links' in r ? r.links : {}),
            () => ({}),
          );
      },
    });
    w.__verbatim = { alive: () => browser.runtime?.id != null, dispose: () => session.dispose() };
    const ready = marksVisible.getValue().then((v) => {
      if (!v) session.setMarksVisible(false);
    });

    onMessage('analyze', async ({ data }): Promise<AnalyzeResponse> => {
      if (isPdf) return { status: 'restricted', reason: RESTRICTED_MESSAGES.pdf };
      await ready;
      try {
        const a = await session.analysisInSteps(data.force);
        const analysis = popupAnalysis(a);
        if (!a.isArticle && !data.force) return { status: 'not-article', reason: a.reason, analysis };
        return { status: 'ok', analysis, marksVisible: session.marksVisible };
      } catch (e) {
        return { status: 'error', message: e instanceof Error ? e.message : String(e) };
      }
    });
    onMessage('setMarks', async ({ data }) => {
      session.setMarksVisible(data.visible);
      await marksVisible.setValue(data.visible);
      return true;
    });
    onMessage('showQuote', ({ data }) => session.showQuote(data.id));
    onMessage('quoteFragment', ({ data }) => fragmentOf(session, data.id));

    // Automatic mode (the first stage, gate.content.ts, loaded this script into a likely article;
    // the popup may have too): the full analysis when the page is idle.
    void autoMark.getValue().then((on) => {
      if (!on || isPdf || !articleGate(document).article) return;
      const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
      idle(() => void ready.then(() => session.analysisInSteps()), { timeout: 4000 });
    });
  },
});

/** An extension updated or removed under a page leaves its content script unable to message. */
const ORPHANED = 'Verbatim was updated or restarted since this page was opened: reload the page to save from it.';

/**
 * The text directive for a quote's words as they stand in the page now (the generator checks they
 * are unique); if it cannot make one in time, one from the quote's anchor, with context both sides.
 */
function fragmentOf(session: PageSession, id: string): string | null {
  const range = session.quoteRange(id);
  const fromPage = range ? directiveForRange(range) : null;
  if (fromPage) return fromPage;
  const a = session.analysis();
  const q = a.isArticle ? a.quotes.find((x) => x.id === id) : undefined;
  return q ? directiveFromAnchor(q.anchor) : null;
}

// The hover card's Save goes to the background, which owns the library's database: the content
// script carries what to save, never the database code.
const libraryHooks = (session: () => PageSession): CardHooks => ({
  async onSave(quote, metadata): Promise<SaveOutcome> {
    if (browser.runtime?.id == null) return { state: 'error', message: ORPHANED };
    const request = { ...saveRequest(quote, metadata), fragment: fragmentOf(session(), quote.id) };
    const res = await sendMessage('librarySave', request).catch((e: unknown) => ({
      status: 'error' as const,
      message: /context invalidated|receiving end/i.test(String(e)) ? ORPHANED : String(e),
    }));
    return res.status === 'error' ? { state: 'error', message: res.message } : { state: res.status };
  },
  async isSaved(quote, metadata) {
    const id = quoteId(articleKey(metadata), quote.text);
    const res = await sendMessage('libraryHas', { ids: [id] });
    return 'ids' in res && res.ids.includes(id);
  },
});
