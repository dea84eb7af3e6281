#!/usr/bin/env node
// analyze: the analysis core on saved pages. Text report by default; --format jsonl for the
// scorer (one object per page on stdout, logs on stderr).
import { analyzePage } from '../utils/analyze';
import { serializableAnalysis } from '../utils/serialize';
import { expandInputs, loadPage, pageId } from './load-page';
import { textReport, type ReportOptions } from './report';
import { CITATION_FORMATS, isCitationFormat } from '../utils/cite';
import { spawnSync } from 'node:child_process';
import { runLink } from './link';

// jsdom 29 on Node 20 does not give back a closed window's memory (about 5 MB a page even with no
// analysis at all), so long runs are cut into batches, each analysed by a child process whose
// memory goes back to the system when it exits. Output order and exit codes are kept.
const BATCH = 25;
const CHILD = 'VERBATIM_ANALYZE_CHILD';

const USAGE = `usage: npm run analyze -- [--format text|jsonl] [--cite FORMAT] [--now YYYY-MM-DD] [--stats] FILE_OR_FOLDER...
       npm run analyze -- --link [--now YYYY-MM-DD] FILE_OR_FOLDER...
  FILE: a saved page (.html or .html.gz); a folder means every page in it.
  --link: the same statement across the pages, as JSON Lines, one cluster per line (FILE may also
    be JSON Lines that --format jsonl wrote).
  --cite FORMAT: in the text report, each quote's citation (${CITATION_FORMATS.join(', ')}).
  --stats: print pages per second and peak memory to stderr at the end.`;

function main(argv: string[]): number {
  let format = 'text';
  let stats = false;
  const started = performance.now();
  let pages = 0;
  let now: Date | undefined;
  let citeFormat: string | undefined;
  let link = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') format = argv[++i];
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--now') now = new Date(argv[++i]);
    else if (a === '--stats') stats = true;
    else if (a === '--link') link = true;
    else if (a === '--cite') citeFormat = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else inputs.push(a);
  }
  if (!inputs.length || !['text', 'jsonl'].includes(format) || (citeFormat && !isCitationFormat(citeFormat))) {
    console.error(USAGE);
    return 2;
  }
  const files = expandInputs(inputs);
  if (link) return runLink(files, now ? ['--now', now.toISOString().slice(0, 10)] : []);
  const report: ReportOptions = { cite: isCitationFormat(citeFormat) ? citeFormat : undefined, accessed: now };
  const passOn = [
    ...(now ? ['--now', now.toISOString().slice(0, 10)] : []),
    ...(citeFormat ? ['--cite', citeFormat] : []),
  ];
  if (files.length > BATCH && !process.env[CHILD]) return inBatches(files, format, passOn, stats, started);
  let failed = 0;
  for (const file of files) {
    let page;
    try {
      page = loadPage(file);
    } catch (e) {
      failed++;
      console.error(`analyze: cannot read ${file}: ${(e as Error).message}`);
      continue;
    }
    try {
      const analysis = analyzePage(page.document, page.url, { now });
      if (format === 'jsonl') {
        process.stdout.write(JSON.stringify({ id: page.id, file, ...serializableAnalysis(analysis) }) + '\n');
        if (!analysis.isArticle) console.error(`analyze: ${file}: no article here (${analysis.reason})`);
      } else console.log(textReport(page.id, analysis, report) + '\n');
    } catch (e) {
      failed++;
      console.error(`analyze: ${file}: analysis failed: ${(e as Error).stack}`);
      if (format === 'jsonl') process.stdout.write(JSON.stringify({ id: pageId(file), file, error: String(e) }) + '\n');
    } finally {
      page.close();
      pages++;
    }
  }
  if (stats) reportStats(pages, started, process.resourceUsage().maxRSS);
  // a child tells its parent how many pages it did and its peak memory (kilobytes)
  if (process.env[CHILD]) console.error(`${CHILD} ${pages} ${process.resourceUsage().maxRSS}`);
  return failed ? 1 : 0;
}

function reportStats(pages: number, started: number, maxRssKb: number): void {
  const s = (performance.now() - started) / 1000;
  console.error(
    `analyze: ${pages} pages in ${s.toFixed(1)} s, ${(pages / s).toFixed(2)} pages/s, peak memory ${(maxRssKb / 1024).toFixed(0)} MB`,
  );
}

function inBatches(files: string[], format: string, passOn: string[], stats: boolean, started: number): number {
  let code = 0;
  let pages = 0;
  let peak = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const args = [...process.execArgv, process.argv[1], '--format', format, ...passOn, ...files.slice(i, i + BATCH)];
    const r = spawnSync(process.execPath, args, {
      stdio: ['ignore', 'inherit', 'pipe'],
      env: { ...process.env, [CHILD]: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    for (const line of (r.stderr ?? '').split('\n')) {
      const m = new RegExp(`^${CHILD} (\\d+) (\\d+)$`).exec(line);
      if (m) {
        pages += +m[1];
        peak = Math.max(peak, +m[2]);
      } else if (line) console.error(line);
    }
    if (r.status !== 0) code = r.status === 1 ? Math.max(code, 1) : 2;
  }
  if (stats) reportStats(pages, started, Math.max(peak, process.resourceUsage().maxRSS));
  return code;
}

// "npm run analyze -- … | head": once the reader has gone, stop quietly rather than crash on the
// next write
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
process.exitCode = main(process.argv.slice(2));
