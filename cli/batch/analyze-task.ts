// A worker's job for one page: load it, analyse it, and write it as the CLI writes a page. The same
// function serves the workers and the one-process run, so the two write the same bytes.
import { analyzePage } from '../../utils/analyze';
import { serializableAnalysis } from '../../utils/serialize';
import { isCitationFormat } from '../../utils/cite';
import { loadPage, parseHtml, type LoadedPage } from '../load-page';
import { textReport } from '../report';
import { errorLine, type Task, type TaskOptions, type TaskResult } from './task';

function open(task: Task): LoadedPage {
  if (task.kind === 'file') return loadPage(task.file);
  const dom = parseHtml(task.html, task.url);
  return {
    id: task.id,
    file: task.file,
    url: dom.window.location.href,
    document: dom.window.document,
    close: () => dom.window.close(),
  };
}

/** How logs name the page: its file, or its archive and address. */
const where = (task: Task) => (task.kind === 'file' ? task.file : `${task.file}: ${task.id}`);

export function analyzeTask(task: Task, opts: TaskOptions): TaskResult {
  const result: TaskResult = { seq: task.seq, out: '', log: [], failed: false };
  let page: LoadedPage;
  try {
    page = open(task);
  } catch (e) {
    result.failed = true;
    result.log.push(`analyze: cannot read ${task.file}: ${(e as Error).message}`);
    return result;
  }
  try {
    const now = opts.now ? new Date(opts.now) : undefined;
    const analysis = analyzePage(page.document, page.url, { now });
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
