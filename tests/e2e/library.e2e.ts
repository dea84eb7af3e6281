import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { parse as parseBibtex } from 'astrocite-bibtex';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXT_DIR, FIXTURES, launch, openLibraryTab, openPopup, screenshotPath } from './harness';
import { chromiumSuite } from './suite';
import { highlightRectInPage, libraryRecordsInExtension } from './library-probes';

// The quote library in Debian's Chromium with the built extension: saving from the popup and from
// a highlighted quote's hover card on both seed pages, the side panel, links to the exact words,
// exports, and the library surviving an extension update.

/** What /changing/story.html serves now: a seed article at an address of its own, which the test later edits. */
let changing = fs
  .readFileSync(path.join(FIXTURES, 'seeds', 'ifp-kanaani-cia.html'), 'utf8')
  .replace(/https:\/\/ifpnews\.com\/iran-says-cia-chief[^"]*/g, 'https://ifpnews.com/the-same-story-republished/');
// the profile is kept across a relaunch: the same browser after an update
const env = chromiumSuite({ serve: { live: { '/changing/story.html': () => changing } }, keepProfile: true });

const records = () => env.b.worker.evaluate(libraryRecordsInExtension);
const waitForQuotes = (popup: Page) => popup.waitForSelector('.quote', { timeout: 15_000 });

const SEEDS = [
  { seed: 'moscowtimes-iran-permission', hover: 'harmful', popupSaves: 3 },
  { seed: 'ifp-kanaani-cia', hover: 'will not ask for permission from anyone', popupSaves: 2 },
] as const;

describe('an empty library', () => {
  it('says how to fill it', async () => {
    const panel = await env.b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 640 });
    await panel.goto(`chrome-extension://${env.b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('.panel-state__title');
    expect(await panel.locator('.panel-state__title').textContent()).toBe('Your library is empty');
    expect(await panel.locator('.panel-state').textContent()).toContain('Alt+Shift+L');
    await panel.screenshot({ path: screenshotPath('library-empty-light.png') });
    await panel.close();
  });
});

describe('saving', () => {
  it.each(SEEDS)(
    'saves from the popup and the hover card on $seed, never twice',
    async ({ seed, hover, popupSaves }) => {
      const before = (await records()).length;
      const page = await env.b.context.newPage();
      await page.goto(`${env.server.origin}/seeds/${seed}.html`, { waitUntil: 'load' });
      const popup = await openPopup(env.b, page);
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
      const again = await openPopup(env.b, page);
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

describe('the side panel', () => {
  it("the popup's Library button opens Chrome's side panel, and the library has its keyboard shortcut", async () => {
    const page = await env.b.context.newPage();
    await page.goto(`${env.server.origin}/seeds/ifp-kanaani-cia.html`, { waitUntil: 'load' });
    const popup = await openPopup(env.b, page);
    await waitForQuotes(popup);
    const cdp = await env.b.context.browser()!.newBrowserCDPSession();
    const panels = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url.endsWith('/sidepanel.html')).length;
    expect(await panels()).toBe(0);
    await popup.locator('.footer__library').click();
    await expect.poll(panels, { timeout: 5000 }).toBe(1);
    const commands = await env.b.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'open-library')?.shortcut).toBe('Alt+Shift+L');
    await cdp.detach();
    await popup.close();
    await page.close();
  });

  it('lists the saved quotes by article, searches, keeps a note, deletes with undo', async () => {
    const stored = await records();
    const panel = await openLibraryTab(env.b);
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
      const panel = await openLibraryTab(env.b, scheme);
      await panel.screenshot({ path: screenshotPath(`library-${scheme}.png`) });
      await panel.locator('.segmented__option', { hasText: 'Speaker' }).click();
      await panel.locator('.filters__summary').click();
      await panel.screenshot({ path: screenshotPath(`library-speaker-${scheme}.png`) });
      await panel.getByRole('button', { name: 'Export / Import' }).click();
      await panel.locator('#export-title').scrollIntoViewIfNeeded();
      await panel.screenshot({ path: screenshotPath(`library-export-${scheme}.png`) });
      await panel.close();
    }
    for (const f of ['library-light.png', 'library-dark.png', 'library-speaker-light.png']) {
      expect(fs.statSync(screenshotPath(f)).size).toBeGreaterThan(10_000);
    }
  });
});

/** In the page: whether the words are on screen, and how far the page is scrolled. */
function wordsOnScreen(words: string): { scrollY: number; inView: boolean } {
  const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = fold(n.textContent ?? '').indexOf(fold(words).slice(0, 40));
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, Math.min(n.textContent!.length, at + 10));
    const rect = r.getBoundingClientRect();
    return { scrollY, inView: rect.top >= 0 && rect.bottom <= innerHeight };
  }
  return { scrollY, inView: false };
}

describe('links to the exact words', () => {
  it('every saved quote carries a link to its words', async () => {
    const all = await records();
    expect(all.length).toBeGreaterThan(3);
    for (const r of all) expect(r.fragment, r.text).toMatch(/^text=/);
  });

  it("a saved quote's Open goes to the page, scrolled to the words, which the browser highlights", async () => {
    const panel = await openLibraryTab(env.b);
    const target = (await records()).find((r) => r.text.includes('will not ask for permission from anyone'))!;
    expect(target).toBeTruthy();
    const opened = env.b.context.waitForEvent('page');
    await panel.locator(`.card[data-id="${target.id}"] a`, { hasText: 'Open' }).click();
    const page = await opened;
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${target.page.url}#:~:${target.fragment}`);
    await expect
      .poll(() => page.evaluate(wordsOnScreen, target.text).then((w) => w.inView), { timeout: 5000 })
      .toBe(true);
    expect((await page.evaluate(wordsOnScreen, target.text)).scrollY).toBeGreaterThan(100);
    // The browser's own highlight of the words (::target-text): the words' pixels change with its
    // colour, and nothing else on screen does.
    const box = await page.evaluate((words: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(words);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + words.length);
        const rect = r.getClientRects()[0];
        return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
      }
      return null;
    }, 'permission from anyone');
    expect(box).not.toBeNull();
    const style = await page.addStyleTag({ content: '::target-text { background-color: transparent !important; }' });
    const plain = await page.screenshot({ clip: box! });
    const title = await page.screenshot({ clip: { x: 0, y: 0, width: 600, height: 40 } });
    await style.evaluate(
      (el, css) => (el.textContent = css),
      '::target-text { background-color: rgb(255 0 255) !important; }',
    );
    await page.waitForTimeout(100);
    expect((await page.screenshot({ clip: box! })).equals(plain)).toBe(false);
    expect((await page.screenshot({ clip: { x: 0, y: 0, width: 600, height: 40 } })).equals(title)).toBe(true);
    await page.close();
    await panel.close();
  });

  it('a page that has changed since: the library still shows the quote, and Open falls back to the page', async () => {
    const url = `${env.server.origin}/changing/story.html`;
    const page = await env.b.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const popup = await openPopup(env.b, page);
    await waitForQuotes(popup);
    const item = popup.locator('.quote', { hasText: 'propaganda campaign against Iran' }).first();
    await item.locator('.quote__save').click();
    await expect.poll(() => item.locator('.quote__save').textContent()).toBe('Saved');
    await popup.close();
    await page.close();
    const saved = (await records()).find((r) => r.page.url === url)!;
    expect(saved.fragment).toMatch(/^text=/);

    // the site rewrites the story: those words are gone
    changing = changing.replace(
      /such allegations are part of the US propaganda campaign against Iran/,
      'the claims were rejected',
    );
    const panel = await openLibraryTab(env.b);
    const card = panel.locator(`.card[data-id="${saved.id}"]`);
    expect(await card.locator('.card__quote').textContent()).toContain('propaganda campaign against Iran');
    const opened = env.b.context.waitForEvent('page');
    await card.locator('a', { hasText: 'Open' }).click();
    const story = await opened;
    await story.waitForLoadState('load');
    await story.waitForTimeout(300);
    expect(story.url().split('#')[0]).toBe(url);
    expect(await story.locator('h1').first().textContent()).toBeTruthy();
    expect(await story.evaluate(() => scrollY)).toBe(0);
    await story.close();
    await panel.close();
  });
});

describe('exports', () => {
  /** Clicks a format in the export panel and returns the downloaded file. */
  async function download(panel: Page, label: string): Promise<{ name: string; data: Buffer }> {
    const done = panel.waitForEvent('download');
    await panel.locator('.export__formats button', { hasText: new RegExp(`^${label}$`) }).click();
    const d = await done;
    return { name: d.suggestedFilename(), data: fs.readFileSync((await d.path())!) };
  }

  it('exports each format from the side panel, with the quotes, their links and the note', async () => {
    const stored = await records();
    const articles = new Set(stored.map((r) => r.page.url)).size;
    const kirby = stored.find((r) => r.speaker.name === 'John Kirby')!;
    const panel = await openLibraryTab(env.b);
    await panel.getByRole('button', { name: 'Export / Import' }).click();

    const jsonl = await download(panel, 'JSON Lines');
    expect(jsonl.name).toMatch(/^verbatim-library-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = jsonl.data
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id).sort()).toEqual(stored.map((r) => r.id).sort());
    expect(lines.find((l) => l.id === kirby.id).note).toBe(kirby.note);

    const csv = parseCsv((await download(panel, 'CSV')).data.toString('utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(csv).toHaveLength(stored.length);
    expect(csv.find((r) => r.id === kirby.id)!.link).toContain('#:~:text=');

    const md = await download(panel, 'Markdown');
    expect(md.name).toMatch(/-markdown\.zip$/);
    const notes = new AdmZip(md.data).getEntries().map((e) => e.getData().toString('utf8'));
    expect(notes).toHaveLength(articles);
    const mtNote = notes.find((n) =>
      n.includes("title: \"Iran Says Doesn't Need 'Permission' to Expand Russia Ties\""),
    )!;
    expect(mtNote).toContain('**Note:** Kirby said this at the White House briefing.');
    expect(mtNote).toContain(`[Open at the words](<https://www.themoscowtimes.com/`);

    const bib = parseBibtex((await download(panel, 'BibTeX')).data.toString('utf8'));
    expect(bib).toHaveLength(articles);
    const ris = parseRis((await download(panel, 'RIS')).data.toString('utf8'));
    expect(ris.map((r) => r.title).sort()).toEqual(bib.map((r) => r.title).sort());
    const csl = JSON.parse((await download(panel, 'CSL-JSON')).data.toString('utf8'));
    expect(csl).toHaveLength(articles);
    expect(
      csl.every((i: { type: string; URL: string }) => i.type === 'article-newspaper' && /^https?:/.test(i.URL)),
    ).toBe(true);

    // the JSON Lines file imports back as what the library already is
    await panel
      .locator('#import-file')
      .setInputFiles({ name: jsonl.name, mimeType: 'application/jsonl', buffer: jsonl.data });
    await expect
      .poll(() => panel.locator('[role=status]').textContent())
      .toMatch(new RegExp(`0 new quotes, 0 updated, ${stored.length} already in the library`));
    expect(await records()).toEqual(stored);
    await panel.close();
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
    await env.b.close();
    try {
      fs.writeFileSync(file, JSON.stringify({ ...m, version: m.version.replace(/\d+$/, (n) => String(+n + 1)) }));
      env.b = await launch({ profile: env.profile });
      const version = await env.b.worker.evaluate(() => chrome.runtime.getManifest().version);
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
    await env.b.worker.evaluate(
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
    const page = await env.b.context.newPage();
    await page.goto(`${env.server.origin}/seeds/ifp-kanaani-cia.html`, { waitUntil: 'load' });
    const popup = await openPopup(env.b, page);
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
