import { spawnSync } from 'node:child_process';
import { pageId } from './inputs';
import type { TaskOptions } from './batch/task';

// analyze --jobs 0: every page in this process, one after another, as the CLI worked before its
// worker pool (kept as the baseline `npm run bench:batch` measures against, and for a debugger that
// wants the analysis on the main thread). jsdom 29 on Node 20 does not give back a closed window's
// memory (about 5 MB a page even with no analysis at all), so long runs are cut into batches, each
// analysed by a child process whose memory goes back to the system when it exits. Output order and
// exit codes are kept.
const BATCH = 25;
const CHILD = 'VERBATIM_ANALYZE_CHILD';

export async function runInProcess(files: string[], opts: TaskOptions, stats: boolean): Promise<number> {
  const started = performance.now();
  if (files.length > BATCH && !process.env[CHILD]) return inBatches(files, opts, stats, started);
  const { analyzeTask } = await import('./batch/analyze-task'); // jsdom: loaded only when pages are analysed here
  let failed = 0;
  files.forEach((file, seq) => {
    const r = analyzeTask({ seq, id: pageId(file), file, kind: 'file' }, opts);
    process.stdout.write(r.out);
    for (const line of r.log) console.error(line);
    if (r.failed) failed++;
  });
  if (stats) reportStats(files.length, started, process.resourceUsage().maxRSS);
  // a child tells its parent how many pages it did and its peak memory (kilobytes)
  if (process.env[CHILD]) console.error(`${CHILD} ${files.length} ${process.resourceUsage().maxRSS}`);
  return failed ? 1 : 0;
}

export function reportStats(pages: number, started: number, maxRssKb: number): void {
  const s = (performance.now() - started) / 1000;
  console.error(
    `analyze: ${pages} pages in ${s.toFixed(1)} s, ${(pages / s).toFixed(2)} pages/s, peak memory ${(maxRssKb / 1024).toFixed(0)} MB`,
  );
}

function inBatches(files: string[], opts: TaskOptions, stats: boolean, started: number): number {
  let code = 0;
  let pages = 0;
  let peak = 0;
  const passOn = [
    ...['--jobs', '0', '--format', opts.format],
    ...(opts.now ? ['--now', opts.now] : []),
    ...(opts.cite ? ['--cite', opts.cite] : []),
  ];
  for (let i = 0; i < files.length; i += BATCH) {
    const args = [...process.execArgv, process.argv[1], ...passOn, ...files.slice(i, i + BATCH)];
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
