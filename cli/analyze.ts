#!/usr/bin/env node
// analyze: the analysis core on saved pages. Text report by default; --format jsonl for the
// scorer (one object per page on stdout, logs on stderr).
import { analyzePage } from '../utils/analyze';
import { serializableAnalysis } from '../utils/serialize';
import { expandInputs, loadPage, pageId } from './load-page';
import { textReport } from './report';

const USAGE = `usage: npm run analyze -- [--format text|jsonl] [--now YYYY-MM-DD] [--stats] FILE_OR_FOLDER...
  FILE: a saved page (.html or .html.gz); a folder means every page in it.
  --stats: print pages per second and peak memory to stderr at the end.`;

function main(argv: string[]): number {
  let format = 'text';
  let stats = false;
  const started = performance.now();
  let pages = 0;
  let now: Date | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') format = argv[++i];
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--now') now = new Date(argv[++i]);
    else if (a === '--stats') stats = true;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else inputs.push(a);
  }
  if (!inputs.length || !['text', 'jsonl'].includes(format)) {
    console.error(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of expandInputs(inputs)) {
    let page;
    try {
      page = loadPage(file);
    } catch (e) {
      failed++;
      console.error(`analyze: cannot read ${file}: ${(e as Error).message}`);
      continue;
    }
    try {
      const result = serializableAnalysis(analyzePage(page.document, page.url, { now }));
      if (format === 'jsonl') {
        process.stdout.write(JSON.stringify({ id: page.id, file, ...result }) + '\n');
        if (!result.isArticle) console.error(`analyze: ${file}: no article here (${result.reason})`);
      } else console.log(textReport(page.id, result) + '\n');
    } catch (e) {
      failed++;
      console.error(`analyze: ${file}: analysis failed: ${(e as Error).stack}`);
      if (format === 'jsonl') process.stdout.write(JSON.stringify({ id: pageId(file), file, error: String(e) }) + '\n');
    } finally {
      page.close();
      pages++;
    }
  }
  if (stats) {
    const s = (performance.now() - started) / 1000;
    // maxRSS is in kilobytes
    console.error(`analyze: ${pages} pages in ${s.toFixed(1)} s, ${(pages / s).toFixed(2)} pages/s, peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
