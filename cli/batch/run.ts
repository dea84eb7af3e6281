import fs from 'node:fs';
import { WorkerPool } from './pool';
import { progressOn, type Progress } from './progress';
import { NotOurJsonLines, readResume } from './resume';
import { inShard, type Shard } from './shard';
import { batchWork } from './sources';
import { errorLine, type TaskOptions, type TaskResult } from './task';

// The batch run: pages go out to the worker pool as workers free up, and come back in any order; a
// reorder buffer writes them in input order, as soon as every page before them is written, so the
// output streams and is the same whatever the number of workers.

/** How far ahead of the oldest unwritten page work is handed out, per worker: bounds the buffer. */
export const REORDER_WINDOW_PER_JOB = 16;

export interface BatchOptions extends TaskOptions {
  files: string[];
  jobs: number;
  resume?: string;
  shard: Shard | null;
}

/** Runs the batch; gives the exit code (1 when a page failed, 2 for a file --resume refuses) and the pages written. */
export async function runBatch(o: BatchOptions): Promise<{ code: number; pages: number }> {
  let done = new Set<string>();
  let write = (s: string) => void process.stdout.write(s);
  let fd: number | null = null;
  if (o.resume) {
    try {
      const state = readResume(o.resume);
      done = state.done;
      fd = fs.openSync(o.resume, fs.existsSync(o.resume) ? 'r+' : 'w');
      fs.ftruncateSync(fd, state.keep); // a line cut off by the interruption goes, and its page is redone
      const at = { pos: state.keep };
      write = (s) => {
        at.pos += fs.writeSync(fd!, s, at.pos);
      };
    } catch (e) {
      if (!(e instanceof NotOurJsonLines)) throw e;
      console.error(`analyze: --resume ${e.message}`);
      return { code: 2, pages: 0 };
    }
  }
  const wanted = (id: string) => inShard(id, o.shard) && !done.has(id);
  const progress = progressOn(process.stderr, process.stderr.isTTY ? await count(o.files, wanted) : 0);
  try {
    return await analyseAll(o, wanted, write, progress);
  } finally {
    progress.stop();
    if (fd !== null) fs.closeSync(fd);
  }
}

async function count(files: string[], wanted: (id: string) => boolean): Promise<number> {
  let n = 0;
  for await (const _ of batchWork(files, wanted, false)) n++;
  return n;
}

async function analyseAll(
  o: BatchOptions,
  wanted: (id: string) => boolean,
  write: (s: string) => void,
  progress: Progress,
): Promise<{ code: number; pages: number }> {
  const pending = new Map<number, TaskResult>();
  let next = 0;
  let failed = 0;
  let written: (() => void) | null = null;
  const onResult = (r: TaskResult) => {
    pending.set(r.seq, r);
    for (let p = pending.get(next); p; p = pending.get(next)) {
      pending.delete(next++);
      write(p.out);
      for (const line of p.log) progress.log(line);
      if (p.failed) failed++;
      progress.tick(p.failed);
    }
    written?.();
  };
  const { format, now, cite } = o;
  const pool = new WorkerPool(o.jobs, { format, now, cite }, onResult);
  const window = o.jobs * REORDER_WINDOW_PER_JOB;
  let seq = 0;
  try {
    for await (const work of batchWork(o.files, wanted)) {
      while (seq - next >= window) await new Promise<void>((r) => (written = r));
      if (work.kind === 'error') {
        const out = format === 'jsonl' ? errorLine(work.id, work.file, work.error) : '';
        onResult({ seq: seq++, out, log: [`analyze: ${work.id}: ${work.error}`], failed: true });
      } else await pool.submit({ ...work, seq: seq++ });
    }
    await pool.drain();
  } finally {
    await pool.close();
  }
  return { code: failed ? 1 : 0, pages: next };
}
