import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { parse as parseBibtex } from 'astrocite-bibtex';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { screenshotPath } from './harness';
import { FIREFOX_EXT_DIR, openLibraryTab, openPopupOn, saveQuoteInPopup, waitFor } from './firefox-harness';
import { firefoxSuite } from './suite';
import type { StoredQuote } from './library-probes';

// The quote library in Firefox ESR with the Firefox build, through Marionette: saving from the
// popup on both seed pages, the sidebar's page (search, a note, exports), a saved quote's link,
// and the library after the add-on is updated to a new version. The hover card's Save needs a
// pointer hovering over page text, which Marionette's pointer actions do not give the overlay's hit
// test reliably; the Chromium run covers it.

const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-ff-downloads-'));
const updated = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-ff-update-'));
// registered before the suite, so it runs after Firefox has closed (vitest runs after-hooks last first)
afterAll(() => {
  fs.rmSync(downloads, { recursive: true, force: true });
  fs.rmSync(updated, { recursive: true, force: true });
});

const env = firefoxSuite({
  prefs: {
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
  },
});

/** Every record of the library, read in an extension page (the current tab must be one). */
const records = () =>
  env.ff.executeAsync<StoredQuote[]>(
    `const done = arguments[arguments.length - 1];
    const open = indexedDB.open('verbatim-library');
    open.onsuccess = () => {
      const req = open.result.transaction('quotes').objectStore('quotes').getAll();
      req.onsuccess = () => { open.result.close(); done(req.result); };
    };`,
  );

const SEEDS = ['moscowtimes-iran-permission', 'ifp-kanaani-cia'];

describe('the library in Firefox', () => {
  let saved = 0;

  it.each(SEEDS)('saves quotes from the popup on %s', async (seed) => {
    const url = `${env.server.origin}/seeds/${seed}.html`;
    await env.ff.openTab(url);
    await openPopupOn(env.ff, url);
    await waitFor(
      () => env.ff.execute<boolean>("return !!document.querySelector('.quote__save')"),
      'the quotes',
      20_000,
    );
    for (const i of [0, 1]) await saveQuoteInPopup(env.ff, i);
    saved += 2;
    expect(await records()).toHaveLength(saved);
  });

  it('the sidebar page lists them, searches, and keeps a note', async () => {
    await openLibraryTab(env.ff);
    expect(await env.ff.execute<number>("return document.querySelectorAll('.card').length")).toBe(saved);
    await env.ff.type(await env.ff.find('input[type=search]'), 'Kanaani');
    await waitFor(
      () => env.ff.execute<boolean>("return [...document.querySelectorAll('.card')].length < arguments[0]", [saved]),
      'the search to narrow the list',
    );
    const names = await env.ff.execute<string[]>(
      "return [...document.querySelectorAll('.card__name')].map((e) => e.textContent)",
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /Kanaa?ni/.test(n))).toBe(true);
    await env.ff.click(await env.ff.find('.card .card__actions button:nth-of-type(2)'));
    await env.ff.type(await env.ff.find('.card textarea'), 'Read out at the weekly briefing.');
    await env.ff.click(await env.ff.find('.note-editor button[type=submit]'));
    await waitFor(
      async () => (await records()).some((r) => r.note === 'Read out at the weekly briefing.'),
      'the note to be stored',
    );
    expect(await env.ff.execute<string>("return document.querySelector('.card__note').textContent")).toContain(
      'Read out at the weekly briefing.',
    );
    await env.ff.execute(
      "const i = document.querySelector('input[type=search]'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true }));",
    );
  });

  it('exports each format, read back by other parsers', async () => {
    await openLibraryTab(env.ff);
    const stored = await records();
    await env.ff.click(await env.ff.find('.library__export'));
    const take = async (label: string, ext: RegExp) => {
      const index = await env.ff.execute<number>(
        "return [...document.querySelectorAll('.export__formats button')].findIndex((b) => b.textContent === arguments[0])",
        [label],
      );
      await env.ff.click((await env.ff.findAll('.export__formats button'))[index]);
      const file = await waitFor(
        async () => fs.readdirSync(downloads).find((f) => ext.test(f) && !f.endsWith('.part')),
        `the ${label} download`,
      );
      const data = fs.readFileSync(path.join(downloads, file));
      fs.rmSync(path.join(downloads, file));
      return data;
    };
    const lines = (await take('JSON Lines', /\.jsonl$/)).toString('utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id).sort()).toEqual(stored.map((r) => r.id).sort());
    expect(parseCsv((await take('CSV', /\.csv$/)).toString('utf8'), { columns: true })).toHaveLength(stored.length);
    const notes = new AdmZip(await take('Markdown', /\.zip$/)).getEntries();
    expect(notes).toHaveLength(2);
    expect(notes.map((e) => e.getData().toString('utf8')).join('\n')).toContain('Read out at the weekly briefing.');
    expect(parseBibtex((await take('BibTeX', /\.bib$/)).toString('utf8'))).toHaveLength(2);
    expect(parseRis((await take('RIS', /\.ris$/)).toString('utf8'))).toHaveLength(2);
    expect(JSON.parse((await take('CSL-JSON', /\.json$/)).toString('utf8'))).toHaveLength(2);
  });

  it("a saved quote's Open goes to the page, scrolled to its words, which Firefox highlights", async () => {
    await openLibraryTab(env.ff);
    const target = (await records()).find((r) => r.page.url.endsWith('/seeds/ifp-kanaani-cia.html'))!;
    const link = await env.ff.find(`.card[data-id="${target.id}"] .card__actions a`);
    const before = new Set(await env.ff.handles());
    await env.ff.click(link);
    // the link opens a tab of its own (the page never sees the directive: it is not in its location)
    const opened = await waitFor(
      async () => (await env.ff.handles()).find((h) => !before.has(h)),
      'the new tab',
      10_000,
    );
    await env.ff.switchTo(opened);
    await waitFor(
      async () =>
        (await env.ff.execute<string>('return location.href')) === target.page.url &&
        (await env.ff.execute<string>('return document.readyState')) === 'complete',
      'the article to load',
      20_000,
    );
    const words = target.text.slice(0, 40);
    const seen = await waitFor(
      () =>
        env.ff.execute<{ y: number; inView: boolean } | null>(
          `const words = arguments[0].replace(/\\s+/g, ' ');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = n.textContent.replace(/\\s+/g, ' ').indexOf(words);
            if (at < 0) continue;
            const r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + 10);
            const rect = r.getBoundingClientRect();
            return scrollY > 100 && rect.top >= 0 && rect.bottom <= innerHeight ? { y: scrollY, inView: true } : null;
          }
          return null;`,
          [words],
        ),
      'the page to scroll to the words',
      10_000,
    );
    expect(seen.inView).toBe(true);
    // Firefox's own highlight of the words (::target-text): the screen changes with its colour
    const shot = async (css: string) => {
      await env.ff.execute(
        `let s = document.getElementById('probe-style');
        if (!s) { s = document.createElement('style'); s.id = 'probe-style'; document.head.append(s); }
        s.textContent = arguments[0];`,
        [css],
      );
      const file = screenshotPath('firefox-target-text-probe.png');
      await env.ff.screenshot(file);
      return fs.readFileSync(file);
    };
    const plain = await shot('::target-text { background-color: transparent !important; }');
    const marked = await shot('::target-text { background-color: rgb(255 0 255) !important; }');
    fs.rmSync(screenshotPath('firefox-target-text-probe.png'));
    expect(marked.equals(plain)).toBe(false);
  });

  it('screenshots: the sidebar page in light and dark', async () => {
    await openLibraryTab(env.ff);
    await env.ff.screenshot(screenshotPath('library-firefox-light.png'));
    await env.ff.setPref('layout.css.prefers-color-scheme.content-override', 0);
    try {
      await env.ff.screenshot(screenshotPath('library-firefox-dark.png'));
    } finally {
      await env.ff.setPref('layout.css.prefers-color-scheme.content-override', 2);
    }
    expect(fs.statSync(screenshotPath('library-firefox-dark.png')).size).toBeGreaterThan(10_000);
  });

  it('an update to a new version of the add-on finds the library intact', async () => {
    await openLibraryTab(env.ff);
    const before = await records();
    fs.cpSync(FIREFOX_EXT_DIR, updated, { recursive: true });
    const file = path.join(updated, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...m, version: m.version.replace(/\d+$/, (n: string) => String(+n + 1)) }));
    await env.ff.installAddon(updated);
    await openLibraryTab(env.ff);
    expect(await env.ff.executeAsync<string>('arguments[0](browser.runtime.getManifest().version)')).not.toBe(
      m.version,
    );
    expect(await records()).toEqual(before);
  });
});
