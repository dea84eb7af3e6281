import type { AnalyzeOptions, BoilerplateBlock, MainBody, PageAnalysis, PageMetadata } from './types';
import { runReadability, originalOf, type ReadabilityRun } from './extract/readability';
import { linkTextLength, visibleText } from './dom/text';
import { startAnalysisCaches } from './dom/analysis-cache';
import { mainUnits, toMainBody, type MainUnits } from './extract/main-body';
import { extractMetadata } from './metadata/metadata';
import { findInnerBoilerplate, findOuterBlocks, toBlock } from './boilerplate/segment';
import { extractQuotes } from './quotes/extract';

// The one analysis every shell calls: a pure function of a Document and its URL. It reads the
// document and never changes it (Readability works on a clone), so the content script can run it
// on the live page and map the result straight onto live nodes.

const MIN_ARTICLE_CHARS = 250;

export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): PageAnalysis {
  try {
    const steps = analysisSteps(doc, url, options);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  } catch (e) {
    return failed(url, e);
  }
}

/**
 * The same analysis, handing the main thread back to the page between stages, so no single task
 * of the content script holds it for the whole analysis. `pause` defaults to a macrotask.
 */
export async function analyzePageInSteps(
  doc: Document,
  url: string,
  options: AnalyzeOptions = {},
  pause: () => Promise<void> = nextTask,
): Promise<PageAnalysis> {
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

function nextTask(): Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return sched.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function failed(url: string, e: unknown): PageAnalysis {
  // hostile or pathological pages (a tree too deep to walk, a document without a body) get a
  // graceful "no article" instead of an exception in the reader's page
  const why =
    e instanceof RangeError
      ? 'The page is too deeply nested to analyse.'
      : `The page could not be analysed (${(e as Error)?.message ?? e}).`;
  return noArticle(url, why, emptyMetadata(url), {});
}

function noArticle(url: string, reason: string, metadata: PageMetadata, timings: Record<string, number>): PageAnalysis {
  return {
    url,
    isArticle: false,
    reason,
    metadata,
    main: { text: '', paragraphs: [], length: 0, elements: [] },
    blocks: [],
    quotes: [],
    timings,
  };
}

/**
 * Times the stages into `timings`. `resume` restarts the clock after a pause: time spent paused
 * belongs to the page, not to a stage.
 */
function stopwatch(timings: Record<string, number>, clock: () => number) {
  let t = clock();
  return {
    lap(name: string) {
      const now = clock();
      timings[name] = now - t;
      t = now;
    },
    resume() {
      t = clock();
    },
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

/** The analysis as stages; it yields each stage's name once that stage is done. */
function* analysisSteps(doc: Document, url: string, options: AnalyzeOptions): Generator<string, PageAnalysis, void> {
  const timings: Record<string, number> = {};
  const watch = stopwatch(
    timings,
    options.clock ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now())),
  );

  const run = runReadability(doc);
  watch.lap('readability');
  yield 'readability';
  watch.resume();
  // Readability has finished rewriting its clone; from here on no text we read changes
  const stopCaches = startAnalysisCaches();
  try {
    return yield* afterReadability(doc, url, options, run, timings, watch);
  } finally {
    stopCaches();
  }
}

function* afterReadability(
  doc: Document,
  url: string,
  options: AnalyzeOptions,
  run: ReadabilityRun,
  timings: Record<string, number>,
  watch: ReturnType<typeof stopwatch>,
): Generator<string, PageAnalysis, void> {
  const metadata = extractMetadata(doc, url, run.byline);
  watch.lap('metadata');

  const inner = run.article ? findInnerBoilerplate(run.article, run.title) : [];
  const main = mainUnits(run, new Set(inner.map((f) => f.el)));
  let body = toMainBody(main);
  const listing = !options.force && looksLikeListing(body.paragraphs, main.originals);
  const isArticle =
    !!run.article && (options.force || (body.length >= MIN_ARTICLE_CHARS && body.paragraphs.length >= 1 && !listing));
  if (!isArticle) {
    watch.lap('main');
    const reason = !run.article
      ? 'No article was found on this page.'
      : listing
        ? 'This page lists other pages (a home page, a section, search results); it has no article of its own.'
        : 'The page has too little text to be an article.';
    return noArticle(url, reason, metadata, timings);
  }

  const innerBlocks: BoilerplateBlock[] = [];
  const flagged = new Set<Element>();
  for (const f of inner) {
    const original = originalOf(f.el, run);
    if (original) flagged.add(original);
    // the clone's text is what Readability kept; the original element is what the page shows
    const b = toBlock(original ?? f.el, f.category, f.classification, 'inside', !!original);
    innerBlocks.push(b);
  }
  watch.lap('main');
  yield 'main';
  watch.resume();

  const mainEls = main.originals.filter((e): e is Element => !!e);
  const ancestorSet = new Set<Element>();
  for (const e of mainEls)
    for (let p = e.parentElement; p && !ancestorSet.has(p); p = p.parentElement) ancestorSet.add(p);
  const outer = findOuterBlocks(doc, {
    mainSet: new Set(mainEls),
    ancestorSet,
    flagged,
    title: metadata.title,
    firstMain: mainEls[0] ?? null,
    lastMain: mainEls.at(-1) ?? null,
  });
  const blocks = [...innerBlocks, ...outer.map((o) => toBlock(o.el, o.category, o.classification, 'outside', true))];
  sortInDocumentOrder(blocks);
  // only blocks named by real evidence may take a paragraph out; a region that fell back to
  // "other" inside a paragraph's container is as likely the paragraph's own text
  body = withoutCoveredUnits(
    main,
    body,
    outer
      .filter(
        (o) => o.classification.cues.includes('figcaption') || (o.category !== 'other' && o.classification.score >= 2),
      )
      .map((o) => o.el),
  );
  watch.lap('boilerplate');
  yield 'boilerplate';
  watch.resume();

  const quotes = extractQuotes(body.paragraphs, metadata, options);
  watch.lap('quotes');
  return { url, isArticle: true, reason: null, metadata, main: body, blocks, quotes, timings };
}

/**
 * Readability sometimes wraps page furniture in a paragraph of its own making (a caption's text in
 * a new <p>); the original behind it is then a container, and the outer pass flags the furniture
 * inside it. A main paragraph that is mostly such a flagged block's text is dropped from the body.
 */
function withoutCoveredUnits(main: MainUnits, body: MainBody, outer: Element[]): MainBody {
  if (!outer.length) return body;
  const keep: number[] = [];
  main.units.forEach((u, i) => {
    const el = main.originals[i];
    const covered = !!el && outer.some((o) => o !== el && el.contains(o) && coversMostOf(visibleText(o), u.text));
    if (!covered) keep.push(i);
  });
  if (keep.length === main.units.length) return body;
  return toMainBody({ units: keep.map((i) => main.units[i]), originals: keep.map((i) => main.originals[i]) });
}

function coversMostOf(blockText: string, unitText: string): boolean {
  return blockText.length >= 0.8 * unitText.length && blockText.includes(unitText.slice(0, 40));
}

/**
 * A home page, a section front or search results: Readability can always find *some* body, but
 * here it is teasers, headlines that are links over snippets too short to be paragraphs. Articles
 * with short paragraphs (briefs, lyrics) pass, because their text is not links.
 */
function looksLikeListing(paragraphs: string[], originals: (Element | null)[]): boolean {
  // Readability's own measure of "enough paragraphs of substance"
  let substance = 0;
  for (const p of paragraphs) if (p.length > 140) substance += Math.sqrt(p.length - 140);
  if (substance >= 20) return false;
  let text = 0;
  let linked = 0;
  for (const el of new Set(originals)) {
    if (!el) continue;
    text += visibleText(el).length;
    linked += linkTextLength(el);
  }
  return text > 0 && linked / text > LISTING_LINK_SHARE;
}

const LISTING_LINK_SHARE = 0.25;

function sortInDocumentOrder(blocks: BoilerplateBlock[]): void {
  blocks.sort((a, b) => (a.element && b.element ? (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1) : 0));
}
