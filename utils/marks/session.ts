import type { AnalyzeOptions, LiveAnalysis, PageAnalysis } from '../types';
import { findQuoteRange, leftOutOf } from './anchor';
import type { CardHooks } from './card';
import { applyMarks, HOST_TAG, type MarksHandle } from './overlay';

/** How long a quote shown while the marks are off stays marked: a little longer than its flash (2.2 s). */
const SHOWN_QUOTE_MS = 2600;

export type Analyzer = (doc: Document, url: string, options?: AnalyzeOptions) => LiveAnalysis;
/** The same analysis run in stages that hand the main thread back to the page in between. */
export type SteppedAnalyzer = (doc: Document, url: string, options?: AnalyzeOptions) => Promise<LiveAnalysis>;

export interface SessionOptions {
  document: Document;
  window: Window & typeof globalThis;
  analyze: Analyzer;
  /** When given, analyses the session starts itself (and `analysisInSteps`) go through it. */
  analyzeInSteps?: SteppedAnalyzer;
  now?: () => Date;
  /** Called after every (re-)analysis, e.g. to update the toolbar badge. */
  onAnalysis?: (analysis: PageAnalysis) => void;
  /** Quiet time before a changed page is analysed again. */
  settleMs?: number;
  /** Least time between two analyses, so a page that never stops changing (a ticker) stays cheap. */
  minIntervalMs?: number;
  /** What a quote's hover card can do (Save). */
  card?: CardHooks;
}

export interface PageSession {
  /** The current analysis, running it first if needed; `force` analyses a page that is not an article. */
  analysis(force?: boolean): PageAnalysis;
  /** As `analysis`, without holding the page's main thread for the whole analysis. */
  analysisInSteps(force?: boolean): Promise<PageAnalysis>;
  readonly marks: MarksHandle | null;
  readonly marksVisible: boolean;
  setMarksVisible(visible: boolean): void;
  showQuote(id: string): boolean;
  /** The quote's words in the live page, if they are still there. */
  quoteRange(id: string): Range | null;
  dispose(): void;
}

/**
 * One page's analysis and marks over time. Pages that change after load (late content, single-page
 * navigation) are analysed again once they settle, and the marks are replaced, never added to, so
 * nothing is ever marked twice.
 */
export function createSession(opts: SessionOptions): PageSession {
  const { document: doc, window: win, analyze } = opts;
  const now = opts.now ?? (() => new Date());
  const settleMs = opts.settleMs ?? 800;
  const minIntervalMs = opts.minIntervalMs ?? 2000;
  let lastRun = -Infinity;
  let current: LiveAnalysis | null = null;
  let forced = false;
  let marks: MarksHandle | null = null;
  let visible = true;
  let signature = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first page change not yet analysed happened (0: none pending). */
  let pendingSince = 0;

  const sign = () => `${win.location.href}\u0000${doc.body?.textContent?.length ?? 0}`;

  function run(force: boolean): PageAnalysis {
    forced = forced || force;
    return finish(analyze(doc, win.location.href, { now: now(), force: forced }));
  }

  function finish(a: LiveAnalysis): PageAnalysis {
    current = a;
    signature = sign();
    lastRun = Date.now();
    redraw();
    // A listener's failure (a message the page's browser refuses) must not fail the analysis,
    // nor, inside the stepped analysis's timer, leave every caller waiting for ever.
    try {
      opts.onAnalysis?.(a.analysis);
    } catch (e) {
      console.warn('[verbatim] after the analysis', e);
    }
    return a.analysis;
  }

  let pending: Promise<PageAnalysis> | null = null;
  function runInSteps(force: boolean): Promise<PageAnalysis> {
    if (!opts.analyzeInSteps) return Promise.resolve(run(force));
    forced = forced || force;
    pending ??= opts
      .analyzeInSteps(doc, win.location.href, { now: now(), force: forced })
      // drawing the marks is a task of its own too (and a throw there reaches the callers, who
      // would otherwise wait for ever: the popup's spinner)
      .then((a) => new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => finish(a)))
      .finally(() => (pending = null));
    return pending;
  }

  // A quote the reader asked to see while the marks were off is drawn by marks of its own, taken
  // down after a moment. They register the same highlight names and sheet as any other marks, so
  // they go before anything else is drawn: taken down later, they would take the new marks'
  // highlights with them (the session's marks, or the next quote shown).
  let shown: { marks: MarksHandle; timer: ReturnType<typeof setTimeout> } | null = null;
  function hideShownQuote() {
    if (!shown) return;
    clearTimeout(shown.timer);
    shown.marks.remove();
    shown = null;
  }

  function redraw() {
    const previous = marks;
    marks = null;
    if (!(visible && current && (current.analysis.isArticle || forced))) {
      previous?.remove();
      return;
    }
    hideShownQuote();
    try {
      // the new marks remove the old ones, keeping what they can of them (applyMarks's replacing)
      marks = applyMarks({ document: doc, window: win, ...current, card: opts.card, replacing: previous });
    } catch (e) {
      previous?.remove();
      throw e;
    }
  }

  const ours = (n: Node) => n.nodeName.toLowerCase() === HOST_TAG;
  const observer = new win.MutationObserver((records) => {
    if (!current) return;
    // Drawing and removing the overlay host is our own doing, not the page changing.
    if (records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours))) return;
    const t = Date.now();
    pendingSince ||= t;
    clearTimeout(timer);
    // Wait for the page to settle, but not forever: a page that never settles (a ticker, a live
    // feed) would otherwise push the analysis back on every change and never be analysed again.
    // It is analysed again once per interval instead, never more often.
    const fireAt = Math.max(
      lastRun + minIntervalMs,
      Math.min(t + settleMs, pendingSince + Math.max(settleMs, minIntervalMs)),
    );
    timer = setTimeout(() => {
      pendingSince = 0;
      if (current && sign() !== signature) void runInSteps(false);
    }, fireAt - t);
  });

  // Single-page apps change the URL without a load; the mutation that usually follows does the rest.
  const onNavigate = () => {
    if (!current) return;
    clearTimeout(timer);
    timer = setTimeout(() => void runInSteps(false), settleMs);
  };

  let observing = false;
  function observe() {
    if (observing) return;
    observing = true;
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    win.addEventListener('popstate', onNavigate);
    (win as Window & { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate);
  }

  return {
    analysis(force = false) {
      if (!current || (force && !forced)) run(force);
      observe();
      return current!.analysis;
    },
    async analysisInSteps(force = false) {
      observe();
      if (current && !(force && !forced) && !pending) return current.analysis;
      return runInSteps(force);
    },
    get marks() {
      return marks;
    },
    get marksVisible() {
      return visible;
    },
    setMarksVisible(v) {
      visible = v;
      redraw();
    },
    showQuote(id) {
      if (!marks) {
        // The reader asked to see a quote: show it even while marks are switched off.
        if (!current) return false;
        hideShownQuote();
        const temp = applyMarks({ document: doc, window: win, ...current, card: opts.card });
        shown = { marks: temp, timer: setTimeout(hideShownQuote, SHOWN_QUOTE_MS) };
        return temp.flash(id);
      }
      return marks.flash(id);
    },
    quoteRange(id) {
      const drawn = marks?.ranges.get(id);
      if (drawn) return drawn;
      const q = current?.analysis.isArticle ? current.analysis.quotes.find((x) => x.id === id) : undefined;
      return q
        ? findQuoteRange(doc, current!.live.mainElements, q, undefined, leftOutOf(current!.analysis, current!.live))
        : null;
    },
    dispose() {
      clearTimeout(timer);
      observer.disconnect();
      win.removeEventListener('popstate', onNavigate);
      (win as Window & { navigation?: EventTarget }).navigation?.removeEventListener('navigatesuccess', onNavigate);
      hideShownQuote();
      marks?.remove();
      marks = null;
    },
  };
}
