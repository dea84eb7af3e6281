import fs from 'node:fs';
import path from 'node:path';

// What the CLI's arguments name, without loading a page: kept apart from load-page.ts (jsdom) so the
// batch runner's main thread can list its work without loading the DOM that only its workers need.

/** A saved page: .html, .htm, optionally gzipped. */
export const PAGE_FILE = /\.html?(\.gz)?$/i;
/** A web archive: .warc, optionally gzipped (record by record, as Common Crawl writes them). */
export const WARC_FILE = /\.warc(\.gz)?$/i;

export function pageId(file: string): string {
  return path.basename(file).replace(PAGE_FILE, '');
}

/** Expands folders into their pages and web archives, in name order. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const p of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      out.push(p); // reported as unreadable later, with its name
      continue;
    }
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) if (PAGE_FILE.test(f) || WARC_FILE.test(f)) out.push(path.join(p, f));
    } else out.push(p);
  }
  return out;
}
