/// <reference types="chrome" />
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXT_DIR = path.join(ROOT, process.env.VERBATIM_OUT_DIR ?? path.join('.output', 'test'), 'chrome-mv3');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the test extension (host permission for 127.0.0.1, ?tab= honoured) into .output/test. */
export function buildTestExtension(): void {
  if (process.env.VERBATIM_E2E_NO_BUILD === '1' && fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) return;
  const r = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, VERBATIM_TEST_BUILD: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface ServeOptions {
  /** Pages made at test time (too big to commit), by path: '/hostile/big.html' → its HTML. */
  pages?: Record<string, string | (() => string)>;
  /** Extra response headers by path, e.g. a Content-Security-Policy for one fixture. */
  headers?: Record<string, Record<string, string>>;
  /** Pages made anew on every request, by path: a page that changes between two visits. */
  live?: Record<string, () => string>;
}

/** A static server for tests/fixtures on 127.0.0.1, on a free port. */
export async function serveFixtures(opts: ServeOptions = {}): Promise<{ origin: string; close(): Promise<void> }> {
  const made = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [k, v] of Object.entries(opts.headers?.[url.pathname] ?? {})) res.setHeader(k, v);
    const live = opts.live?.[url.pathname];
    if (live) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(live());
      return;
    }
    const page = opts.pages?.[url.pathname];
    if (page != null) {
      if (!made.has(url.pathname)) made.set(url.pathname, typeof page === 'function' ? page() : page);
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(made.get(url.pathname));
      return;
    }
    const file = path.normalize(path.join(FIXTURES, decodeURIComponent(url.pathname)));
    if (!file.startsWith(FIXTURES) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    // A saved page whose site stylesheet was not kept gets a stand-in from tests/fixtures/styles/,
    // linked in as the site itself would (fixtures stay byte-identical to the seeds).
    const css = path.join(FIXTURES, 'styles', `${path.basename(file, '.html')}.css`);
    if (file.endsWith('.html') && fs.existsSync(css)) {
      const html = fs
        .readFileSync(file, 'utf8')
        .replace('</head>', `<link rel="stylesheet" href="/styles/${path.basename(css)}">\n</head>`);
      res.end(html);
      return;
    }
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every URL the context requested since launch (pages, frames, subresources, service worker). */
  requests: string[];
  close(): Promise<void>;
}

/** `profile`: a profile folder to use and keep (a relaunch on it is the same browser restarted). */
export async function launch(opts: { profile?: string } = {}): Promise<Browser> {
  const profile = opts.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    // Instant scrolling and static flashes make "the page scrolled to the quote" deterministic.
    reducedMotion: 'reduce',
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    async close() {
      await context.close();
      if (!opts.profile) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing `page`, asked of the service worker. */
export async function tabIdOf(b: Browser, page: Page): Promise<number> {
  const url = page.url();
  await page.bringToFront();
  // Tabs the extension has no host access to (chrome://…) hide their URL: fall back to the active tab.
  const id = await b.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return (
      tabs.find((t) => t.url === u)?.id ??
      (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ??
      null
    );
  }, url);
  if (id == null) throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the popup as a tab, aimed at `page`'s tab (the test build honours ?tab=). */
export async function openPopup(
  b: Browser,
  page: Page,
  opts: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const tabId = await tabIdOf(b, page);
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: opts.width ?? 400, height: opts.height ?? 600 });
  if (opts.colorScheme) await popup.emulateMedia({ colorScheme: opts.colorScheme });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The library page in a tab of side-panel width (Playwright cannot drive the side panel itself), read. */
export async function openLibraryTab(b: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const tab = await b.context.newPage();
  await tab.setViewportSize({ width: 400, height: 860 });
  await tab.emulateMedia({ colorScheme });
  await tab.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  await tab.waitForSelector('.library[data-status=ready]');
  return tab;
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

export const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
