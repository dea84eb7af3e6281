// The quote library's part of `npm run bench`: a library of 10,000 quotes opened in the side panel,
// and searched, in the same Chromium run as the rest, each beside a baseline measured in the same
// page: opening beside an empty library and beside IndexedDB reading the same records alone;
// searching beside a naive scan (every record serialised and lower-cased) of the same records.
// The quotes are the real analysis of the benchmark's pages, repeated over as many articles as it
// takes (each copy its own article address), so their text lengths are real ones.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadPage } from '../cli/load-page';
import type { Browser } from '../tests/e2e/harness';
import { analyzePage } from '../utils/analyze';
import { recordFor } from '../utils/library/record';
import { saveRequest } from '../utils/library/request';
import type { SavedQuote } from '../utils/library/types';

export const LIBRARY_SIZE = 10_000;
const QUERIES = ['iran', 'kirby', 'permission from anyone', '"seek permission"', 'ministry spokes', 'zzzz', 'a'];

export interface LibraryMeasure {
  quotes: number;
  articles: number;
  /** Side panel navigation → first saved quote on screen, ms (each run). */
  openMs: number[];
  /** Side panel navigation → every quote read (search and counts cover the whole library). */
  openAllMs: number[];
  /** The same with an empty library: the page, its scripts and an empty read. */
  openEmptyMs: number[];
  /** IndexedDB `getAll` of the same records in the same page, alone. */
  readAllMs: number[];
  /** Keystroke → results on screen, per query and run (the first search also builds the index). */
  searchMs: number[];
  firstSearchMs: number;
  /** The naive scan of the same records for the same queries. */
  naiveSearchMs: number[];
}

export function syntheticLibrary(files: string[], size = LIBRARY_SIZE): SavedQuote[] {
  const requests = files.flatMap((file) => {
    const page = loadPage(file);
    try {
      const a = analyzePage(page.document, page.url);
      return a.isArticle ? a.quotes.map((q) => saveRequest(q, a.metadata)) : [];
    } finally {
      page.close();
    }
  });
  if (!requests.length) throw new Error('bench: no quotes in the benchmark pages to build a library from');
  const out = new Map<string, SavedQuote>();
  const start = Date.parse('2026-01-01T09:00:00Z');
  for (let copy = 0; out.size < size; copy++) {
    for (const req of requests) {
      if (out.size >= size) break;
      const url = `${(req.page.canonical ?? req.page.url).replace(/[?#].*$/, '')}/copy-${copy}`;
      const r = recordFor({ ...req, page: { ...req.page, url, canonical: url } }, new Date(start + out.size * 60_000));
      if (out.size % 10 === 0) r.note = `Checked against the transcript, copy ${copy}.`;
      // the same words twice in one article are one saved quote
      out.set(r.id, r);
    }
  }
  return [...out.values()];
}

/** In the side panel page: puts the records into the library's store, in batches. */
async function fill(page: Page, records: SavedQuote[]): Promise<void> {
  for (let i = 0; i < records.length; i += 2000)
    await page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('verbatim-library');
          open.onsuccess = () => {
            const tx = open.result.transaction('quotes', 'readwrite');
            for (const r of batch) tx.objectStore('quotes').put(r);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      records.slice(i, i + 2000),
    );
}

const CARDS_AT = `new MutationObserver((_, o) => {
  if (!window.__cardsAt && document.querySelector('.card, .panel-state__title')) window.__cardsAt = performance.now();
  if (!window.__readyAt && document.querySelector('.library[data-status=ready]')) window.__readyAt = performance.now();
  if (window.__cardsAt && window.__readyAt) o.disconnect();
}).observe(document, { childList: true, subtree: true, attributes: true });`;

async function timeOpen(b: Browser, runs: number): Promise<{ first: number[]; ready: number[] }> {
  const times: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 400, height: 860 });
    await page.addInitScript(CARDS_AT);
    await page.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await page.waitForSelector('.library[data-status=ready]', { timeout: 30_000 });
    const at = (await page.evaluate('[window.__cardsAt ?? NaN, window.__readyAt ?? NaN]')) as number[];
    times.push(at[0]);
    ready.push(at[1]);
    await page.close();
  }
  return { first: times, ready };
}

export async function measureLibrary(b: Browser, files: string[], runs = 5): Promise<LibraryMeasure> {
  const records = syntheticLibrary(files);
  const openEmptyMs = (await timeOpen(b, runs)).first;
  const panel = await b.context.newPage();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  await panel.waitForSelector('.panel-state__title');
  await fill(panel, records);
  await panel.close();
  const open = await timeOpen(b, runs);

  const page = await b.context.newPage();
  await page.setViewportSize({ width: 400, height: 860 });
  await page.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  // the reader types once the panel is up: the index is built in the idle time before that
  await page.waitForSelector('.library[data-indexed]');
  // a string, not a function: tsx would wrap the inner functions in a helper the page does not have
  const inPage = (await page.evaluate(`(async () => {
    const queries = ${JSON.stringify(QUERIES)};
    const runs = ${runs};
    const readAll = () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('verbatim-library');
        open.onsuccess = () => {
          const req = open.result.transaction('quotes').objectStore('quotes').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      });
    const readAllMs = [];
    let all = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      all = await readAll();
      readAllMs.push(performance.now() - t);
    }
    const input = document.querySelector('input[type=search]');
    const search = async (q) => {
      const t = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // the panel renders on a microtask: a task later, the results are in the page
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - t;
    };
    const firstSearchMs = await search(queries[0]);
    const searchMs = [];
    const naiveSearchMs = [];
    for (let i = 0; i < runs; i++)
      for (const q of queries) {
        await search('');
        searchMs.push(await search(q));
        const t = performance.now();
        const needle = q.replace(/"/g, '').toLowerCase();
        all.filter((r) => JSON.stringify(r).toLowerCase().includes(needle));
        naiveSearchMs.push(performance.now() - t);
      }
    return { readAllMs, searchMs, firstSearchMs, naiveSearchMs, count: all.length };
  })()`)) as { readAllMs: number[]; searchMs: number[]; firstSearchMs: number; naiveSearchMs: number[]; count: number };
  await page.close();
  return {
    quotes: inPage.count,
    articles: new Set(records.map((r) => r.articleKey)).size,
    openMs: open.first,
    openAllMs: open.ready,
    openEmptyMs,
    readAllMs: inPage.readAllMs,
    searchMs: inPage.searchMs,
    firstSearchMs: inPage.firstSearchMs,
    naiveSearchMs: inPage.naiveSearchMs,
  };
}

/** The files an extension page loads up front: the page, its scripts and preloads, its stylesheets. */
export function pageFiles(outDir: string, html: string): string[] {
  const text = fs.readFileSync(path.join(outDir, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]);
  return [html, ...refs].map((f) => path.join(outDir, f)).filter((f) => fs.existsSync(f));
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, c) => a - c);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const max = (xs: number[]) => Math.max(...xs.filter(Number.isFinite));
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

export function librarySummary(m: LibraryMeasure) {
  return {
    quotes: m.quotes,
    articles: m.articles,
    openMs: { median: median(m.openMs), max: max(m.openMs) },
    openAllMs: { median: median(m.openAllMs), max: max(m.openAllMs) },
    openEmptyMs: { median: median(m.openEmptyMs), max: max(m.openEmptyMs) },
    readAllMs: { median: median(m.readAllMs), max: max(m.readAllMs) },
    searchMs: { median: median(m.searchMs), max: max(m.searchMs) },
    firstSearchMs: m.firstSearchMs,
    naiveSearchMs: { median: median(m.naiveSearchMs), max: max(m.naiveSearchMs) },
  };
}

export function printLibrary(s: ReturnType<typeof librarySummary>): void {
  console.log(
    `library of ${s.quotes.toLocaleString('en')} quotes (${s.articles} articles), side panel:\n` +
      `  open → first quotes   median ${f1(s.openMs.median)} ms, max ${f1(s.openMs.max)} ms   (empty library ${f1(s.openEmptyMs.median)} ms; IndexedDB reading the same records alone ${f1(s.readAllMs.median)} ms)   (target < 200)\n` +
      `  open → all read       median ${f1(s.openAllMs.median)} ms, max ${f1(s.openAllMs.max)} ms   (counts, search and export cover the whole library from then on)\n` +
      `  search → results      median ${f1(s.searchMs.median)} ms, max ${f1(s.searchMs.max)} ms   (a naive scan of the same records ${f1(s.naiveSearchMs.median)} ms; the first search, which builds the index, ${f1(s.firstSearchMs)} ms)   (target < 50)`,
  );
}
