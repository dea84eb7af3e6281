import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestExtension, EXT_DIR, launch, openPopup, serveFixtures, type Browser } from './harness';
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
