import { Readability } from '@mozilla/readability';
import { analyzeLiveTimed } from '../analyze';
import type { PageAnalysis } from '../types';
import { applyMarks } from '../marks';

// What `npm run bench` measures inside a real page: Readability alone (the unavoidable cost)
// against Verbatim's whole analysis plus its marks, stage by stage, in the same page and browser,
// alternating the two so neither gets the warmer caches. It also checks that the page survives:
// the DOM after the marks are removed serialises exactly as before, and its text is unchanged.
// Two figures beside the counted runs: the first run in the page, which a reader's page pays (its
// code is cold then, for Readability alone as for Verbatim), and the style and layout the marks leave
// for the next frame, which the reader waits for too but the marks' own call does not include.

export interface PageMeasure {
  readabilityMs: number;
  fullMs: number;
  ratio: number;
  stages: Record<string, number>;
  /** The longest stretch the analysis holds the page's main thread in one go. */
  longestTaskMs: number;
  isArticle: boolean;
  quotes: number;
  blocks: number;
  domRestored: boolean;
  textUnchanged: boolean;
  error: string | null;
  /** The warm-up run: the first analysis in a fresh page, as the content script runs it. */
  firstRun: { readabilityMs: number; fullMs: number; ratio: number };
  /** A forced style and layout right after the marks, in a run of its own after the counted ones. */
  afterMarksMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

export function measurePage(doc: Document, win: Window & typeof globalThis, runs = 3): PageMeasure {
  const now = () => win.performance.now();
  const base: number[] = [];
  const full: number[] = [];
  const stages: Record<string, number[]> = {};
  const tasks: number[] = [];
  const before = doc.documentElement.outerHTML;
  const textBefore = doc.body?.innerText ?? '';
  let last: PageAnalysis | null = null;
  let error: string | null = null;
  let domRestored = true;
  let textUnchanged = true;
  const firstRun = { readabilityMs: NaN, fullMs: NaN, ratio: NaN };
  let afterMarksMs = NaN;
  try {
    for (let i = 0; i <= runs; i++) {
      // run 0 warms both up and is not counted
      let t = now();
      try {
        new Readability(doc.cloneNode(true) as Document).parse();
      } catch {
        /* Readability failing is a result too: it still cost this long */
      }
      const r = now() - t;
      t = now();
      const { result: live, tasks: analysisTasks } = analyzeLiveTimed(doc, win.location.href);
      const a = live.analysis;
      const tm = now();
      const marks = applyMarks({ document: doc, window: win, ...live });
      const te = now();
      marks.remove();
      if (i === 0) {
        Object.assign(firstRun, { readabilityMs: r, fullMs: te - t, ratio: (te - t) / r });
        continue;
      }
      base.push(r);
      full.push(te - t);
      for (const [k, v] of Object.entries({ ...a.timings, marks: te - tm })) (stages[k] ??= []).push(v);
      // the content script runs the analysis in the tasks analyzeLiveInSteps pauses between, then the marks
      tasks.push(Math.max(...analysisTasks, te - tm));
      last = a;
      if (doc.documentElement.outerHTML !== before) domRestored = false;
    }
    afterMarksMs = timeFrameAfterMarks(doc, win, now);
    if (doc.documentElement.outerHTML !== before) domRestored = false;
    textUnchanged = (doc.body?.innerText ?? '') === textBefore;
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const st = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, median(v)]));
  const readabilityMs = median(base);
  const fullMs = median(full);
  return {
    readabilityMs,
    fullMs,
    ratio: fullMs / readabilityMs,
    stages: st,
    longestTaskMs: median(tasks),
    isArticle: !!last?.isArticle,
    quotes: last?.isArticle ? last.quotes.length : 0,
    blocks: last?.isArticle ? last.blocks.length : 0,
    domRestored,
    textUnchanged,
    error,
    firstRun,
    afterMarksMs,
  };
}

/**
 * The style and layout the marks leave pending (the overlay's boxes, the highlight sheet's rules),
 * forced at once instead of in the next frame. A run of its own, so the counted runs keep starting
 * from the state they always did.
 */
function timeFrameAfterMarks(doc: Document, win: Window & typeof globalThis, now: () => number): number {
  const { result: live } = analyzeLiveTimed(doc, win.location.href);
  const marks = applyMarks({ document: doc, window: win, ...live });
  const t = now();
  void doc.documentElement.getBoundingClientRect();
  const ms = now() - t;
  marks.remove();
  return ms;
}
