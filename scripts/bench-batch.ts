#!/usr/bin/env node
// npm run bench:batch: the CLI over a corpus, in the same run: jsdom + Readability alone in one
// process, the one-process CLI (--jobs 0, as it was before the worker pool), and the pool with one
// and two workers. Pages per second (wall clock, start-up included), the ratio to the one-process
// CLI, peak memory (the resident memory of the process and its children, summed, sampled from
// /proc), and whether the JSON Lines of --jobs 2 equal a one-worker run's (stage timings aside).
//   --corpus DIR   default ../shared/corpus/scrapinghub/html
// Also the last part of `npm run bench` (--no-batch skips it). Writes out/bench-batch.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './bench-pages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE_MS = 100;
const NOW = '2022-12-20';

export interface BatchRow {
  name: string;
  seconds: number;
  pagesPerSecond: number;
  ratioToCli: number;
  peakMB: number;
}
export interface BatchBench {
  corpus: string;
  pages: number;
  cores: number;
  rows: BatchRow[];
  /** --jobs 2 wrote the same JSON Lines as --jobs 1 (and as the one-process CLI), timings aside */
  jobs2EqualsOneWorker: boolean;
  jobs2EqualsOneProcess: boolean;
}

/** Resident memory (kB) of a process and all its descendants, from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = +(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(+entry, +(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), +entry]);
    } catch {
      /* the process ended while we looked */
    }
  }
  let sum = 0;
  for (const stack = [root]; stack.length;) {
    const pid = stack.pop()!;
    sum += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

async function timed(args: string[], out: string | null): Promise<{ seconds: number; peakMB: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    stdio: ['ignore', out ? fs.openSync(out, 'w') : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), SAMPLE_MS);
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  clearInterval(sampler);
  if (code !== 0 && code !== 1) throw new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`);
  return { seconds: (performance.now() - started) / 1000, peakMB: peak / 1024 };
}

const withoutTimings = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const { timings: _, ...page } = JSON.parse(l);
      return JSON.stringify(page);
    });
const same = (a: string[], b: string[]) => a.length === b.length && a.every((l, i) => l === b[i]);

export async function benchBatch(args: string[]): Promise<BatchBench> {
  const corpus = path.resolve(ROOT, option(args, '--corpus', '../shared/corpus/scrapinghub/html'));
  const pages = fs.readdirSync(corpus).filter((f) => /\.html?(\.gz)?$/i.test(f)).length;
  const outDir = path.join(ROOT, 'out', 'bench-batch');
  fs.mkdirSync(outDir, { recursive: true });
  const cli = (jobs: number) => ['cli/analyze.ts', '--format', 'jsonl', '--now', NOW, '--jobs', String(jobs), corpus];
  const runs: [string, string[], string | null][] = [
    ['jsdom + Readability alone, one process', ['scripts/bench-batch-readability.ts', corpus], null],
    ['CLI in one process (--jobs 0, before)', cli(0), path.join(outDir, 'jobs0.jsonl')],
    ['CLI --jobs 1 (one worker)', cli(1), path.join(outDir, 'jobs1.jsonl')],
    ['CLI --jobs 2', cli(2), path.join(outDir, 'jobs2.jsonl')],
  ];
  const measured = [];
  for (const [name, a, out] of runs) measured.push({ name, ...(await timed(a, out)) });
  const base = measured[1].seconds;
  const rows = measured.map((m) => ({
    ...m,
    pagesPerSecond: pages / m.seconds,
    ratioToCli: base / m.seconds,
  }));
  const [j0, j1, j2] = ['jobs0', 'jobs1', 'jobs2'].map((n) => withoutTimings(path.join(outDir, `${n}.jsonl`)));
  const result: BatchBench = {
    corpus: path.relative(ROOT, corpus),
    pages,
    cores: (await import('node:os')).availableParallelism(),
    rows,
    jobs2EqualsOneWorker: same(j2, j1),
    jobs2EqualsOneProcess: same(j2, j0),
  };
  fs.writeFileSync(path.join(ROOT, 'out/bench-batch.json'), JSON.stringify(result, null, 2));
  return result;
}

export function printBatchBench(b: BatchBench): void {
  console.log(`\nbatch: ${b.pages} pages of ${b.corpus}, ${b.cores} cores, wall clock with start-up`);
  console.log(`${''.padEnd(40)} pages/s  × one-process CLI  peak MB`);
  for (const r of b.rows)
    console.log(
      `${r.name.padEnd(40)} ${r.pagesPerSecond.toFixed(2).padStart(7)}  ${r.ratioToCli.toFixed(2).padStart(17)}  ${r.peakMB.toFixed(0).padStart(7)}`,
    );
  console.log(
    `JSON Lines of --jobs 2 equal to --jobs 1: ${b.jobs2EqualsOneWorker ? 'yes' : 'NO'}; to the one-process CLI: ${b.jobs2EqualsOneProcess ? 'yes' : 'NO'} (stage timings aside)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const b = await benchBatch(process.argv.slice(2));
  printBatchBench(b);
  console.log('written: out/bench-batch.json');
  if (!b.jobs2EqualsOneWorker) process.exitCode = 1;
}
