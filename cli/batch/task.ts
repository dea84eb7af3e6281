// One unit of batch work, as the main thread hands it to a worker: a saved page by its file, or a
// page taken out of a web archive with its HTML already decoded. Plain data, so it crosses
// postMessage as it is.

export type Task =
  | { seq: number; id: string; file: string; kind: 'file' }
  | { seq: number; id: string; file: string; kind: 'html'; url: string; html: string };

export interface TaskOptions {
  format: 'text' | 'jsonl';
  /** The analysis's "today" (ISO date), so every worker resolves dates against the same day. */
  now?: string;
  cite?: string;
}

/** What a page gives: its output (a JSON line or a text report, with its newline), and its logs. */
export interface TaskResult {
  seq: number;
  out: string;
  log: string[];
  failed: boolean;
}

/** The line a page that could not be analysed gets, so a reader of the JSON Lines sees every id. */
export function errorLine(id: string, file: string, error: string): string {
  return JSON.stringify({ id, file, error }) + '\n';
}
