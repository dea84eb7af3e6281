#!/usr/bin/env node
// analyze: the analysis core on saved pages and web archives. Text report by default; --format
// jsonl for the scorer and for research batches (one object per page on stdout, logs on stderr).
// Pages are analysed by a pool of worker threads (cli/batch/); this thread lists the work and
// writes the results in input order, and never loads jsdom itself.
import os from 'node:os';
import { CITATION_FORMATS, isCitationFormat } from '../utils/cite';
import { expandInputs, WARC_FILE } from './inputs';
import { parseShard, type Shard } from './batch/shard';
import { runBatch } from './batch/run';
import { reportStats, runInProcess } from './in-process';

const USAGE = `usage: npm run analyze -- [--format text|jsonl] [--cite FORMAT] [--now YYYY-MM-DD] [--stats]
         [--jobs N] [--resume OUT.jsonl] [--shard I/N] FILE_OR_FOLDER...
       npm run analyze -- --link [--now YYYY-MM-DD] FILE_OR_FOLDER...
  FILE: a saved page (.html or .html.gz) or a web archive (.warc or .warc.gz: its HTML responses);
    a folder means every page and archive in it.
  --jobs N: analyse N pages at a time, in worker threads (default: the number of cores); 0 analyses
    in this process, one page after another.
  --resume OUT.jsonl: with --format jsonl, write to OUT.jsonl and leave out the pages it already
    holds, so an interrupted run goes on where it stopped.
  --shard I/N: only the pages of shard I of N (1-based), chosen by a hash of the page id, so N runs
    over the same inputs split them between them.
  --link: the same statement across the pages, as JSON Lines, one cluster per line (FILE may also
    be JSON Lines that --format jsonl wrote).
  --cite FORMAT: in the text report, each quote's citation (${CITATION_FORMATS.join(', ')}).
  --stats: print pages per second and peak memory to stderr at the end.`;

interface Args {
  format: string;
  stats: boolean;
  now?: string;
  cite?: string;
  link: boolean;
  jobs: number;
  resume?: string;
  shard: Shard | null;
  inputs: string[];
}

/** The arguments, or an error message for the usage line. */
function parseArgs(argv: string[]): Args | string {
  const a: Args = {
    format: 'text',
    stats: false,
    link: false,
    jobs: os.availableParallelism(),
    shard: null,
    inputs: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format') a.format = argv[++i];
    else if (arg.startsWith('--format=')) a.format = arg.slice(9);
    else if (arg === '--now') a.now = argv[++i];
    else if (arg === '--stats') a.stats = true;
    else if (arg === '--link') a.link = true;
    else if (arg === '--cite') a.cite = argv[++i];
    else if (arg === '--jobs') a.jobs = /^\d+$/.test(argv[++i] ?? '') ? +argv[i] : NaN;
    else if (arg === '--resume') a.resume = argv[++i];
    else if (arg === '--shard') {
      const shard = parseShard(argv[++i] ?? '');
      if (!shard) return `--shard takes I/N with 1 ≤ I ≤ N, not ${argv[i]}`;
      a.shard = shard;
    } else if (arg === '-h' || arg === '--help') return '';
    else a.inputs.push(arg);
  }
  if (!a.inputs.length) return 'no FILE_OR_FOLDER given';
  if (!['text', 'jsonl'].includes(a.format)) return `--format is text or jsonl, not ${a.format}`;
  if (a.cite && !isCitationFormat(a.cite)) return `--cite is one of ${CITATION_FORMATS.join(', ')}`;
  if (a.now !== undefined && Number.isNaN(new Date(a.now).getTime())) return `--now takes a date, not ${a.now}`;
  if (!Number.isInteger(a.jobs)) return '--jobs takes a whole number';
  if (a.resume === '') return '--resume takes the output file';
  if (a.resume && a.format !== 'jsonl') return '--resume needs --format jsonl (it reads the ids back from the file)';
  return a;
}

async function main(argv: string[]): Promise<number> {
  const a = parseArgs(argv);
  if (typeof a === 'string') {
    if (a) console.error(`analyze: ${a}`);
    (a ? console.error : console.log)(USAGE);
    return a ? 2 : 0;
  }
  const files = expandInputs(a.inputs);
  if (a.link) {
    const { runLink } = await import('./link');
    return runLink(files, a.now ? ['--now', new Date(a.now).toISOString().slice(0, 10)] : []);
  }
  const opts = { format: a.format as 'text' | 'jsonl', now: a.now, cite: a.cite };
  if (a.jobs === 0) {
    if (a.resume || a.shard || files.some((f) => WARC_FILE.test(f))) {
      console.error('analyze: --jobs 0 takes saved pages only, without --resume or --shard');
      return 2;
    }
    return runInProcess(files, opts, a.stats);
  }
  const started = performance.now();
  const { code, pages } = await runBatch({ ...opts, files, jobs: a.jobs, resume: a.resume, shard: a.shard });
  // the workers are threads of this process, so its peak is theirs too
  if (a.stats) reportStats(pages, started, process.resourceUsage().maxRSS);
  return code;
}

// "npm run analyze -- … | head": once the reader has gone, stop quietly rather than crash on the
// next write
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
