import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, serveFixtures } from './harness';
import {
  buildFirefoxTestExtension,
  launchFirefox,
  POPUP_URL,
  SIDEPANEL_URL,
  waitFor,
  type Firefox,
} from './firefox-harness';

// "Also reported by" in Firefox ESR with the Firefox build: Iran Front Page's quotes saved from the
// popup, then the popup on The Moscow Times' page names Iran Front Page under Kanani's words, and
// the sidebar page groups the two outlets' reports by statement.

let server: Awaited<ReturnType<typeof serveFixtures>>;
let ff: Firefox;

beforeAll(async () => {
  buildFirefoxTestExtension();
  server = await serveFixtures();
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** The popup, as a tab aimed at the seed page's tab. */
async function popupOn(seed: string): Promise<void> {
  const url = `${server.origin}/seeds/${seed}.html`;
  await ff.openTab(url);
  await ff.openTab(POPUP_URL);
  const tabId = await ff.executeAsync<number>(
    'const [url, done] = arguments; browser.tabs.query({}).then((ts) => done(ts.find((t) => t.url === url)?.id ?? null));',
    [url],
  );
  await ff.navigate(`${POPUP_URL}?tab=${tabId}`);
  try {
    await waitFor(() => ff.execute<boolean>("return !!document.querySelector('.quote__save')"), 'the quotes', 40_000);
  } catch (e) {
    await ff.screenshot(screenshotPath('linking-firefox-failed.png'));
    throw new Error(`${(e as Error).message} (tab ${tabId}; the popup: linking-firefox-failed.png)`, { cause: e });
  }
}

const KANANI = 'acts independently in regulating';

describe('also reported by, in Firefox', () => {
  it(
    'the Moscow Times popup names Iran Front Page under Kanani’s words once IFP is saved',
    { timeout: 120_000 },
    async () => {
      await popupOn('ifp-kanaani-cia');
      const n = await ff.execute<number>("return document.querySelectorAll('.quote__save').length");
      for (let i = 0; i < n; i++) {
        await ff.click((await ff.findAll('.quote__save'))[i]);
        await waitFor(
          () => ff.execute<boolean>(`return document.querySelectorAll('.quote__save')[${i}].textContent === 'Saved'`),
          `quote ${i} saved`,
        );
      }
      await popupOn('moscowtimes-iran-permission');
      const line = () =>
        ff.execute<string | null>(
          `const li = [...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(arguments[0]));
        return li?.querySelector('.also__line')?.textContent ?? null;`,
          [KANANI],
        );
      await waitFor(async () => (await line()) !== null, 'the other outlets’ reports', 15_000);
      expect(await line()).toBe('Also reported by Iran Front Page, Dec. 18, 2022: paraphrase');
      await ff.execute(
        `[...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(arguments[0])).scrollIntoView()`,
        [KANANI],
      );
      await ff.screenshot(screenshotPath('linking-firefox-popup.png'));

      // save Kanani's words here too: the sidebar page groups the two by statement
      await ff.execute(
        `[...document.querySelectorAll('.quote')].find((q) => q.textContent.includes(arguments[0])).querySelector('.quote__save').click()`,
        [KANANI],
      );
      await ff.openTab(SIDEPANEL_URL);
      await waitFor(
        () => ff.execute<boolean>("return !!document.querySelector('.library[data-status=ready]')"),
        'the library to be read',
      );
      await waitFor(
        () => ff.execute<boolean>(`return document.body.textContent.includes(arguments[0])`, [KANANI]),
        'the Moscow Times quote in the library',
      );
      await ff.click(await ff.find('.segmented__option:last-child'));
      const group = await ff.execute<{ title: string; relations: string[] }>(
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
