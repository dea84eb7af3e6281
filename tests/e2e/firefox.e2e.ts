import { beforeAll, describe, expect, it } from 'vitest';
import { cite, type CitationFormat } from '../../utils/cite';
import { fold, screenshotPath } from './harness';
import { openPopupOn, waitFor } from './firefox-harness';
import { firefoxSuite } from './suite';
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
  OVERLAY_STYLED,
  overlayStyleInPage,
} from './page-probes';
import { HOSTILE_SERVING } from './hostile-pages';

// The reader's path in Firefox ESR with the Firefox build (MV2): the popup injects the content
// script, the page is marked, the popup lists the quotes with speakers and dates, a click shows a
// quote in the page, and turning the marks off gives the page back exactly.

const env = firefoxSuite({ serve: HOSTILE_SERVING });

interface Opened {
  pageTab: string;
  popupTab: string;
  /** The browser's id for the page's tab. */
  tabId: number;
  /** The page's DOM before the extension touched it. */
  before: string;
}

/** Opens a fixture in a tab of its own, then the popup aimed at it, and waits for its quotes. */
async function openWithPopup(path: string, timeout = 20_000): Promise<Opened & { state: Settled }> {
  const url = `${env.server.origin}${path}`;
  const pageTab = await env.ff.openTab(url);
  const before = await env.ff.execute<string>('return document.documentElement.outerHTML');
  const { popupTab, tabId } = await openPopupOn(env.ff, url);
  expect(tabId).toBeTypeOf('number');
  return { pageTab, popupTab, tabId: tabId!, before, state: await settle(timeout) };
}

interface Settled {
  /** The state's title ("No article on this page"), or null when quotes are listed. */
  title: string | null;
  quotes: number;
}

/** The popup's settled state: quotes, an empty list, or a titled state (never the spinner). */
async function settle(timeout: number): Promise<Settled> {
  await waitFor(
    () => env.ff.execute<boolean>("return !!document.querySelector('.quote, .state:not([aria-busy]), .empty')"),
    'the popup to settle',
    timeout,
  );
  return env.ff.execute<Settled>(
    "return { title: document.querySelector('.state__title')?.textContent ?? null, quotes: document.querySelectorAll('.quote').length }",
  );
}

/** Marks off from the popup; the page must then be exactly what it was; marks back on. */
async function expectRestoredWithMarksOff({ pageTab, popupTab, before }: Opened) {
  await env.ff.switchTo(popupTab);
  const toggle = await env.ff.find('#marks-toggle');
  expect(await env.ff.execute("return document.querySelector('#marks-toggle').getAttribute('aria-checked')")).toBe(
    'true',
  );
  await env.ff.click(toggle);
  try {
    await env.ff.switchTo(pageTab);
    await waitFor(
      () => env.ff.execute<boolean>("return document.querySelectorAll('verbatim-overlay').length === 0"),
      'the marks to go',
    );
    expectSameHtml(await env.ff.execute<string>('return document.documentElement.outerHTML'), before);
    expect(await env.ff.call(highlightsInPage)).toEqual([]);
  } finally {
    // the setting is remembered: marks back on for the next page
    await env.ff.switchTo(popupTab);
    await env.ff.click(toggle);
  }
  await env.ff.switchTo(pageTab);
  await waitFor(
    () => env.ff.execute<boolean>("return document.querySelectorAll('verbatim-overlay').length === 1"),
    'the marks to come back',
  );
}

describe.each(SEED_CITATIONS)('$seed in Firefox', ({ seed, citeQuote }) => {
  const gold = seedGold(seed);
  let pageTab: string;
  let popupTab: string;
  let opened: Opened;

  beforeAll(async () => {
    opened = await openWithPopup(`/seeds/${seed}.html`);
    ({ pageTab, popupTab } = opened);
  });

  it('marks every gold boilerplate block with the right label, and the article', async () => {
    await env.ff.switchTo(pageTab);
    expectGoldBlocksMarked(
      await env.ff.call(overlayBoxesInPage),
      await env.ff.call(goldBlockCentresInPage, gold.blocks),
    );
  });

  it('highlights the quotes in the body', async () => {
    expectGoldQuotesHighlighted(await env.ff.call(highlightsInPage), gold);
  });

  it("shows the page's quote count on the toolbar button", async () => {
    await env.ff.switchTo(popupTab);
    const listed = await env.ff.execute<number>("return document.querySelectorAll('.quote').length");
    // asked of the browser action from an extension page, for the page's tab
    const badge = await env.ff.executeAsync<string>(
      'const [tabId, done] = arguments; browser.browserAction.getBadgeText({ tabId }).then(done);',
      [opened.tabId],
    );
    expect(listed).toBeGreaterThan(0);
    expect(badge).toBe(String(listed));
  });

  it('lists the seed quotes with speakers and dates', async () => {
    await env.ff.switchTo(popupTab);
    expectGoldQuotesListed(await env.ff.call(listedQuotesInPopup), gold);
  });

  it('clicking a quote scrolls the page to it and flashes it', async () => {
    await env.ff.switchTo(pageTab);
    await env.ff.execute('window.scrollTo(0, 0)');
    await env.ff.switchTo(popupTab);
    const shows = await env.ff.findAll('.quote__show');
    await env.ff.click(shows[shows.length - 1]);
    await env.ff.switchTo(pageTab);
    await waitFor(
      () => env.ff.execute<boolean>('return window.scrollY > 100'),
      'the page to scroll to the quote',
      5000,
    );
    const flash = await env.ff.execute<{ top: number; bottom: number; vh: number } | null>(`
      const f = document.querySelector('verbatim-overlay')?.shadowRoot?.querySelector('.flash');
      if (!f) return null;
      const r = f.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, vh: innerHeight };`);
    expect(flash).not.toBeNull();
    expect(flash!.top).toBeGreaterThanOrEqual(0);
    expect(flash!.bottom).toBeLessThanOrEqual(flash!.vh);
  });

  it('copies a citation as text and as HTML', async () => {
    const analysis = nodeAnalysis(`seeds/${seed}.html`, `${env.server.origin}/seeds/${seed}.html`);
    const quote = analysis.quotes.find((q) => q.text.includes(citeQuote))!;
    expect(quote).toBeTruthy();
    await env.ff.switchTo(popupTab);
    const index = await env.ff.execute<number>(
      'return [...document.querySelectorAll(".quote")].findIndex((li) => li.textContent.includes(arguments[0]))',
      [citeQuote],
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const format = await env.ff.execute<string>("return document.querySelectorAll('select')[1].value");
    await env.ff.click((await env.ff.findAll('.quote__copy'))[index]);
    const text = await waitFor(() => env.ff.clipboard('text/plain'), 'the citation on the clipboard', 5000);
    // the link goes to the quoted words (see the Chromium run)
    const fragment = directiveIn(text);
    expect(fragment, text).not.toBeNull();
    expect(fold(quote.text).toLowerCase()).toContain(fold(directiveStart(fragment!)));
    const want = cite(format as CitationFormat, {
      quote,
      metadata: analysis.metadata,
      accessed: new Date(),
      fragment,
    });
    expect(text).toBe(want.text);
    const html = await env.ff.clipboard('text/html');
    expect(html).toMatch(/<i>(The Moscow Times|Iran Front Page)<\/i>/);
    expect(html).toMatch(/<a href="https:\/\/(www\.themoscowtimes\.com|ifpnews\.com)\//);
  });

  it('screenshots: the marked page and the popup', async () => {
    await env.ff.switchTo(pageTab);
    await env.ff.execute('window.scrollTo(0, 0)');
    await env.ff.screenshot(screenshotPath(`firefox-${seed}-page.png`));
    await env.ff.switchTo(popupTab);
    await env.ff.screenshot(screenshotPath(`firefox-${seed}-popup.png`));
  });

  it('turning marks off restores the page exactly', async () => {
    await expectRestoredWithMarksOff(opened);
  });
});

describe('hostile pages in Firefox', () => {
  // Firefox's content scripts see the page through Xray wrappers, not in a world of their own,
  // and its page policy has applied to what extensions insert: the two sweeps most likely to differ

  it('a page that overwrites Array.prototype.map, JSON.stringify, Node.prototype.appendChild… is analysed as usual', async () => {
    const o = await openWithPopup('/hostile/prototypes.html');
    await env.ff.switchTo(o.pageTab);
    expect(await env.ff.execute('return window.__pageScript')).toBe('ran');
    // (test scripts run in a sandbox of their own: the page's sabotage is reached through its window)
    expect(
      await env.ff.execute(
        "try { window.Array.prototype.map.call([1], (x) => x); return 'ok'; } catch (e) { return String(e); }",
      ),
    ).toContain('page overwrote');
    await env.ff.switchTo(o.popupTab);
    expect(
      await env.ff.execute<string[]>("return [...document.querySelectorAll('.quote__name')].map((e) => e.textContent)"),
    ).toContain('Maria Okafor');
    await expectRestoredWithMarksOff(o);
  });

  it('a 5 MB article is analysed, marked and restored', async () => {
    const o = await openWithPopup('/hostile/big.html', 60_000);
    expect(o.state.title).toBeNull();
    expect(o.state.quotes).toBeGreaterThan(100);
    expect(o.before.length).toBeGreaterThan(5_000_000);
    await expectRestoredWithMarksOff(o);
    expect(await env.ff.execute('return window.__pageScript')).toBe('ran');
  });

  it('a DOM nested over 10,000 deep is analysed or declined, never broken', async () => {
    const o = await openWithPopup('/hostile/deep.html', 60_000);
    await env.ff.switchTo(o.pageTab);
    expect(await env.ff.execute<number>('return window.__depth')).toBeGreaterThan(10_000);
    // as in Chromium, a clear "no article" is as good an answer as quotes; an error is not
    if (o.state.title === null) await expectRestoredWithMarksOff(o);
    else {
      expect(o.state.title).toBe('No article on this page');
      expect(await env.ff.execute<number>("return document.querySelectorAll('verbatim-overlay').length")).toBe(0);
      expect(
        (await env.ff.execute<string>('return document.documentElement.outerHTML')) === o.before,
        'page unchanged',
      ).toBe(true);
    }
    // (textContent: Firefox does not lay out boxes nested this deep, so innerText is short before and after)
    expect(await env.ff.execute<number>('return document.body.textContent.length')).toBeGreaterThan(1000);
  });

  it('a page with a strict Content-Security-Policy still gets styled marks', async () => {
    const o = await openWithPopup('/hostile/csp.html');
    await env.ff.switchTo(o.pageTab);
    // the policy really is in force: the page's inline script was refused
    expect(await env.ff.execute('return window.__inline ?? null')).toBeNull();
    expect(await env.ff.call(overlayStyleInPage)).toEqual(OVERLAY_STYLED);
    await env.ff.screenshot(screenshotPath('firefox-csp-page.png'));
    await expectRestoredWithMarksOff(o);
  });
});
