#!/usr/bin/env node
// npm run bench:ab: is this change faster, and does it change any answer? The analysis core of the
// working tree (B) against that of a git revision (A, default HEAD), both bundled into one script
// and run inside each page in Debian's Chromium, alternating A and B so neither gets the warmer
// caches or the quieter moment. Prints each stage's total and median beside each other, and every
// page whose analysis differs between the two (elements compared by tag and class). Each side then
// draws its own marks (its own revision's utils/marks) from its own analysis on the analysed page:
// the `marks` stage times that drawing, and removing them again is untimed but checked (the page's
// DOM must serialise exactly as before).
//   --rev REV      the baseline revision (default HEAD)
//   --corpus DIR   pages (.html or .html.gz); default: the project's fixtures
//   --runs N       timed runs of each side per page after one warm-up (default 5)
//   --limit N      only the first N pages
// On this shared 2-core machine, whole-run totals move 2-5% between identical runs, more when it is
// loaded: believe a difference beyond that in the median of the pages' own B/A ("page B/A"), with no
// differing analyses, and not a single page's figure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { pageId, readHtml } from '../cli/load-page';
import { benchPages, option } from './bench-pages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rev = option(args, '--rev', 'HEAD');
const runs = +option(args, '--runs', '5');
const { files } = benchPages(args, ROOT);

interface PageResult {
  id: string;
  a: number;
  b: number;
  stagesA: Record<string, number[]>;
  stagesB: Record<string, number[]>;
  same: boolean;
  /** Whether removing each side's marks gave back the page's DOM exactly ([A, B]). */
  restored: [boolean, boolean];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);

async function main() {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-ab-'));
  const git = (...a: string[]) => {
    const r = spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const commit = git('rev-parse', '--short', rev);
  git('worktree', 'add', '--detach', tree, rev);
  try {
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
    const side = (dir: string, name: string) => {
      const lib = (p: string) => JSON.stringify(path.join(dir, p));
      // a revision from before the marks or the live analysis: its analysis alone, and no marks stage
      const hasMarks = fs.existsSync(path.join(dir, 'utils/marks/index.ts'));
      return hasMarks
        ? `import { analyzeLive as ${name}, analyzePage as ${name}page } from ${lib('utils/analyze')};
import { applyMarks as ${name}marks } from ${lib('utils/marks')};`
        : `import { analyzePage as ${name}page } from ${lib('utils/analyze')};
const ${name} = undefined, ${name}marks = undefined;`;
    };
    const bundle = await build({
      stdin: {
        contents: `${side(tree, 'A')}
${side(ROOT, 'B')}
const live = (analyze, page) => analyze ?? ((d, u) => ({ analysis: page(d, u) }));
window.__verbatimAB = { A: live(A, Apage), B: live(B, Bpage), marksA: Amarks, marksB: Bmarks };`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      logLevel: 'error',
    });
    const code = bundle.outputFiles[0].text;
    const rows = await measure(code);
    report(rows, commit);
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
  }
}

async function measure(code: string): Promise<PageResult[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new'],
  });
  const rows: PageResult[] = [];
  try {
    const page = await browser.newPage();
    let html = '';
    // the page as saved, its own scripts off (they would only add noise), nothing fetched
    await page.route('**/*', (r) =>
      r.request().url().startsWith('https://verbatim-ab.test/')
        ? r.fulfill({
            body: html,
            contentType: 'text/html; charset=utf-8',
            // cross-origin isolated, so performance.now() counts in 5 µs, not 100 µs: the marks
            // take well under a millisecond, and 0.1 ms steps made their per-page B/A coarse
            headers: {
              'content-security-policy': "script-src 'none'",
              'cross-origin-opener-policy': 'same-origin',
              'cross-origin-embedder-policy': 'require-corp',
            },
          })
        : r.abort(),
    );
    for (const file of files) {
      const id = pageId(file);
      html = readHtml(file);
      try {
        await page.goto(`https://verbatim-ab.test/${encodeURIComponent(id)}.html`, {
          waitUntil: 'domcontentloaded',
          timeout: 30_000,
        });
        await page.evaluate(code);
        if (!(await page.evaluate('crossOriginIsolated'))) throw new Error('the page is not cross-origin isolated');
        // a string, not a function; tsx names the functions inside it with a helper the page lacks
        const r = (await page.evaluate(
          `(() => { const __name = (f) => f; return (${inPage.toString()})(${runs}); })()`,
        )) as Omit<PageResult, 'id'>;
        rows.push({ id, ...r });
        const broken = r.restored.flatMap((ok, i) => (ok ? [] : ['AB'[i]]));
        process.stderr.write(
          `${id.slice(0, 40).padEnd(40)} A ${r.a.toFixed(1)} ms  B ${r.b.toFixed(1)} ms${r.same ? '' : '  ANALYSIS DIFFERS'}${broken.length ? `  DOM CHANGED BY MARKS ${broken.join('')}` : ''}\n`,
        );
      } catch (e) {
        process.stderr.write(`${id}: ${String(e).slice(0, 200)}\n`);
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** Runs in the page: both analyses and their marks, alternating which goes first, and whether they agree. */
function inPage(runs: number) {
  type Live = { analysis: { timings: Record<string, number> } };
  type Analyze = (d: Document, u: string) => Live;
  type Marks = ((o: object) => { remove(): void }) | undefined;
  interface Side {
    analyze: Analyze;
    marks: Marks;
    times: number[];
    stages: Record<string, number[]>;
    restored: boolean;
  }
  const ab = (window as unknown as { __verbatimAB: { A: Analyze; B: Analyze; marksA: Marks; marksB: Marks } })
    .__verbatimAB;
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const before = document.documentElement.outerHTML;
  const a: Side = { analyze: ab.A, marks: ab.marksA, times: [], stages: {}, restored: true };
  const b: Side = { analyze: ab.B, marks: ab.marksB, times: [], stages: {}, restored: true };
  /** One analysis and its marks; `check`: whether the DOM comes back (untimed, as the removal is). */
  const once = (s: Side, check: boolean) => {
    const t = performance.now();
    const res = s.analyze(document, location.href);
    s.times.push(performance.now() - t);
    for (const [k, v] of Object.entries(res.analysis.timings)) (s.stages[k] ??= []).push(v);
    if (!s.marks) return res;
    // Removing marks leaves the page's style and layout to be redone, and whoever reads layout
    // next pays for it: drawn and removed once untimed first, each side's timed marks pay for its
    // own removal (as a redraw in the page does), never for the other side's.
    s.marks({ document, window, ...res }).remove();
    const tm = performance.now();
    const marks = s.marks({ document, window, ...res });
    (s.stages.marks ??= []).push(performance.now() - tm);
    marks.remove();
    if (check && document.documentElement.outerHTML !== before) s.restored = false;
    return res;
  };
  for (const s of [a, b]) {
    once(s, true);
    s.times.length = 0;
    s.stages = {};
  }
  for (let i = 0; i < runs; i++) for (const s of i % 2 ? [a, b] : [b, a]) once(s, false);
  // compared as the CLI writes them: no DOM nodes (older revisions kept some in the result), and
  // a page with no article as an empty body with no blocks and no quotes
  const plain = (x: object) =>
    JSON.stringify(
      { main: { text: '', paragraphs: [], length: 0 }, blocks: [], quotes: [], ...x, timings: null },
      (k, v) => (k === 'element' || k === 'elements' ? undefined : v),
    );
  const timed = { a: med(a.times), b: med(b.times), stagesA: a.stages, stagesB: b.stages };
  a.stages = {};
  b.stages = {};
  const same = plain(once(a, true).analysis) === plain(once(b, true).analysis);
  return { ...timed, same, restored: [a.restored, b.restored] };
}

function report(rows: PageResult[], commit: string): void {
  const stages = [...new Set(rows.flatMap((r) => [...Object.keys(r.stagesA), ...Object.keys(r.stagesB)]))];
  const stageMedian = (r: PageResult, side: 'stagesA' | 'stagesB', k: string) => median(r[side][k] ?? [0]);
  const differ = rows.filter((r) => !r.same).map((r) => r.id);
  const changed = (i: number) => rows.filter((r) => !r.restored[i]).map((r) => r.id.slice(0, 12));
  console.log(
    `\nbench:ab: A = ${commit}, B = working tree; ${rows.length}/${files.length} pages, ${runs} runs of each, alternating, Chromium headless`,
  );
  // a page that stalls once (a collection, another process) moves a total by several percent; the
  // median of the pages' own B/A moves little
  console.log(`                       total A   total B     B/A   median A  median B  page B/A`);
  const line = (name: string, a: number[], b: number[]) =>
    console.log(
      `${name.padEnd(20)} ${sum(a).toFixed(0).padStart(9)} ${sum(b).toFixed(0).padStart(9)} ${(sum(b) / sum(a)).toFixed(3).padStart(7)} ${median(a).toFixed(2).padStart(10)} ${median(b).toFixed(2).padStart(9)} ${median(
        a.map((x, i) => b[i] / x).filter(Number.isFinite),
      )
        .toFixed(3)
        .padStart(9)}`,
    );
  line(
    'whole analysis (ms)',
    rows.map((r) => r.a),
    rows.map((r) => r.b),
  );
  for (const k of stages)
    line(
      `  ${k}`,
      rows.map((r) => stageMedian(r, 'stagesA', k)),
      rows.map((r) => stageMedian(r, 'stagesB', k)),
    );
  console.log(
    `analyses that differ: ${differ.length ? `${differ.length}: ${differ.map((id) => id.slice(0, 12)).join(' ')}` : 'none'}`,
  );
  for (const [i, name] of ['A', 'B'].entries()) {
    const c = changed(i);
    console.log(`pages whose DOM ${name}'s marks left changed: ${c.length ? `${c.length}: ${c.join(' ')}` : 'none'}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
