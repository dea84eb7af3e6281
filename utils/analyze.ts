import type {
  AnalyzeOptions,
  BoilerplateBlock,
  LiveAnalysis,
  MainBody,
  PageMetadata,
  PageAnalysis,
  Quote,
} from './types';
import {
  cloneForReadability,
  originalOf,
  parseCloneSteps,
  type ReadabilityInput,
  type ReadabilityRun,
} from './extract/readability';
import { startAnalysisCaches } from './dom/analysis-cache';
import { visibleText } from './dom/text';
import { ancestorsOf } from './dom/ancestors';
import { mainElements, mainUnits, toMainBody, type MainUnits } from './extract/main-body';
import { declaresArticle } from './metadata/declared';
import { FRAGMENT, NOT_ARTICLE_MESSAGES, notArticleReason, STANDFIRST, withoutCoveredUnits } from './extract/article';
import { fragmentContinuations, withBlocks } from './extract/fragment';
import { withStandfirst } from './extract/lead';
import { extractMetadata } from './metadata/metadata';
import { findInnerBoilerplateSteps, findOuterBlocksSteps, OUTSIDE_MIN_SCORE, toBlock } from './boilerplate/segment';
import { extractQuotesSteps } from './quotes/extract';
import { runStages, type Stage } from './stages';

// The one analysis every shell calls: a pure function of a Document and its URL. It reads the
// document and never changes it (Readability works on a clone), so the content script can run it
// on the live page and map the result straight onto live nodes.

/** What the stages hand on to each other in one run. */
class AnalysisRun {
  readabilityInput!: ReadabilityInput;
  readability!: ReadabilityRun;
  metadata!: PageMetadata;
  /** Readability's paragraphs, less the boilerplate found inside them. */
  main!: MainUnits;
  blocks: { block: BoilerplateBlock; element: Element | null }[] = [];
  quotes: Quote[] = [];
  stopCaches: () => void = () => {};

  constructor(
    readonly doc: Document,
    readonly url: string,
    readonly options: AnalyzeOptions,
    readonly timings: Record<string, number>,
  ) {}

  body(): MainBody {
    return toMainBody(this.main);
  }
}

/** The stages, in order; the stepped analysis pauses between each two. */
const STAGES: readonly Stage<AnalysisRun, LiveAnalysis>[] = [
  {
    // a stage of its own: on a long page the clone costs a quarter of what Readability does
    name: 'clone',
    run(r) {
      r.readabilityInput = cloneForReadability(r.doc, true);
      return undefined;
    },
  },
  {
    name: 'readability',
    *run(r) {
      r.readability = yield* parseCloneSteps(r.readabilityInput);
      // Readability has finished rewriting its clone; from here on no text we read changes
      r.stopCaches = startAnalysisCaches();
      return undefined;
    },
  },
  {
    name: 'metadata',
    run(r) {
      r.metadata = extractMetadata(r.doc, r.url, r.readability.byline);
      return undefined;
    },
  },
  { name: 'main', run: mainStage },
  { name: 'boilerplate', run: boilerplateStage },
  {
    name: 'quotes',
    *run(r) {
      r.quotes = yield* extractQuotesSteps(r.body().paragraphs, r.metadata, r.options);
      return undefined;
    },
  },
];

/** The names of the stages, in order: the keys of `timings`. */
export const STAGE_NAMES = STAGES.map((s) => s.name);

/** Readability's body, the boilerplate inside it, and whether it is an article at all. */
function* mainStage(r: AnalysisRun): Generator<void, LiveAnalysis | undefined, void> {
  const run = r.readability;
  const inner = run.article ? yield* findInnerBoilerplateSteps(run.article, run.title) : [];
  r.main = mainUnits(run, new Set(inner.map((f) => f.el)));
  const why = notArticleReason(!!run.article, r.body(), r.main.originals, !!r.options.force, () =>
    declaresArticle(r.doc),
  );
  if (why) return noArticle(r.url, NOT_ARTICLE_MESSAGES[why], r.metadata, r.timings);
  // before the outer pass, so the standfirst counts as the body there and is not named a block
  if (!r.options.noStandfirst) r.main = withStandfirst(r.main, STANDFIRST);
  for (const f of inner) {
    const original = pageElementOfInner(f.el, originalOf(f.el, run));
    // the clone's text is what Readability kept; the original element is what the page shows
    r.blocks.push({ block: toBlock(original ?? f.el, f.category, f.classification, 'inside'), element: original });
  }
  return undefined;
}

/** A flagged line's page element may show at most this many times the line's text … */
const INNER_MARK_MAX_SPREAD = 2;
/** … and this many characters more (a label, a count, a button beside it). */
const INNER_MARK_SLACK = 40;

/**
 * The page element to mark for a block flagged inside the body, or null: a line Readability wrapped
 * in a paragraph of its own making ("Du musst eingeloggt sein …" loose in the post's <div>) has only
 * the container for an original, and a mark there would name the whole article after the line.
 */
function pageElementOfInner(clone: Element, original: Element | null): Element | null {
  if (!original) return null;
  const shown = visibleText(original).length;
  return shown > INNER_MARK_MAX_SPREAD * visibleText(clone).length + INNER_MARK_SLACK ? null : original;
}

/** The widgets around the body, each named; a paragraph that turns out to be one leaves the body. */
function* boilerplateStage(r: AnalysisRun): Generator<void, undefined, void> {
  const mainEls = r.main.originals.filter((e): e is Element => !!e);
  const ancestorSet = ancestorsOf(mainEls);
  let outer = yield* findOuterBlocksSteps(r.doc, {
    mainSet: new Set(mainEls),
    ancestorSet,
    flagged: new Set(r.blocks.map((b) => b.element).filter((e): e is Element => !!e)),
    title: r.metadata.title,
    firstMain: mainEls[0] ?? null,
    lastMain: mainEls.at(-1) ?? null,
  });
  // the rest of an article Readability kept a fragment of is body, not a block around it
  const unnamed = outer.filter((o) => o.category === 'other').map((o) => ({ el: o.el, cues: o.classification.cues }));
  const continuations = new Set(r.options.noFragment ? [] : fragmentContinuations(unnamed, r.main, FRAGMENT));
  if (continuations.size) {
    r.main = withBlocks(r.main, [...continuations]);
    outer = outer.filter((o) => !continuations.has(o.el));
  }
  for (const o of outer)
    r.blocks.push({ block: toBlock(o.el, o.category, o.classification, 'outside'), element: o.el });
  sortInDocumentOrder(r.blocks);
  // only blocks named by real evidence may take a paragraph out; a region that fell back to
  // "other" inside a paragraph's container is as likely the paragraph's own text
  const named = outer.filter(
    (o) =>
      o.classification.cues.includes('figcaption') ||
      (o.category !== 'other' && o.classification.score >= OUTSIDE_MIN_SCORE),
  );
  r.main = withoutCoveredUnits(
    r.main,
    named.map((o) => o.el),
  );
  return undefined;
}

function finish(r: AnalysisRun): LiveAnalysis {
  const { url, metadata, timings, quotes } = r;
  return {
    analysis: {
      url,
      isArticle: true,
      reason: null,
      metadata,
      main: r.body(),
      blocks: r.blocks.map((b) => b.block),
      quotes,
      timings,
    },
    live: { mainElements: mainElements(r.main), blockElements: r.blocks.map((b) => b.element) },
  };
}

const defaultClock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function* analysisSteps(doc: Document, url: string, options: AnalyzeOptions): Generator<string, LiveAnalysis, void> {
  const timings: Record<string, number> = {};
  const run = new AnalysisRun(doc, url, options, timings);
  try {
    return yield* runStages(STAGES, run, finish, timings, options.clock ?? defaultClock);
  } finally {
    run.stopCaches();
  }
}

/** The analysis of a page, as plain data. */
export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): PageAnalysis {
  return analyzeLive(doc, url, options).analysis;
}

/** The analysis together with the page elements it was read from, for drawing on the live page. */
export function analyzeLive(doc: Document, url: string, options: AnalyzeOptions = {}): LiveAnalysis {
  try {
    const steps = analysisSteps(doc, url, options);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  } catch (e) {
    return failed(url, e);
  }
}

/**
 * The analysis in one go, with the milliseconds of each task the stepped analysis
 * (`analyzeLiveInSteps`) would run it in: the benchmark's longest task.
 */
export function analyzeLiveTimed(
  doc: Document,
  url: string,
  options: AnalyzeOptions = {},
): { result: LiveAnalysis; tasks: number[] } {
  const clock = options.clock ?? defaultClock;
  const tasks: number[] = [];
  let started = clock();
  try {
    const steps = analysisSteps(doc, url, options);
    for (let r = steps.next(); ; r = steps.next()) {
      tasks.push(clock() - started);
      if (r.done) return { result: r.value, tasks };
      started = clock();
    }
  } catch (e) {
    return { result: failed(url, e), tasks };
  }
}

/**
 * The same analysis, handing the main thread back to the page between stages and inside the long
 * ones, so no single task of the content script holds it for long. `pause` defaults to a macrotask.
 */
export async function analyzeLiveInSteps(
  doc: Document,
  url: string,
  options: AnalyzeOptions = {},
  pause: () => Promise<void> = nextTask,
): Promise<LiveAnalysis> {
  try {
    const steps = analysisSteps(doc, url, options);
    for (let r = steps.next(); ; r = steps.next()) {
      if (r.done) return r.value;
      await pause();
    }
  } catch (e) {
    return failed(url, e);
  }
}

/**
 * The next task: `scheduler.yield()` where the browser has it, else a message to ourselves. Not a
 * timer: a tab in the background (the page, while the popup is open in a tab of its own) has its
 * timers held back to one a second, and the analysis pauses dozens of times on a long page.
 */
function nextTask(): Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return sched.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function failed(url: string, e: unknown): LiveAnalysis {
  // hostile or pathological pages (a tree too deep to walk, a document without a body) get a
  // graceful "no article" instead of an exception in the reader's page
  const why =
    e instanceof RangeError
      ? 'The page is too deeply nested to analyse.'
      : `The page could not be analysed (${(e as Error)?.message ?? e}).`;
  return noArticle(url, why, emptyMetadata(url), {});
}

function noArticle(url: string, reason: string, metadata: PageMetadata, timings: Record<string, number>): LiveAnalysis {
  return {
    analysis: { url, isArticle: false, reason, metadata, timings },
    live: { mainElements: [], blockElements: [] },
  };
}

function emptyMetadata(url: string): PageMetadata {
  return {
    title: null,
    site: null,
    author: null,
    published: null,
    modified: null,
    canonical: null,
    language: null,
    description: null,
    url,
  };
}

function sortInDocumentOrder(blocks: { element: Element | null }[]): void {
  blocks.sort((a, b) => (a.element && b.element ? (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1) : 0));
}
