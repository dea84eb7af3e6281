// What automatic marking costs a page that is no article: the first stage (content-scripts/gate.js)
// started and deciding, measured as its injection's time beyond an empty injection's, the way the
// bench measures the analysis's own start. The pages: generated section fronts and search pages of
// real sites (scripts/nonarticle-pages.ts) and the fixtures' home, search and no-article pages.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makeNonArticlePages } from './nonarticle-pages';

type Browser = Awaited<ReturnType<(typeof import('../tests/e2e/harness'))['launch']>>;

export function nonArticleFiles(root: string, shared: string): string[] {
  const fixtures = ['hostile/home.html', 'hostile/search.html', 'pages/not-article.html'].map((f) =>
    path.join(root, 'tests/fixtures', f),
  );
  return [...makeNonArticlePages(shared, path.join(root, 'out/nonarticle')), ...fixtures];
}

export async function measureNonArticles(
  b: Browser,
  page: Page,
  urls: string[],
  tabIdOf: (b: Browser, page: Page) => Promise<number>,
): Promise<number[]> {
  const times: number[] = [];
  for (const [i, url] of [urls[0], ...urls].entries()) {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const tabId = await tabIdOf(b, page);
    const ms = (await b.worker.evaluate(`(async () => {
      const target = { tabId: ${tabId} };
      let t = performance.now();
      await chrome.scripting.executeScript({ target, func: () => 0 });
      const empty = performance.now() - t;
      t = performance.now();
      await chrome.scripting.executeScript({ target, files: ['/content-scripts/gate.js'] });
      return Math.max(0, performance.now() - t - empty);
    })()`)) as number;
    if (i > 0) times.push(ms); // the first page, twice: a warm-up
  }
  return times;
}
