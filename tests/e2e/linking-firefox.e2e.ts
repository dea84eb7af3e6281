import { describe, expect, it } from 'vitest';
import { screenshotPath } from './harness';
import { openLibraryTab, openPopupOn, saveQuoteInPopup, waitFor } from './firefox-harness';
import { firefoxSuite } from './suite';

// "Also reported by" in Firefox ESR with the Firefox build: Iran Front Page's quotes saved from the
// popup, then the popup on The Moscow Times' page names Iran Front Page under Kanani's words, and
// the sidebar page groups the two outlets' reports by statement.

const env = firefoxSuite();

/** The popup, as a tab aimed at the seed page's tab. */
async function popupOn(seed: string): Promise<number | null> {
  const url = `${env.server.origin}/seeds/${seed}.html`;
  await env.ff.openTab(url);
  const { tabId } = await openPopupOn(env.ff, url);
  try {
    await waitFor(
      () => env.ff.execute<boolean>("return !!document.querySelector('.quote__save')"),
      'the quotes',
      40_000,
    );
  } catch (e) {
    await env.ff.screenshot(screenshotPath('linking-firefox-failed.png'));
    throw new Error(`${(e as Error).message} (tab ${tabId}; the popup: linking-firefox-failed.png)`, { cause: e });
  }
  return tabId;
}

/** The outlets each of the page's hover cards would name under "Also reported by", by quote id. */
async function cardReports(tabId: number): Promise<string[][]> {
  return env.ff.executeAsync<string[][]>(
    `const [tabId, done] = arguments;
    browser.tabs.sendMessage(tabId, { probe: 'alsoReported' })
      .then((links) => done(Object.values(links ?? {}).map((list) => list.map((a) => a.outlet))));`,
    [tabId],
  );
}

const KANANI = 'acts independently in regulating';

describe('also reported by, in Firefox', () => {
  it(
    'the Moscow Times popup names Iran Front Page under Kanani’s words once IFP is saved',
    { timeout: 120_000 },
    async () => {
      await popupOn('ifp-kanaani-cia');
      const n = await env.ff.execute<number>("return document.querySelectorAll('.quote__save').length");
      for (let i = 0; i < n; i++) await saveQuoteInPopup(env.ff, i);
      const mtTab = await popupOn('moscowtimes-iran-permission');
      const line = () =>
        env.ff.execute<string | null>(
          `const li = [...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(arguments[0]));
        return li?.querySelector('.also__line')?.textContent ?? null;`,
          [KANANI],
        );
      await waitFor(async () => (await line()) !== null, 'the other outlets’ reports', 15_000);
      expect(await line()).toBe('Also reported by Iran Front Page, Dec. 18, 2022: paraphrase');
      // the hover cards in the page know the same reports as the popup
      const cards = await cardReports(mtTab!);
      const popupLines = await env.ff.execute<number>("return document.querySelectorAll('.quote:has(.also)').length");
      expect(cards.filter((outlets) => outlets.length).length).toBe(popupLines);
      expect(cards.flat()).toContain('Iran Front Page');
      await env.ff.execute(
        `[...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(arguments[0])).scrollIntoView()`,
        [KANANI],
      );
      await env.ff.screenshot(screenshotPath('linking-firefox-popup.png'));

      // save Kanani's words here too: the sidebar page groups the two by statement
      await env.ff.execute(
        `[...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(arguments[0])).querySelector('.quote__save').click()`,
        [KANANI],
      );
      await openLibraryTab(env.ff);
      await waitFor(
        () => env.ff.execute<boolean>(`return document.body.textContent.includes(arguments[0])`, [KANANI]),
        'the Moscow Times quote in the library',
      );
      await env.ff.click(await env.ff.find('.segmented__option:last-child'));
      const group = await env.ff.execute<{ title: string; relations: string[] }>(
        `const g = [...document.querySelectorAll('.group')].find((x) => x.textContent.includes(arguments[0]));
      return { title: g.querySelector('.group__title').textContent,
        relations: [...g.querySelectorAll('.card__relation')].map((e) => e.textContent) };`,
        [KANANI],
      );
      expect(group.title).toMatch(/^Nasser Kana+ni$/);
      expect(group.relations[0]).toBe('first reported');
      expect(group.relations).toContain('paraphrase');
    },
  );
});
