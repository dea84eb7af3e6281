import { isProbablyReaderable } from '@mozilla/readability';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzePage } from '@/utils/analyze';
import { createSession } from '@/utils/marks';
import { onMessage, sendMessage, serializeAnalysis, type AnalyzeResponse } from '@/utils/messaging';
import { RESTRICTED_MESSAGES } from '@/utils/messaging/restricted';
import { autoMark, marksVisible } from '@/utils/settings';

// Injected by the popup (activeTab + scripting), or registered for all pages when the reader opts
// into automatic marking. Either way it runs once per page: a second injection finds the first.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const w = window as Window & { __verbatim?: true };
    if (w.__verbatim) return;
    w.__verbatim = true;

    const isPdf = document.contentType === 'application/pdf';
    const session = createSession({
      document,
      window,
      analyze: analyzePage,
      onAnalysis: (a) => void sendMessage('reportQuotes', { count: a.isArticle ? a.quotes.length : null }).catch(() => {}),
    });
    const ready = marksVisible.getValue().then((v) => {
      if (!v) session.setMarksVisible(false);
    });

    onMessage('analyze', async ({ data }): Promise<AnalyzeResponse> => {
      if (isPdf) return { status: 'restricted', reason: RESTRICTED_MESSAGES.pdf };
      await ready;
      try {
        const a = session.analysis(data.force);
        const analysis = serializeAnalysis(a);
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

    // Automatic mode: a cheap readability check first, then the full analysis when the page is idle.
    void autoMark.getValue().then((on) => {
      if (!on || isPdf || !isProbablyReaderable(document)) return;
      const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
      idle(() => void ready.then(() => session.analysis()), { timeout: 4000 });
    });
  },
});
