// A worker's job for one page: load it, analyse it, and write it as the CLI writes a page. The same
// function serves the workers and the one-process run, so the two write the same bytes; they differ
// only in how a page becomes a document (`OpenPage`).
import path from 'node:path';
import { analyzePage } from '../../utils/analyze';
import { serializableAnalysis } from '../../utils/serialize';
import { isCitationFormat } from '../../utils/cite';
import { parseHtml, readHtml } from '../load-page';
import { textReport } from '../report';
import { errorLine, type Task, type TaskOptions, type TaskResult } from './task';

/** A page's HTML as a document at `url` (or its own canonical address); `close` when done with it. */
export type OpenPage = (html: string, url: string) => { document: Document; close(): void };

/** A jsdom window of its own for each page: the one-process run, as the CLI worked before its pool. */
export const windowPerPage: OpenPage = (html, url) => {
  const dom = parseHtml(html, url);
  return { document: dom.window.document, close: () => dom.window.close() };
};

function open(task: Task, openPage: OpenPage): ReturnType<OpenPage> {
  if (task.kind === 'file') return openPage(readHtml(task.file), 'file://' + path.resolve(task.file));
  return openPage(task.html, task.url);
}

/** How logs name the page: its file, or its archive and address. */
const where = (task: Task) => (task.kind === 'file' ? task.file : `${task.file}: ${task.id}`);

export function analyzeTask(task: Task, opts: TaskOptions, openPage: OpenPage = windowPerPage): TaskResult {
  const result: TaskResult = { seq: task.seq, out: '', log: [], failed: false };
  let page: ReturnType<OpenPage>;
  try {
    page = open(task, openPage);
  } catch (e) {
    result.failed = true;
    result.log.push(`analyze: cannot read ${task.file}: ${(e as Error).message}`);
    return result;
  }
  try {
    const now = opts.now ? new Date(opts.now) : undefined;
    const analysis = analyzePage(page.document, page.document.URL, { now });
    if (opts.format === 'jsonl') {
      result.out = JSON.stringify({ id: task.id, file: task.file, ...serializableAnalysis(analysis) }) + '\n';
      if (!analysis.isArticle) result.log.push(`analyze: ${where(task)}: no article here (${analysis.reason})`);
    } else {
      const cite = isCitationFormat(opts.cite) ? opts.cite : undefined;
      result.out = textReport(task.id, analysis, { cite, accessed: now }) + '\n\n';
    }
  } catch (e) {
    result.failed = true;
    result.log.push(`analyze: ${where(task)}: analysis failed: ${(e as Error).stack}`);
    if (opts.format === 'jsonl') result.out = errorLine(task.id, task.file, String(e));
  } finally {
    page.close();
  }
  return result;
}
