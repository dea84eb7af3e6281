import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openLibraryTab, openPopup, screenshotPath } from './harness';
import { chromiumSuite } from './suite';
import { highlightRectInPage } from './library-probes';

// "Also reported by" in Chromium with the built extension: Iran Front Page's article remembered
// (then, after a clear, saved), The Moscow Times' page open, and the popup, the hover card and the
// library's "by statement" grouping showing the two outlets' reports of Kanani's words.

const env = chromiumSuite();

const IFP = 'ifp-kanaani-cia';
const MT = 'moscowtimes-iran-permission';
const KANANI = 'acts independently in regulating';

async function openSeed(seed: string): Promise<Page> {
  const page = await env.b.context.newPage();
  await page.goto(`${env.server.origin}/seeds/${seed}.html`, { waitUntil: 'load' });
  return page;
}

/** The popup on a seed page, its quotes listed. */
async function popupOn(page: Page, colorScheme: 'light' | 'dark' = 'light') {
  const popup = await openPopup(env.b, page, { colorScheme });
  await popup.waitForSelector('.quote', { timeout: 15_000 });
  return popup;
}

const kananiItem = (popup: Page) => popup.locator('.quote', { hasText: KANANI });

describe('also reported by', () => {
  it('remembers an analysed article only when the reader asks, and clears it with one button', async () => {
    // off by default: IFP analysed, nothing kept, nothing reported on The Moscow Times
    let ifp = await openSeed(IFP);
    await (await popupOn(ifp)).close();
    let mt = await openSeed(MT);
    let popup = await popupOn(mt);
    await popup.waitForTimeout(800);
    expect(await popup.locator('.also').count()).toBe(0);
    await popup.close();
    await Promise.all([ifp.close(), mt.close()]);

    const panel = await openLibraryTab(env.b);
    const remember = panel.getByLabel('Remember analysed articles');
    expect(await remember.isChecked()).toBe(false);
    await expect.poll(() => panel.locator('.remember__count').textContent()).toBe('0 articles remembered');
    await remember.check();

    ifp = await openSeed(IFP);
    await (await popupOn(ifp)).close();
    mt = await openSeed(MT);
    popup = await popupOn(mt);
    const line = kananiItem(popup).locator('.also__line');
    await expect
      .poll(() => line.first().textContent(), { timeout: 10_000 })
      .toBe('Also reported by Iran Front Page, Dec. 18, 2022: paraphrase');
    await popup.close();
    await Promise.all([ifp.close(), mt.close()]);

    await panel.reload();
    await panel.waitForSelector('.library[data-status=ready]');
    await expect.poll(() => panel.locator('.remember__count').textContent()).toBe('2 articles remembered');
    await panel.screenshot({ path: screenshotPath('linking-remember-light.png') });
    await panel.getByRole('button', { name: 'Clear remembered articles' }).click();
    await expect.poll(() => panel.locator('.remember__count').textContent()).toBe('0 articles remembered');
    await panel.getByLabel('Remember analysed articles').uncheck();
    await panel.close();

    mt = await openSeed(MT);
    popup = await popupOn(mt);
    await popup.waitForTimeout(800);
    expect(await popup.locator('.also').count()).toBe(0);
    await popup.close();
    await mt.close();
  });

  it('with IFP saved, The Moscow Times popup shows "Also reported by Iran Front Page…" under Kanani', async () => {
    const ifp = await openSeed(IFP);
    const save = await popupOn(ifp);
    const buttons = save.locator('.quote__save');
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      await buttons.nth(i).click();
      await expect.poll(() => buttons.nth(i).textContent()).toBe('Saved');
    }
    await save.close();
    await ifp.close();

    const mt = await openSeed(MT);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await popupOn(mt, scheme);
      const item = kananiItem(popup);
      await expect
        .poll(() => item.locator('.also__line').first().textContent(), { timeout: 10_000 })
        .toBe('Also reported by Iran Front Page, Dec. 18, 2022: paraphrase');
      expect(await item.locator('.also__words').first().textContent()).toMatch(/^Iran will not ask for permission/);
      expect(await item.locator('.also__words mark').allTextContents()).toContain('permission');
      expect(await popup.locator('.quote', { hasText: 'harmful' }).locator('.also').count()).toBe(0);
      await item.scrollIntoViewIfNeeded();
      await popup.screenshot({ path: screenshotPath(`linking-popup-${scheme}.png`) });
      await popup.close();
    }

    // the hover card in the page says the same
    await mt.bringToFront();
    const at = await mt.evaluate(highlightRectInPage, KANANI);
    expect(at).not.toBeNull();
    await mt.mouse.move(at!.x, at!.y);
    await mt.mouse.move(at!.x + 1, at!.y);
    const card = mt.locator('verbatim-overlay .tip');
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect
      .poll(() => card.locator('.tip-also-line').first().textContent(), { timeout: 10_000 })
      .toBe('Also reported by Iran Front Page, Dec. 18, 2022: paraphrase');
    await mt.screenshot({ path: screenshotPath('linking-card-light.png') });
    await mt.close();
  });

  it('the library groups the two outlets’ reports of a statement, the earliest first', async () => {
    const mt = await openSeed(MT);
    const popup = await popupOn(mt);
    const save = kananiItem(popup).locator('.quote__save');
    await save.click();
    await expect.poll(() => save.textContent()).toBe('Saved');
    await popup.close();
    await mt.close();

    for (const scheme of ['light', 'dark'] as const) {
      const panel = await openLibraryTab(env.b, scheme);
      await panel.locator('.segmented__option', { hasText: 'Statement' }).click();
      const group = panel.locator('.group', { hasText: KANANI });
      await expect.poll(() => group.locator('.group__title').textContent()).toMatch(/^Nasser Kana+ni$/);
      expect(await group.locator('.group__meta').textContent()).toMatch(/^Dec\. 18, 2022 · 2 outlets · \d quotes$/);
      const relations = await group.locator('.card__relation').allTextContents();
      expect(relations[0]).toBe('first reported');
      expect(relations).toContain('paraphrase');
      expect(await group.locator('.card__source').first().textContent()).toContain('The Moscow Times');
      await panel.screenshot({ path: screenshotPath(`linking-library-${scheme}.png`) });
      await panel.close();
    }
  });
});
