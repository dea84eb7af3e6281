import { WARC_FILE, pageId } from '../inputs';
import { warcPages } from './warc';

// The batch's work, in input order: saved pages by file, and the pages of each web archive (or the
// error of a record that cannot be read). Lazy, so a crawl is never held in memory at once.

export type Work =
  | { kind: 'file'; id: string; file: string }
  | { kind: 'html'; id: string; file: string; url: string; html: string }
  | { kind: 'error'; id: string; file: string; error: string };

export async function* batchWork(
  files: string[],
  wanted: (id: string) => boolean,
  withHtml = true,
): AsyncGenerator<Work> {
  for (const file of files) {
    if (WARC_FILE.test(file)) {
      for await (const p of warcPages(file, wanted, withHtml))
        yield 'error' in p ? { kind: 'error', ...p } : { kind: 'html', ...p };
    } else {
      const id = pageId(file);
      if (wanted(id)) yield { kind: 'file', id, file };
    }
  }
}
