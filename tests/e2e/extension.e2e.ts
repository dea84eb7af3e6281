import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cite, CITATION_FORMATS, type CitationFormat } from '../../utils/cite';
import { sanitizeCitationHtml } from '../../utils/cite/clipboard';
import type { Quote } from '../../utils/types';
import { fold, openPopup, screenshotPath, tabIdOf } from './harness';
import { chromiumSuite } from './suite';
import { nodeAnalysis, SEED_CITATIONS, seedGold } from './gold';
import { directiveIn, directiveStart } from './links';
import {
  expectGoldBlocksMarked,
  expectGoldQuotesHighlighted,
  expectGoldQuotesListed,
  expectSameHtml,
  goldBlockCentresInPage,
  highlightsInPage,
  listedQuotesInPopup,
  overlayBoxesInPage,
} from './page-probes';

// The whole browser path in Debian's Chromium: the popup injects the content script into the page's
// tab, the page gets marked, the popup lists quotes, shows them in the page and copies citations.

const env = chromiumSuite();

async function waitForPopup(popup: Page) {
  await popup.waitForSelector('.quote, .state:not([aria-busy]), .empty', { timeout: 15_000 });
}

const overlayBoxes = (page: Page) => page.evaluate(overlayBoxesInPage);
const highlighted = (page: Page) => page.evaluate(highlightsInPage);

/** Empties the clipboard, so a read afterwards cannot see an earlier copy. */
async function clearClipboard(popup: Page) {
  await popup.bringToFront();
  await popup.evaluate(() => navigator.clipboard.writeText(''));
}

async function readClipboard(popup: Page) {
  await popup.bringToFront();
  await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText()), { timeout: 5000 }).not.toBe('');
  return popup.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = await (await item.getType('text/plain')).text();
    const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
    return { text, html };
  });
}

describe.each(SEED_CITATIONS)('$seed', ({ seed, citeQuote }) => {
  const gold = seedGold(seed);
  let page: Page;
  let popup: Page;
  let before: string;

  beforeAll(async () => {
    page = await env.b.context.newPage();
    await page.goto(`${env.server.origin}/seeds/${seed}.html`, { waitUntil: 'load' });
    before = await page.evaluate(() => document.documentElement.outerHTML);
    popup = await openPopup(env.b, page);
    await waitForPopup(popup);
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('marks every gold boilerplate block with the right label, and the article', async () => {
    expectGoldBlocksMarked(await overlayBoxes(page), await page.evaluate(goldBlockCentresInPage, gold.blocks));
  });

  it('highlights the quotes in the body', async () => {
    expectGoldQuotesHighlighted(await highlighted(page), gold);
  });

  it('lists the seed quotes with speakers and dates, in article order', async () => {
    const items = await popup.evaluate(listedQuotesInPopup);
    expectGoldQuotesListed(items, gold);
    // Article order: the popup lists quotes by their position in the body.
    const positions = await page.evaluate(() => document.body.textContent!.replace(/\s+/g, ' '));
    const at = items.map((i) => fold(positions).indexOf(fold(i.text.replace(/^“|”$/g, '')).replace(/\s+/g, ' ')));
    expect(at.filter((x) => x >= 0)).toEqual([...at.filter((x) => x >= 0)].sort((x, y) => x - y));
  });

  it('clicking a quote scrolls the page to it and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = popup.locator('.quote__show').last();
    await last.click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(100);
    const flash = await page.evaluate(() => {
      const f = document.querySelector('verbatim-overlay')?.shadowRoot?.querySelector('.flash');
      if (!f) return null;
      const r = f.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, vh: innerHeight };
    });
    expect(flash).not.toBeNull();
    expect(flash!.top).toBeGreaterThanOrEqual(0);
    expect(flash!.bottom).toBeLessThanOrEqual(flash!.vh);
  });

  it('is usable from the keyboard: Tab reaches the quotes with a visible focus ring, Enter shows one', async () => {
    await popup.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let onQuote = false;
    for (let i = 0; i < 12 && !onQuote; i++) {
      await popup.keyboard.press('Tab');
      onQuote = await popup.evaluate(() => document.activeElement?.classList.contains('quote__show') ?? false);
    }
    expect(onQuote).toBe(true);
    const ring = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(0);
  });

  it.each(CITATION_FORMATS)('copies the citation as %s, as text and as HTML', async (format: CitationFormat) => {
    const analysis = nodeAnalysis(`seeds/${seed}.html`, page.url());
    const quote = analysis.quotes.find((q) => q.text.includes(citeQuote)) as Quote;
    expect(quote).toBeTruthy();
    await clearClipboard(popup);
    await popup.locator('select').nth(1).selectOption(format);
    const item = popup.locator('.quote', { hasText: citeQuote });
    await item.locator('.quote__copy').click();
    const got = await readClipboard(popup);
    // The link goes to the quoted words: the directive the page made for them (its own tests are
    // tests/cite/fragment.test.ts); it starts with the quote's first words.
    const fragment = directiveIn(got.text);
    expect(fragment, got.text).not.toBeNull();
    expect(fold(quote.text).toLowerCase()).toContain(fold(directiveStart(fragment!)));
    const want = cite(format, { quote, metadata: analysis.metadata, accessed: new Date(), fragment });
    expect(got.text).toBe(want.text);
    // What goes on the clipboard is the formatter's HTML after DOMPurify, as the popup sends it.
    expect(got.html).toContain(sanitizeCitationHtml(want.html, new JSDOM('').window as unknown as Window));
    expect(got.html).toMatch(/<i>(The Moscow Times|Iran Front Page)<\/i>/);
    expect(got.html).toMatch(/<a href="https:\/\/(www\.themoscowtimes\.com|ifpnews\.com)\//);
    if (format === 'plain' && seed.startsWith('moscow')) {
      expect(got.text).toBe(
        `"acts independently in regulating its foreign relations and does not seek permission from anyone" — Nasser Kanani, Iran's Foreign Ministry spokesperson, Dec. 18, 2022. Quoted in "Iran Says Doesn't Need 'Permission' to Expand Russia Ties," The Moscow Times, Dec. 18, 2022, https://www.themoscowtimes.com/2022/12/18/iran-says-doesnt-need-permission-to-expand-russia-ties-a79737#:~:${fragment}`,
      );
    }
  });

  it('the chosen format is remembered by the next popup', async () => {
    await popup.locator('select').nth(1).selectOption('mla');
    const again = await openPopup(env.b, page);
    await waitForPopup(again);
    await expect.poll(() => again.locator('select').nth(1).inputValue()).toBe('mla');
    await again.close();
  });

  it('screenshots: the marked page and the popup, light and dark', async () => {
    await page.bringToFront();
    // Start where the article starts, so the article box and the blocks around it are in view.
    await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      window.scrollTo(0, Math.max(0, (h1?.getBoundingClientRect().top ?? 0) + scrollY - 120));
    });
    // A tall window, so the article, the appeal inside it and the blocks around it fit in one picture.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.waitForTimeout(200);
    // caret: 'initial', or Playwright writes style="" on the page's inputs and the DOM check fails.
    await page.screenshot({ path: screenshotPath(`${seed}-marked.png`), caret: 'initial' });
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.waitForTimeout(100);
    // Hovering a quote shows its speaker and date.
    const target = await page.evaluate(() => {
      const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const r = [...(hl.get('verbatim-quote') ?? []), ...(hl.get('verbatim-reported') ?? [])][0];
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return { x: rect.left + 8, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(target.x, target.y);
    await page.mouse.move(target.x + 2, target.y);
    await expect
      .poll(() =>
        page.evaluate(
          () => !document.querySelector('verbatim-overlay')!.shadowRoot!.querySelector<HTMLElement>('.tip')!.hidden,
        ),
      )
      .toBe(true);
    await page.screenshot({ path: screenshotPath(`${seed}-hover.png`), caret: 'initial' });
    await page.mouse.move(2, 2);

    const shot = await openPopup(env.b, page, { height: 600 });
    await waitForPopup(shot);
    await shot.locator('select').nth(1).selectOption('plain');
    await shot.locator('.quote__copy').first().click();
    // the copy asks the page for the link to the words first
    await shot.locator('.preview').waitFor();
    await shot.screenshot({ path: screenshotPath(`${seed}-popup.png`) });
    await shot.emulateMedia({ colorScheme: 'dark' });
    await shot.screenshot({ path: screenshotPath(`${seed}-popup-dark.png`) });
    await shot.close();
    for (const f of [`${seed}-marked.png`, `${seed}-hover.png`, `${seed}-popup.png`, `${seed}-popup-dark.png`]) {
      expect(fs.statSync(screenshotPath(f)).size).toBeGreaterThan(10_000);
    }
  });

  it('turning marks off restores the page exactly', async () => {
    await popup.bringToFront();
    const toggle = popup.locator('#marks-toggle');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    try {
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('verbatim-overlay').length)).toBe(0);
      expectSameHtml(await page.evaluate(() => document.documentElement.outerHTML), before);
      expect(await highlighted(page)).toEqual([]);
    } finally {
      // The setting is remembered; switch marks back on for the tests that follow.
      await toggle.click();
    }
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('verbatim-overlay').length)).toBe(1);
  });
});

describe('pages that change after load', () => {
  it('late content and single-page navigation are re-analysed without duplicated marks', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.server.origin}/seeds/moscowtimes-iran-permission.html`);
    const popup = await openPopup(env.b, page);
    await waitForPopup(popup);
    const boxes = (await overlayBoxes(page)).length;
    const quotes = (await highlighted(page)).length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        '"We will keep talking to everyone," Kanani told reporters later on Sunday, according to the ministry.';
      document.querySelector('.r5d2-body p:last-of-type')!.after(p);
    });
    await expect.poll(() => highlighted(page).then((h) => h.length), { timeout: 5000 }).toBeGreaterThan(quotes);
    expect(await page.evaluate(() => document.querySelectorAll('verbatim-overlay').length)).toBe(1);
    expect((await overlayBoxes(page)).length).toBe(boxes);

    await page.evaluate(() => {
      history.pushState({}, '', '/seeds/next-story');
      document.querySelector('h1')!.textContent = 'Another story on the same page';
    });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelectorAll('verbatim-overlay').length)).toBe(1);
    // The new story may be analysed differently, but nothing is ever marked twice.
    const after = (await overlayBoxes(page)).map(
      (x) => `${x.category}@${Math.round(x.left)},${Math.round(x.top)},${Math.round(x.right)},${Math.round(x.bottom)}`,
    );
    expect(new Set(after).size).toBe(after.length);
    expect(after.filter((x) => x.startsWith('main@'))).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});

describe('the overlay after its first drawing', () => {
  it('is not drawn again while the page stays still, and follows the page when it moves', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.server.origin}/seeds/ifp-kanaani-cia.html`, { waitUntil: 'load' });
    // Counts every rebuilding of the overlay's layers after the drawing that put it in the page.
    await page.evaluate(() => {
      const w = window as unknown as { redraws: number };
      w.redraws = 0;
      new MutationObserver((_, seen) => {
        const host = document.querySelector('verbatim-overlay');
        if (!host) return;
        seen.disconnect();
        const count = (records: MutationRecord[]) => (w.redraws += records.filter((r) => r.removedNodes.length).length);
        setTimeout(() => new MutationObserver(count).observe(host.shadowRoot!, { childList: true, subtree: true }));
      }).observe(document.documentElement, { childList: true });
    });
    const popup = await openPopup(env.b, page);
    await waitForPopup(popup);
    await page.bringToFront();
    // the resize observer's first report and the frames after it: nothing moved, nothing redrawn
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { redraws: number }).redraws)).toBe(0);
    const articleTop = async () => (await overlayBoxes(page)).find((b) => b.category === 'main')!.top;
    const top = await articleTop();
    await page.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<div style="height: 200px"></div>'));
    await expect.poll(articleTop, { timeout: 5000 }).toBeCloseTo(top + 200, 0);
    await popup.close();
    await page.close();
  });
});

describe('automatic marking', () => {
  it('marks an article page on its own once idle and shows the quote count on the badge; never loads the analysis into non-articles', async () => {
    // What the background does after the reader grants the optional permissions (registers the
    // first stage for every page), narrowed to the test server: a test cannot answer the prompt.
    await env.b.worker.evaluate(async () => {
      await chrome.storage.sync.set({ autoMark: true });
      await chrome.scripting.registerContentScripts([
        {
          id: 'verbatim-auto-test',
          matches: ['http://127.0.0.1/*'],
          js: ['content-scripts/gate.js'],
          runAt: 'document_idle',
        },
      ]);
    });
    /** Whether the analysis (content.ts, not just the first stage) was ever loaded into the tab. */
    const analysisLoaded = (tabId: number) =>
      env.b.worker.evaluate(async (id) => {
        const [r] = await chrome.scripting.executeScript({
          target: { tabId: id },
          func: () => !!(window as Window & { __verbatim?: unknown }).__verbatim,
        });
        return r.result;
      }, tabId);
    try {
      const page = await env.b.context.newPage();
      await page.goto(`${env.server.origin}/seeds/ifp-kanaani-cia.html`);
      await expect
        .poll(() => page.evaluate(() => document.querySelectorAll('verbatim-overlay').length), { timeout: 10_000 })
        .toBe(1);
      const tabId = await tabIdOf(env.b, page);
      const quotes = (await highlighted(page)).length;
      expect(quotes).toBeGreaterThan(0);
      await expect
        .poll(() => env.b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
        .toBe(String(quotes));

      const other = await env.b.context.newPage();
      await other.goto(`${env.server.origin}/pages/not-article.html`);
      await other.waitForTimeout(1000);
      expect(await other.evaluate(() => document.querySelectorAll('verbatim-overlay').length)).toBe(0);
      const otherId = await tabIdOf(env.b, other);
      expect(await env.b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), otherId)).toBe('');
      expect(await analysisLoaded(otherId)).toBe(false);
      expect(await analysisLoaded(tabId)).toBe(true);
      await other.close();
      await page.close();
    } finally {
      await env.b.worker.evaluate(async () => {
        await chrome.scripting.unregisterContentScripts({ ids: ['verbatim-auto-test'] });
        await chrome.storage.sync.set({ autoMark: false });
      });
    }
  });
});

describe('hostile page text', () => {
  it('an XSS payload in the title and a quote stays inert text in the popup, the page and the copied HTML', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.server.origin}/pages/xss-article.html`);
    const popup = await openPopup(env.b, page);
    await waitForPopup(popup);
    const title = await popup.locator('h1').textContent();
    expect(title).toContain('<img src=x onerror="window.__xss=1">');
    expect(title).toContain('<script>window.__xss=2</script>');
    const quoteText = await popup.locator('.quote__text').first().textContent();
    expect(quoteText).toContain('<img src=x onerror=window.__xss=4>');

    for (const format of CITATION_FORMATS) {
      await clearClipboard(popup);
      await popup.locator('select').nth(1).selectOption(format);
      await popup.locator('.quote__copy').first().click();
      const got = await readClipboard(popup);
      expect(got.text).toContain('<img src=x onerror=');
      expect(got.html).toContain('&lt;img src=x onerror=');
      expect(got.html).not.toMatch(/<img|<script|href="javascript:/i);
    }
    // Hover text in the page is text too.
    await page.bringToFront();
    await page.mouse.move(200, 300);
    const counts = await popup.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      inline: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      preview: document.querySelector('.preview__body')?.innerHTML ?? '',
    }));
    expect(counts.imgs).toBe(0);
    expect(counts.inline).toBe(0);
    expect(counts.preview).toContain('&lt;script&gt;');
    expect(await popup.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await popup.close();
    await page.close();
  });
});

describe('popup states', () => {
  it('a page without an article offers "Analyse anyway"', async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.server.origin}/pages/not-article.html`);
    const popup = await openPopup(env.b, page);
    await waitForPopup(popup);
    await expect.poll(() => popup.locator('.state__title').textContent()).toBe('No article on this page');
    await popup.screenshot({ path: screenshotPath('not-article-popup.png') });
    await popup.getByRole('button', { name: 'Analyse anyway' }).click();
    await expect.poll(() => popup.locator('.state__title').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('a browser page gets a clear message, not an error', async () => {
    const page = await env.b.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopup(env.b, page);
    await waitForPopup(popup);
    await expect.poll(() => popup.locator('.state__title').textContent()).toBe('Verbatim can’t read this page');
    expect(await popup.locator('.state__text').textContent()).toMatch(
      /browser’s own pages|keeps extensions off this page/,
    );
    await popup.screenshot({ path: screenshotPath('restricted-popup.png') });
    await popup.close();
    await page.close();
  });
});
