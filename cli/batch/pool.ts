// A pool of worker threads that analyse pages. Each worker holds one page at a time, and its heap
// is capped so one runaway page cannot take the machine: a page that kills its worker gets an error
// line, and a new worker takes the next page.
import { Worker } from 'node:worker_threads';
import { errorLine, type Task, type TaskOptions, type TaskResult } from './task';

/**
 * Old-generation heap of one worker (MB): a guard, well above what the pages use (the heap stays
 * near 65 MB after collection, flat over the 181 Scrapinghub pages); two workers keep the whole
 * process under the 800 MB the batch target allows (`npm run bench:batch` prints the peak).
 */
export const WORKER_HEAP_MB = 384;
/**
 * Pages a worker analyses before it is replaced. Its page window gives back every page it is done
 * with (cli/page-window.ts), so this only guards against what pages not yet seen might leave
 * behind; a new worker's start-up (1 to 4 s measured here) is about 1% of this many pages' time.
 */
export const PAGES_PER_WORKER = 1000;

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  task: Task | null;
  pages: number;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private idle: Slot[] = [];
  private waiting: ((slot: Slot) => void)[] = [];
  private inFlight = 0;
  private drained: (() => void) | null = null;
  private closing = false;

  /** Workers start when there is work for them, so a run of two pages does not start eight. */
  constructor(
    private size: number,
    private options: TaskOptions,
    private onResult: (r: TaskResult) => void,
    private workerUrl: URL = WORKER_URL,
  ) {}

  /** Hands the task to the next idle worker; resolves once a worker has taken it. */
  async submit(task: Task): Promise<void> {
    this.inFlight++;
    if (!this.idle.length && this.slots.length < this.size) this.idle.push(this.spawn());
    const slot = this.idle.pop() ?? (await new Promise<Slot>((r) => this.waiting.push(r)));
    slot.task = task;
    slot.worker.postMessage(task);
  }

  /** Resolves when every submitted task has its result. */
  async drain(): Promise<void> {
    if (this.inFlight) await new Promise<void>((r) => (this.drained = r));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl, {
      workerData: this.options,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, task: null, pages: 0 };
    worker.on('message', (r: TaskResult) => {
      slot.task = null;
      slot.pages++;
      this.finished(r, slot.pages >= PAGES_PER_WORKER ? this.replace(slot) : slot);
    });
    // a worker that dies (out of memory, a crash in native code) takes its page with it, not the run
    const died = (why: string) => {
      if (this.closing || !this.slots.includes(slot)) return;
      this.idle = this.idle.filter((s) => s !== slot);
      const task = slot.task;
      const fresh = this.replace(slot);
      if (!task) return this.release(fresh);
      const msg = `worker died: ${why}`;
      const out = this.options.format === 'jsonl' ? errorLine(task.id, task.file, msg) : '';
      const log = [`analyze: ${task.kind === 'file' ? task.file : task.id}: ${msg}`];
      this.finished({ seq: task.seq, out, log, failed: true }, fresh);
    };
    worker.on('error', (e) => died(e.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private finished(r: TaskResult, slot: Slot): void {
    this.onResult(r);
    this.release(slot);
    if (--this.inFlight === 0 && this.drained) {
      this.drained();
      this.drained = null;
    }
  }

  private replace(slot: Slot): Slot {
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
    return this.spawn();
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }
}
