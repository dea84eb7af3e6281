import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestExtension, EXT_DIR, launch, openPopup, screenshotPath, serveFixtures, type Browser } from './harness';
import { highlightRectInPage, libraryRecordsInExtension } from './library-probes';

// The quote library in Debian's Chromium with the built extension: saving from the popup and from
// a highlighted quote's hover card on both seed pages, the side panel, links to the exact words,
// exports, and the library surviving an extension update.

let server: Awaited<ReturnType<typeof serveFixtures>>;
let b: Browser;
// kept across a relaunch: the same browser profile after an update
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-library-e2e-'));

beforeAll(async () => {
  buildTestExtension();
  server = await serveFixtures();
  b = await launch({ profile });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

const records = () => b.worker.evaluate(libraryRecordsInExtension);
const waitForQuotes = (popup: Page) => popup.waitForSelector('.quote', { timeout: 15_000 });

const SEEDS = [
  { seed: 'moscowtimes-iran-permission', hover: 'harmful', popupSaves: 3 },
  { seed: 'ifp-kanaani-cia', hover: 'will not ask for permission from anyone', popupSaves: 2 },
] as const;

describe('saving', () => {
  it.each(SEEDS)(
    'saves from the popup and the hover card on $seed, never twice',
    async ({ seed, hover, popupSaves }) => {
      const before = (await records()).length;
      const page = await b.context.newPage();
      await page.goto(`${server.origin}/seeds/${seed}.html`, { waitUntil: 'load' });
      const popup = await openPopup(b, page);
      await waitForQuotes(popup);
      const buttons = popup.locator('.quote__save');
      for (let i = 0; i < popupSaves; i++) {
        await buttons.nth(i).click();
        await expect.poll(() => buttons.nth(i).textContent()).toBe('Saved');
      }
      expect((await records()).length).toBe(before + popupSaves);
      // the second click on a saved quote does nothing
      await buttons.nth(0).click({ force: true });
      expect((await records()).length).toBe(before + popupSaves);

      // The hover card of a highlighted quote in the page.
      await page.bringToFront();
      const at = await page.evaluate(highlightRectInPage, hover);
      expect(at, `a highlight containing "${hover}"`).not.toBeNull();
      await page.mouse.move(at!.x, at!.y);
      await page.mouse.move(at!.x + 1, at!.y);
      const card = page.locator('verbatim-overlay .tip');
      await expect.poll(() => card.isVisible()).toBe(true);
      const save = card.locator('.tip-save');
      // the pointer travels from the words onto the card's button, which is still there
      await save.hover();
      await save.click();
      await expect.poll(() => save.textContent()).toMatch(/Saved to library|In your library/);
      const all = await records();
      expect(all.some((r) => r.text.includes(hover))).toBe(true);
      expect(all.length).toBeGreaterThanOrEqual(before + popupSaves);
      // a new popup shows what the library has
      const again = await openPopup(b, page);
      await waitForQuotes(again);
      const fromThisPage = all.filter((r) => r.page.url.endsWith(`/seeds/${seed}.html`)).length;
      expect(fromThisPage).toBeGreaterThanOrEqual(popupSaves);
      await expect.poll(() => again.locator('.quote__save', { hasText: 'Saved' }).count()).toBe(fromThisPage);
      await again.close();
      await popup.close();
      await page.close();
    },
  );
});

/** The library page in a tab of side-panel width (Playwright cannot drive the side panel itself). */
async function openLibraryTab(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const tab = await b.context.newPage();
  await tab.setViewportSize({ width: 400, height: 860 });
  await tab.emulateMedia({ colorScheme });
  await tab.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  await tab.waitForSelector('.card, .panel-state:not(:empty)');
  return tab;
}

describe('the side panel', () => {
  it("the popup's Library button opens Chrome's side panel, and the library has its keyboard shortcut", async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/seeds/ifp-kanaani-cia.html`, { waitUntil: 'load' });
    const popup = await openPopup(b, page);
    await waitForQuotes(popup);
    const cdp = await b.context.browser()!.newBrowserCDPSession();
    const panels = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url.endsWith('/sidepanel.html')).length;
    expect(await panels()).toBe(0);
    await popup.locator('.footer__library').click();
    await expect.poll(panels, { timeout: 5000 }).toBe(1);
    const commands = await b.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'open-library')?.shortcut).toBe('Alt+Shift+L');
    await cdp.detach();
    await popup.close();
    await page.close();
  });

  it('lists the saved quotes by article, searches, keeps a note, deletes with undo', async () => {
    const stored = await records();
    const panel = await openLibraryTab();
    await expect.poll(() => panel.locator('.card').count()).toBe(stored.length);
    const titles = await panel.locator('.group__title').allTextContents();
    expect(titles).toHaveLength(2);
    expect(titles).toContain("Iran Says Doesn't Need 'Permission' to Expand Russia Ties");

    // search, from the keyboard: "/" focuses the field
    await panel.keyboard.press('/');
    await panel.keyboard.type('kirby');
    await expect.poll(() => panel.locator('.card').count()).toBe(1);
    expect(await panel.locator('.card__name').textContent()).toBe('John Kirby');

    // a note, typed and saved with the keyboard
    const card = panel.locator('.card').first();
    await card.getByRole('button', { name: /Add a note/ }).click();
    await panel.keyboard.type('Kirby said this at the White House briefing.');
    await panel.keyboard.press('Control+Enter');
    await expect.poll(() => card.locator('.card__note').textContent()).toContain('White House briefing');
    await expect
      .poll(async () => (await records()).find((r) => r.speaker.name === 'John Kirby')?.note)
      .toBe('Kirby said this at the White House briefing.');

    // delete, then undo
    await panel.locator('input[type=search]').fill('');
    await expect.poll(() => panel.locator('.card').count()).toBe(stored.length);
    const victim = panel.locator('.card').nth(1);
    const id = await victim.getAttribute('data-id');
    await victim.getByRole('button', { name: /Delete/ }).click();
    await expect.poll(() => panel.locator(`.card[data-id="${id}"]`).count()).toBe(0);
    expect((await records()).length).toBe(stored.length - 1);
    await panel.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.locator(`.card[data-id="${id}"]`).count()).toBe(1);
    expect((await records()).length).toBe(stored.length);
    await panel.close();
  });

  it('screenshots: the side panel in light and dark, by article and by speaker', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const panel = await openLibraryTab(scheme);
      await panel.screenshot({ path: screenshotPath(`library-${scheme}.png`) });
      await panel.locator('.segmented__option', { hasText: 'Speaker' }).click();
      await panel.locator('.filters__summary').click();
      await panel.screenshot({ path: screenshotPath(`library-speaker-${scheme}.png`) });
      await panel.close();
    }
    for (const f of ['library-light.png', 'library-dark.png', 'library-speaker-light.png']) {
      expect(fs.statSync(screenshotPath(f)).size).toBeGreaterThan(10_000);
    }
  });
});

describe('an extension update', () => {
  it('a new version of the extension finds the library intact', async () => {
    const before = await records();
    expect(before.length).toBeGreaterThan(3);
    // What an update is on disk: the same extension, a new version number, the same profile.
    const file = path.join(EXT_DIR, 'manifest.json');
    const manifest = fs.readFileSync(file, 'utf8');
    const m = JSON.parse(manifest) as { version: string };
    await b.close();
    try {
      fs.writeFileSync(file, JSON.stringify({ ...m, version: m.version.replace(/\d+$/, (n) => String(+n + 1)) }));
      b = await launch({ profile });
      const version = await b.worker.evaluate(() => chrome.runtime.getManifest().version);
      expect(version).not.toBe(m.version);
      expect(await records()).toEqual(before);
    } finally {
      fs.writeFileSync(file, manifest);
    }
  });
});

describe('storage failures', () => {
  it('a library the extension cannot write (one from a newer Verbatim) is reported in the popup; nothing changes', async () => {
    const before = await records();
    // a newer version of Verbatim has upgraded the database past what this build knows
    await b.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.open('verbatim-library', 99);
          r.onsuccess = () => {
            r.result.close();
            resolve();
          };
          r.onerror = () => reject(r.error);
        }),
    );
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/seeds/ifp-kanaani-cia.html`, { waitUntil: 'load' });
    const popup = await openPopup(b, page);
    await waitForQuotes(popup);
    const unsaved = popup.locator('.quote__save', { hasText: /^Save$/ }).first();
    const id = await unsaved.getAttribute('data-quote-id');
    await unsaved.click();
    await expect
      .poll(() => popup.locator('[role=alert]').textContent(), { timeout: 5000 })
      .toMatch(/written by a newer version of Verbatim/);
    expect(await popup.locator(`.quote__save[data-quote-id="${id}"]`).textContent()).toBe('Save');
    expect(await records()).toEqual(before);
    await popup.close();
    await page.close();
  });
});
