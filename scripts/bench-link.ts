#!/usr/bin/env node
// npm run bench:link (and the last part of npm run bench): linking a newly read article against
// 10,000 remembered quotes, in Debian's Chromium (the linker as the extension will bundle it, run
// in a page), through the index beside a linear scan of every remembered quote in the same run.
// The remembered quotes are real: the analyses of the linking fixtures (the corpus's multi-outlet
// stories and their neighbours), cycled under new article ids up to the count, so every statement
// is remembered from several "outlets" and a query finds its matches many times over.
//   --remember N   remembered quotes (default 10000)
//   --runs N       timed runs of the index per article after one warm-up (default 7)
// Prints a table; the index must find exactly the links the scan finds.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { linkInput, type AnalysedPage } from '../cli/link';
import { articleRecords, type LinkArticleInput, type LinkRecord } from '../utils/linking/record';
import { option } from './bench-pages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The articles linked: the IFP seed (The Moscow Times is among the remembered), two corpus pages
 * with many quotes of multi-outlet stories, and one with many speakers of a story others covered.
 */
const QUERIES = ['ifp-kanaani-cia', '9eef8162bbb6', '7a457a4f7173', 'c90731f051d0'];

export interface LinkBenchRow {
  article: string;
  quotes: number;
  links: number;
  indexMs: number;
  scanMs: number;
  sameLinks: boolean;
}

export interface LinkBenchResult {
  remembered: number;
  buildIndexMs: number;
  rows: LinkBenchRow[];
}

export async function benchLinking(remember = 10_000, runs = 7): Promise<LinkBenchResult> {
  const pages = analysed([path.join(ROOT, 'tests/fixtures/seeds'), path.join(ROOT, 'tests/fixtures/linking')]);
  const isQuery = (id: string) => QUERIES.some((q) => id.startsWith(q));
  const queries = pages.filter((p) => isQuery(p.id)).map(linkInput);
  const base = pages.filter((p) => !isQuery(p.id)).flatMap((p) => articleRecords(linkInput(p)));
  const records = cycle(base, remember);
  const bundle = await build({
    stdin: {
      contents: `import { LinkIndex } from './utils/linking/quote-index';
import { linkArticle, linkPair } from './utils/linking/link';
import { articleRecords } from './utils/linking/record';
window.__verbatimLink = { LinkIndex, linkArticle, linkPair, articleRecords };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>linking</title>');
    await page.evaluate(bundle.outputFiles[0].text);
    // a string, not a function: tsx names the functions inside it with a helper the page lacks
    return (await page.evaluate(
      `(() => { const __name = (f) => f; return (${inPage.toString()})(${JSON.stringify(records)}, ${JSON.stringify(queries)}, ${runs}); })()`,
    )) as LinkBenchResult;
  } finally {
    await browser.close();
  }
}

/** The pages as `analyze --format jsonl` reads them. */
function analysed(dirs: string[]): AnalysedPage[] {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'cli/analyze.ts'), '--format', 'jsonl', ...dirs],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  if (r.status !== 0) throw new Error(`analyze failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AnalysedPage);
}

/** `count` records: the real ones again and again, each round as other articles. */
function cycle(base: LinkRecord[], count: number): LinkRecord[] {
  const out: LinkRecord[] = [];
  for (let round = 0; out.length < count; round++)
    for (const r of base) {
      if (out.length === count) break;
      const article = `${r.article}~${round}`;
      out.push({ ...r, article, key: `${article}#${r.quote}` });
    }
  return out;
}

/** Runs in the page: builds the index once, then links each article through it and by a scan. */
function inPage(records: LinkRecord[], queries: LinkArticleInput[], runs: number): LinkBenchResult {
  type Api = {
    LinkIndex: typeof import('../utils/linking/quote-index').LinkIndex;
    linkArticle: typeof import('../utils/linking/link').linkArticle;
    linkPair: typeof import('../utils/linking/link').linkPair;
    articleRecords: typeof import('../utils/linking/record').articleRecords;
  };
  const { LinkIndex, linkArticle, linkPair, articleRecords } = (window as unknown as { __verbatimLink: Api })
    .__verbatimLink;
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const t0 = performance.now();
  const index = LinkIndex.from(records);
  const buildIndexMs = performance.now() - t0;
  const keys = (ls: { from: string; to: string }[]) =>
    ls
      .map((l) => `${l.from}>${l.to}`)
      .sort()
      .join('|');
  const rows = queries.map((q) => {
    linkArticle(q, index); // warm-up
    const times: number[] = [];
    let found = linkArticle(q, index);
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      found = linkArticle(q, index);
      times.push(performance.now() - t);
    }
    // the baseline: every quote of the article against every remembered quote
    const t = performance.now();
    const mine = articleRecords(q);
    const scanned = mine.flatMap((m) => records.map((r) => linkPair(m, r)).filter((l) => l !== null));
    const scanMs = performance.now() - t;
    return {
      article: q.id,
      quotes: mine.length,
      links: found.links.length,
      indexMs: med(times),
      scanMs,
      sameLinks: keys(found.links) === keys(scanned as { from: string; to: string }[]),
    };
  });
  return { remembered: records.length, buildIndexMs, rows };
}

export function printLinkBench(r: LinkBenchResult): void {
  console.log(`\nlinking an article against ${r.remembered} remembered quotes (Chromium, median of runs):`);
  console.log(`  article                      quotes  links   index ms    scan ms   scan/index  same links`);
  for (const row of r.rows)
    console.log(
      `  ${row.article.slice(0, 28).padEnd(28)} ${String(row.quotes).padStart(6)} ${String(row.links).padStart(6)} ${row.indexMs.toFixed(2).padStart(10)} ${row.scanMs.toFixed(1).padStart(10)} ${(row.scanMs / row.indexMs).toFixed(0).padStart(11)}x  ${row.sameLinks ? 'yes' : 'NO'}`,
    );
  console.log(
    `  worst: ${Math.max(...r.rows.map((x) => x.indexMs)).toFixed(2)} ms through the index (target ≤ 50); building the index from stored records: ${r.buildIndexMs.toFixed(0)} ms`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  benchLinking(+option(args, '--remember', '10000'), +option(args, '--runs', '7'))
    .then((r) => {
      printLinkBench(r);
      if (r.rows.some((x) => !x.sameLinks)) process.exitCode = 1;
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
