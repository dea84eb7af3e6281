#!/usr/bin/env node
// npm run bench: how much Verbatim costs in a real page, beside Readability alone, in the same
// browser and the same run. Builds the extension (release, for bundle sizes; test build, for the
// loopback permission and the in-page hook), launches Debian's Chromium with it the way the e2e
// tests do, serves every page of a folder from 127.0.0.1 and measures inside each page.
//   --corpus DIR   pages (.html or .html.gz); default: the project's fixtures
//   --runs N       timed runs per page after one warm-up (default 9: RUNS_PER_PAGE)
//   --limit N      only the first N pages
//   --no-cli       skip timing the CLI over the same folder
//   --no-library   skip the quote library (10,000 quotes opened and searched in the side panel)
//   --no-link      skip linking an article against 10,000 remembered quotes (scripts/bench-link.ts)
//   --no-batch     skip the batch CLI over the corpus (scripts/bench-batch.ts; --corpus, else the
//                  181 Scrapinghub pages)
//   --profile      unminified build, a CPU profile of the analysis in every page: prints the
//                  functions that cost most, by self time and by total time
// Prints a table and writes out/bench.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
// the bench builds apart from the e2e tests' build, so the two can run at once
process.env.VERBATIM_OUT_DIR ??= '.output/bench';
const { buildTestExtension, launch, openPopup, tabIdOf, ROOT } = await import('../tests/e2e/harness');
import type { PageMeasure } from '../utils/bench/measure';
import { benchPages, option } from './bench-pages';
import { measureNonArticles, nonArticleFiles } from './bench-nonarticle';
import { librarySummary, measureLibrary, pageFiles, printLibrary } from './bench-library';
import { benchLinking, printLinkBench } from './bench-link';
import { benchBatch, printBatchBench } from './bench-batch';

const args = process.argv.slice(2);
/**
 * Timed runs per page; a page's figure is their median. With 3, one page's ratio moved by 13% (relative
 * sd) between two benches of the same tree on the 181 Scrapinghub pages, and the 10 pages above the p95 were
 * mostly different pages each time: noise lifts a page's figure as often as it lowers it, but only the lifted
 * ones reach the p95, so the p95 of 3-run figures read 2.87–3.19 (mean 3.06) over six benches of one tree.
 * With 9: 8% per page, p95 2.65–3.00 (mean 2.75) over six benches of that tree, alternated with the
 * others (2026-12-07, 0a762af).
 */
const RUNS_PER_PAGE = 9;
const runs = +option(args, '--runs', String(RUNS_PER_PAGE));
const { dirs, files } = benchPages(args, ROOT);

const pct = (xs: number[], p: number) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const spread = (xs: number[]) => ({ median: pct(xs, 50), p95: pct(xs, 95), max: pct(xs, 100) });
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const gz = (file: string) => (fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : 0);

async function main() {
  // bundle sizes come from the release build, the in-page numbers from the test build
  const rel = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (rel.status !== 0) throw new Error(`release build failed: ${rel.stderr}`);
  const profiling = args.includes('--profile');
  if (profiling) process.env.VERBATIM_NO_MINIFY = '1';
  process.env.VERBATIM_E2E_NO_BUILD = '0';
  buildTestExtension();
  const out = path.join(ROOT, '.output/chrome-mv3');
  const popupJs = fs
    .readdirSync(path.join(out, 'chunks'))
    .filter((f) => f.startsWith('popup'))
    .map((f) => path.join(out, 'chunks', f));
  const popupCss = fs.existsSync(path.join(out, 'assets'))
    ? fs
        .readdirSync(path.join(out, 'assets'))
        .filter((f) => f.endsWith('.css'))
        .map((f) => path.join(out, 'assets', f))
    : [];
  const bundles = {
    contentScriptGzipKB: gz(path.join(out, 'content-scripts/content.js')) / 1024,
    popupGzipKB: [...popupJs, ...popupCss, path.join(out, 'popup.html')].reduce((n, f) => n + gz(f), 0) / 1024,
    // what the popup and the side panel load when they open, chunks they share included
    popupPageGzipKB: pageFiles(out, 'popup.html').reduce((n, f) => n + gz(f), 0) / 1024,
    sidePanelGzipKB: pageFiles(out, 'sidepanel.html').reduce((n, f) => n + gz(f), 0) / 1024,
    backgroundGzipKB: gz(path.join(out, 'background.js')) / 1024,
  };

  const byName = new Map(files.map((f) => [path.basename(f).replace(/\.gz$/, ''), f]));
  const nonArticles = args.includes('--no-nonarticle') ? [] : nonArticleFiles(ROOT, path.join(ROOT, '../shared'));
  const served = new Map([...byName, ...nonArticles.map((f) => [`nonarticle/${path.basename(f)}`, f] as const)]);
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    const f = served.get(name);
    if (!f) return void res.writeHead(404).end();
    let body = fs.readFileSync(f);
    if (f.endsWith('.gz')) body = zlib.gunzipSync(body);
    // ?noscript: the same page with its own scripts off (for pages whose scripts send the tab away)
    const csp = req.url?.endsWith('?noscript') ? { 'content-security-policy': "script-src 'none'" } : {};
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const b = await launch();
  const page = await b.context.newPage();
  // the pages' own subresources point at sites this machine cannot reach: don't wait for them
  await page.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.abort(),
  );
  const rows: (PageMeasure & { id: string; startMs?: number })[] = [];
  const cdp = profiling ? await b.context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const selfTime = new Map<string, number>();
  const totalTime = new Map<string, number>();
  for (const [name] of byName) {
    const id = name.replace(/\.html?$/, '');
    try {
      await page.goto(`${origin}/${name}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      // A few saved pages redirect themselves to their (unreachable) site and end on an error page
      // no extension may read: measure those with their own scripts off.
      await page.waitForTimeout(50);
      if (!page.url().startsWith(origin))
        await page.goto(`${origin}/${name}?noscript`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      const tabId = await tabIdOf(b, page);
      if (cdp) await cdp.send('Profiler.start');
      // a string, not a function: tsx would wrap a function in helpers the browser does not have
      const r = (await b.worker.evaluate(`(async () => {
        const target = { tabId: ${tabId} };
        // what starting the content script costs the page (compiling it, building its tables),
        // as the time an injection takes beyond that of an empty one
        let t = performance.now();
        await chrome.scripting.executeScript({ target, files: ['/content-scripts/content.js'] });
        const inject = performance.now() - t;
        t = performance.now();
        await chrome.scripting.executeScript({ target, func: () => 0 });
        const empty = performance.now() - t;
        const [res] = await chrome.scripting.executeScript({ target, func: (n) => window.__verbatimBench.measure(n), args: [${runs}] });
        return { ...res.result, startMs: Math.max(0, inject - empty) };
      })()`)) as PageMeasure;
      rows.push({ id, ...r });
      if (cdp) addTimes((await cdp.send('Profiler.stop')).profile, selfTime, totalTime);
      process.stderr.write(
        `${id.slice(0, 40).padEnd(40)} readability ${f1(r.readabilityMs)} ms  verbatim ${f1(r.fullMs)} ms  ×${f2(r.ratio)}${r.error ? `  ERROR ${r.error}` : ''}${r.domRestored ? '' : '  DOM NOT RESTORED'}\n`,
      );
    } catch (e) {
      rows.push({ id, error: String(e).slice(0, 200) } as PageMeasure & { id: string });
      process.stderr.write(`${id}: ${String(e).slice(0, 200)}\n`);
    }
  }

  // the popup on an analysed page: open once (analyses), then time a second opening to the quotes
  const nonArticleTimes = nonArticles.length
    ? await measureNonArticles(
        b,
        page,
        nonArticles.map((f) => `${origin}/nonarticle/${path.basename(f)}`),
        tabIdOf,
      )
    : [];
  const popupTimes: number[] = [];
  // the first opening on a page also injects the content script and runs the analysis
  const popupFirstTimes: number[] = [];
  // The popup notes the moment the first quote enters its DOM (asking it afterwards would add
  // Playwright's own polling and round trip, tens of ms, to what the reader sees).
  await b.context.addInitScript(`if (location.protocol === 'chrome-extension:')
    new MutationObserver((_, o) => {
      if (!document.querySelector('li.quote')) return;
      window.__quotesAt = performance.now();
      o.disconnect();
    }).observe(document, { childList: true, subtree: true });`);
  for (const [name] of [...byName].filter(([n]) => /moscowtimes|ifp/.test(n))) {
    await page.goto(`${origin}/${name}`, { waitUntil: 'domcontentloaded' });
    const first = await openPopup(b, page);
    await first.waitForSelector('li.quote', { timeout: 20_000 });
    popupFirstTimes.push(await first.evaluate(() => (window as Window & { __quotesAt?: number }).__quotesAt ?? NaN));
    await first.close();
    for (let i = 0; i < 3; i++) {
      const p = await openPopup(b, page);
      await p.waitForSelector('li.quote', { timeout: 20_000 });
      popupTimes.push(await p.evaluate(() => (window as Window & { __quotesAt?: number }).__quotesAt ?? NaN));
      await p.close();
    }
  }
  // the quote library: 10,000 quotes in the side panel (after the popup, so its figures are as before)
  const library = args.includes('--no-library') ? null : librarySummary(await measureLibrary(b, files));
  await b.close();
  server.close();

  let cli: { pagesPerSecond: number; peakMB: number; line: string } | null = null;
  if (!args.includes('--no-cli')) {
    const t = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(ROOT, 'cli/analyze.ts'),
        '--format',
        'jsonl',
        '--stats',
        ...(dirs.length ? dirs : []),
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    const line =
      t.stderr
        .trim()
        .split('\n')
        .find((l) => l.includes('pages/s')) ?? '';
    cli = {
      pagesPerSecond: +(/([\d.]+) pages\/s/.exec(line)?.[1] ?? NaN),
      peakMB: +(/peak memory (\d+)/.exec(line)?.[1] ?? NaN),
      line,
    };
  }

  const linking = args.includes('--no-link') ? null : await benchLinking();
  const batch = args.includes('--no-batch') ? null : await benchBatch(args);

  const ok = rows.filter((r) => !r.error && Number.isFinite(r.fullMs));
  const col = (k: (r: PageMeasure) => number) => ok.map(k);
  const summary = {
    pages: rows.length,
    measured: ok.length,
    runsPerPage: runs,
    readabilityMs: spread(col((r) => r.readabilityMs)),
    verbatimMs: spread(col((r) => r.fullMs)),
    ratio: spread(col((r) => r.ratio)),
    /** The first analysis in each page (cold code), which the counted runs above follow. */
    firstRun: {
      readabilityMs: spread(col((r) => r.firstRun.readabilityMs)),
      verbatimMs: spread(col((r) => r.firstRun.fullMs)),
      ratio: spread(col((r) => r.firstRun.ratio)),
    },
    afterMarksMs: spread(col((r) => r.afterMarksMs)),
    stagesMedianMs: Object.fromEntries(
      [...new Set(ok.flatMap((r) => Object.keys(r.stages)))].map((k) => [
        k,
        pct(
          col((r) => r.stages[k] ?? 0),
          50,
        ),
      ]),
    ),
    longestTaskMs: spread(col((r) => r.longestTaskMs)),
    contentScriptStartMs: {
      median: pct(
        ok.map((r) => r.startMs ?? NaN),
        50,
      ),
      max: pct(
        ok.map((r) => r.startMs ?? NaN),
        100,
      ),
    },
    /** Automatic marking on pages with no article: the first stage's start and decision. */
    nonArticleMs: { pages: nonArticleTimes.length, median: pct(nonArticleTimes, 50), p95: pct(nonArticleTimes, 95) },
    popupOpenToQuotesMs: { median: pct(popupTimes, 50), max: pct(popupTimes, 100) },
    popupFirstOpenToQuotesMs: { median: pct(popupFirstTimes, 50), max: pct(popupFirstTimes, 100) },
    bundles,
    library,
    cli,
    batch,
    robustness: {
      errors: rows.filter((r) => r.error).map((r) => r.id),
      domNotRestored: ok.filter((r) => !r.domRestored).map((r) => r.id),
      textChanged: ok.filter((r) => !r.textUnchanged).map((r) => r.id),
    },
  };
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'out/bench.json'), JSON.stringify({ summary, rows, linking }, null, 2));

  const S = summary;
  console.log(`\nbench: ${S.measured}/${S.pages} pages, ${runs} runs each, Chromium headless`);
  console.log(`                          median     p95     max`);
  console.log(
    `Readability alone (ms)   ${f1(S.readabilityMs.median).padStart(7)} ${f1(S.readabilityMs.p95).padStart(7)} ${f1(S.readabilityMs.max).padStart(7)}`,
  );
  console.log(
    `Verbatim + marks (ms)    ${f1(S.verbatimMs.median).padStart(7)} ${f1(S.verbatimMs.p95).padStart(7)} ${f1(S.verbatimMs.max).padStart(7)}`,
  );
  console.log(
    `ratio per page           ${f2(S.ratio.median).padStart(7)} ${f2(S.ratio.p95).padStart(7)} ${f2(S.ratio.max).padStart(7)}   (targets ≤ 2.0 at the median, ≤ 3.0 at p95)`,
  );
  console.log(
    `first run in a page: ratio ${f2(S.firstRun.ratio.median)} median, ${f2(S.firstRun.ratio.p95)} p95 (Readability alone ${f1(S.firstRun.readabilityMs.median)} ms, Verbatim + marks ${f1(S.firstRun.verbatimMs.median)} ms at the median; cold code, what each page pays once)`,
  );
  console.log(
    `style + layout the marks leave for the next frame (ms): median ${f1(S.afterMarksMs.median)}, p95 ${f1(S.afterMarksMs.p95)}`,
  );
  console.log(
    `longest task (ms)        ${f1(S.longestTaskMs.median).padStart(7)} ${f1(S.longestTaskMs.p95).padStart(7)} ${f1(S.longestTaskMs.max).padStart(7)}   (target ≤ 16 at p95)`,
  );
  console.log(
    `content script start (ms): median ${f1(S.contentScriptStartMs.median)}, max ${f1(S.contentScriptStartMs.max)}   (once per page, before any analysis)`,
  );
  console.log(
    `non-article pages, automatic mode (ms): median ${f1(S.nonArticleMs.median)}, p95 ${f1(S.nonArticleMs.p95)} over ${S.nonArticleMs.pages} pages   (first stage start + decision; target ≤ 2 at the median)`,
  );
  console.log(
    `stages, median ms: ${Object.entries(S.stagesMedianMs)
      .map(([k, v]) => `${k} ${f1(v)}`)
      .join(', ')}`,
  );
  console.log(
    `popup open → quotes: median ${f1(S.popupOpenToQuotesMs.median)} ms, max ${f1(S.popupOpenToQuotesMs.max)} ms   (target ≤ 100)`,
  );
  console.log(
    `popup first open on a page (injects, analyses) → quotes: median ${f1(S.popupFirstOpenToQuotesMs.median)} ms, max ${f1(S.popupFirstOpenToQuotesMs.max)} ms`,
  );
  console.log(
    `bundles (gzip): content script ${f1(bundles.contentScriptGzipKB)} KB (target ≤ 120), popup ${f1(bundles.popupGzipKB)} KB (${f1(bundles.popupPageGzipKB)} KB with the chunks it shares), side panel ${f1(bundles.sidePanelGzipKB)} KB, background ${f1(bundles.backgroundGzipKB)} KB`,
  );
  if (library) printLibrary(library);
  if (cli) console.log(`CLI: ${cli.line.replace(/^analyze: /, '')}`);
  console.log(
    `robustness: ${S.robustness.errors.length} errors, ${S.robustness.domNotRestored.length} pages with DOM not restored, ${S.robustness.textChanged.length} with text changed`,
  );
  if (linking) printLinkBench(linking);
  if (batch) printBatchBench(batch);
  console.log(`written: out/bench.json`);
  if (profiling) {
    const total = [...selfTime.values()].reduce((a, c) => a + c, 0);
    console.log(`\nwhere the content script's time goes (self time, all pages):`);
    for (const [k, v] of [...selfTime].sort((a, c) => c[1] - a[1]).slice(0, 30))
      console.log(`  ${(v / 1000).toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
    // self time hides a costly caller behind its many cheap callees: the totals show the subtrees
    console.log(`\nthe same, total time (the function and all it calls):`);
    for (const [k, v] of [...totalTime].sort((a, c) => c[1] - a[1]).slice(0, 40))
      console.log(`  ${(v / 1000).toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
    // every function, for questions the two short lists above do not answer
    const byTotal = [...totalTime]
      .sort((a, c) => c[1] - a[1])
      .map(([k, v]) => ({ fn: k, totalMs: v / 1000, selfMs: (selfTime.get(k) ?? 0) / 1000 }));
    fs.writeFileSync(path.join(ROOT, 'out/bench-profile.json'), JSON.stringify(byTotal, null, 1));
    console.log(`written: out/bench-profile.json (every function's self and total time)`);
  }
}

interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}
function addTimes(p: CpuProfile, self: Map<string, number>, total: Map<string, number>): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: CpuProfile['nodes'][number]) => n.callFrame.url.includes('content-scripts');
  const key = (n: CpuProfile['nodes'][number]) =>
    `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
  (p.samples ?? []).forEach((s, i) => {
    const n = byId.get(s);
    const dt = p.timeDeltas?.[i] ?? 0;
    if (!n) return;
    if (ours(n)) self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    // every function on the sample's stack, once even when it recurses
    const seen = new Set<string>();
    for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!;
      if (!ours(f) || seen.has(key(f))) continue;
      seen.add(key(f));
      total.set(key(f), (total.get(key(f)) ?? 0) + dt);
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
