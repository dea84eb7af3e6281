import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyzeTask, windowPerPage, type OpenPage } from '../../cli/batch/analyze-task';
import type { Task } from '../../cli/batch/task';
import { readHtml } from '../../cli/load-page';
import { createPageWindow } from '../../cli/page-window';

// The workers parse every page in one jsdom window (cli/page-window.ts): the analysis must not
// notice, and a long batch must not keep the pages it has done.

const SEEDS = path.join(__dirname, '..', 'fixtures', 'seeds');
const FILES = ['ifp-kanaani-cia', 'moscowtimes-iran-permission'].map((n) => path.join(SEEDS, `${n}.html`));
const task = (file: string, seq: number): Task => ({ seq, id: path.basename(file), file, kind: 'file' });
const withoutTimings = (out: string) => ({ ...JSON.parse(out), timings: null });

describe('the workers’ page window', () => {
  it('gives the analysis a window per page gives, page after page in the same window', () => {
    const pages = createPageWindow();
    const shared: OpenPage = (html, url) => ({ document: pages.parse(html, url), close: () => pages.release() });
    for (const [seq, file] of [...FILES, ...FILES].entries()) {
      const own = analyzeTask(task(file, seq), { format: 'jsonl', now: '2022-12-20' }, windowPerPage);
      const inShared = analyzeTask(task(file, seq), { format: 'jsonl', now: '2022-12-20' }, shared);
      expect(inShared.failed).toBe(false);
      expect(withoutTimings(inShared.out)).toEqual(withoutTimings(own.out));
      expect(JSON.parse(inShared.out).quotes.length).toBeGreaterThan(5);
    }
  });

  it('gives the page its own address (canonical link), for its links and dates', () => {
    const pages = createPageWindow();
    const doc = pages.parse(readHtml(FILES[1]), 'file:///elsewhere.html');
    expect(doc.URL).toBe(
      'https://www.themoscowtimes.com/2022/12/18/iran-says-doesnt-need-permission-to-expand-russia-ties-a79737',
    );
    pages.release();
  });

  it('lets go of each page once it is released, however many pages pass through', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const pages = createPageWindow();
    const done: WeakRef<Document>[] = [];
    for (const [seq, file] of [...FILES, ...FILES].entries()) {
      let document: Document | null = null;
      const keep: OpenPage = (html, url) => {
        document = pages.parse(html, url);
        return { document, close: () => pages.release() };
      };
      analyzeTask(task(file, seq), { format: 'jsonl' }, keep);
      done.push(new WeakRef(document!));
      document = null;
    }
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(done.map((d) => d.deref() === undefined)).toEqual([true, true, true, true]);
  });
});
