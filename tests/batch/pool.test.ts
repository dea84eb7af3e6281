import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../cli/batch/pool';
import type { TaskResult } from '../../cli/batch/task';

// A page that kills its worker costs that page only: it gets an error line, and the run goes on.

describe('WorkerPool', () => {
  it('gives a page that kills its worker an error line and goes on with a new worker', async () => {
    const results: TaskResult[] = [];
    const dying = pathToFileURL(path.join(__dirname, 'dying-worker.mjs'));
    const pool = new WorkerPool(2, { format: 'jsonl' }, (r) => results.push(r), dying);
    const ids = ['a', 'dies', 'b', 'c', 'dies', 'd'];
    for (const [seq, id] of ids.entries()) await pool.submit({ seq, id, file: `${id}.html`, kind: 'file' });
    await pool.drain();
    await pool.close();
    const bySeq = results.sort((x, y) => x.seq - y.seq);
    expect(bySeq.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(bySeq.filter((r) => !r.failed).map((r) => r.out)).toEqual(['a\n', 'b\n', 'c\n', 'd\n']);
    for (const r of [bySeq[1], bySeq[4]]) {
      expect(r.failed).toBe(true);
      expect(JSON.parse(r.out)).toEqual({ id: 'dies', file: 'dies.html', error: 'worker died: exit code 1' });
    }
  });
});
