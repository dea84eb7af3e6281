import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The batch CLI as a researcher runs it: a child process, so its worker threads are real ones.

export const root = path.resolve(__dirname, '..', '..');
export const fixture = (...p: string[]) => path.join(root, 'tests', 'fixtures', ...p);
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** analyze with the given arguments, its "today" fixed so runs on different days agree. */
export function analyze(...args: string[]): CliRun {
  const r = spawnSync(tsx, [path.join(root, 'cli', 'analyze.ts'), '--now', '2022-12-20', ...args], {
    encoding: 'utf8',
    cwd: root,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON Lines, each page without its stage timings (which differ from run to run). */
export function pages(jsonl: string): Record<string, unknown>[] {
  return jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const { timings: _, ...page } = JSON.parse(l);
      return page;
    });
}
