import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './harness';

// Firefox (Debian's firefox-esr) driven over Marionette, its own remote protocol, with the Firefox
// build of the extension installed as a temporary add-on. Playwright's Firefox support needs its
// patched Firefox or a newer WebDriver BiDi than the ESR speaks, and neither BiDi nor Marionette
// lets a test open a moz-extension:// page directly: the popup page is opened from the browser's
// own (chrome) context, which Firefox allows only when started with --remote-allow-system-access.

export const FIREFOX_EXT_DIR = path.join(
  ROOT,
  process.env.VERBATIM_OUT_DIR ?? path.join('.output', 'test'),
  'firefox-mv2',
);
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'verbatim@example.org';
// Fixed, so the test knows the popup's address (Firefox makes up a new one per profile otherwise).
const ADDON_UUID = '6d1f0b7e-1c3a-4f5e-9b2d-7a8c9e0f1a2b';
export const POPUP_URL = `moz-extension://${ADDON_UUID}/popup.html`;
export const SIDEPANEL_URL = `moz-extension://${ADDON_UUID}/sidepanel.html`;

/** Builds the Firefox test extension (same test switches as the Chromium one) next to it. */
export function buildFirefoxTestExtension(): void {
  if (process.env.VERBATIM_E2E_NO_BUILD === '1' && fs.existsSync(path.join(FIREFOX_EXT_DIR, 'manifest.json'))) return;
  const r = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: ROOT,
    env: { ...process.env, VERBATIM_TEST_BUILD: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`wxt build -b firefox failed:\n${r.stdout}\n${r.stderr}`);
}

/** A WebDriver element reference as Marionette returns it. */
export type ElementRef = Record<string, string>;

export interface Firefox {
  /** Runs `script` (a function body; `arguments` holds `args`) in the current tab and returns its value. */
  execute<T>(script: string, args?: unknown[]): Promise<T>;
  /** The same, for a body that calls its last argument with the result. */
  executeAsync<T>(script: string, args?: unknown[]): Promise<T>;
  /** Calls a self-contained function in the current tab, sent as its source (as Playwright's evaluate does). */
  call<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<T>;
  navigate(url: string): Promise<void>;
  /** Opens a tab from the browser's own context (moz-extension:// pages included) and switches to it. */
  openTab(url: string): Promise<string>;
  /** Switches to a tab and brings it to the front. */
  switchTo(handle: string): Promise<void>;
  /** Every open tab. */
  handles(): Promise<string[]>;
  find(selector: string): Promise<ElementRef>;
  findAll(selector: string): Promise<ElementRef[]>;
  /** A real click, with the pointer, as Marionette dispatches it. */
  click(el: ElementRef): Promise<void>;
  /** Types into an element with real key events. */
  type(el: ElementRef, text: string): Promise<void>;
  /** Sets a preference at run time (e.g. the colour scheme pages see). */
  setPref(name: string, value: number | boolean | string): Promise<void>;
  /** Installs (or, for the same add-on id, updates) a temporary add-on from a folder. */
  installAddon(dir: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** What the system clipboard holds in a flavour ('text/plain', 'text/html'), read by the browser itself. */
  clipboard(flavor: string): Promise<string>;
  close(): Promise<void>;
}

/** `prefs`: more preferences for the profile (a download folder, for instance). */
export async function launchFirefox(opts: { prefs?: Record<string, unknown> } = {}): Promise<Firefox> {
  if (!fs.existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-firefox-'));
  const port = await freePort();
  const prefs: Record<string, unknown> = {
    'marionette.port': port,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    // what Firefox's remote agent recommends for automation: no first-run pages, updates, telemetry
    'remote.prefs.recommended': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
    // instant scrolling, as in the Chromium run, so "scrolled to the quote" is decided at once
    'general.smoothScroll': false,
    'ui.prefersReducedMotion': 1,
    ...opts.prefs,
  };
  fs.writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const proc = spawn(
    FIREFOX,
    [
      '--headless',
      '--marionette',
      '--remote-allow-system-access',
      '--no-remote',
      '--profile',
      profile,
      '--width',
      '1280',
      '--height',
      '860',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  proc.stdout!.on('data', (d) => (output = (output + d).slice(-4000)));
  proc.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
  let client: Marionette;
  try {
    client = await Marionette.connect(port, proc, () => output);
    await client.command('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await client.command('Addon:Install', { path: FIREFOX_EXT_DIR, temporary: true });
  } catch (e) {
    proc.kill('SIGKILL');
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const value = async <T>(name: string, params: object = {}) =>
    ((await client.command(name, params)) as { value: T }).value;
  /** Runs `script` in the browser's own (chrome) context: its window, its tabs, its services. */
  const executeInBrowser = async <T>(script: string, args: unknown[] = []): Promise<T> => {
    await client.command('Marionette:SetContext', { value: 'chrome' });
    try {
      return await value<T>('WebDriver:ExecuteScript', { script, args });
    } finally {
      await client.command('Marionette:SetContext', { value: 'content' });
    }
  };
  return {
    execute: (script, args = []) => value('WebDriver:ExecuteScript', { script, args }),
    executeAsync: (script, args = []) => value('WebDriver:ExecuteAsyncScript', { script, args }),
    call: (fn, ...args) =>
      value('WebDriver:ExecuteScript', { script: `return (${fn.toString()})(...arguments);`, args }),
    async navigate(url) {
      await client.command('WebDriver:Navigate', { url });
    },
    async openTab(url) {
      const before = new Set((await client.command('WebDriver:GetWindowHandles')) as string[]);
      await executeInBrowser(
        `const b = Services.wm.getMostRecentWindow('navigator:browser').gBrowser;
        b.selectedTab = b.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
        [url],
      );
      const handle = await waitFor(
        async () => ((await client.command('WebDriver:GetWindowHandles')) as string[]).find((h) => !before.has(h)),
        'the new tab',
      );
      await client.command('WebDriver:SwitchToWindow', { handle, focus: true });
      // the new tab starts on about:blank; wait until it shows the page asked for
      const loaded = async () =>
        (await value<string>('WebDriver:GetCurrentURL')).startsWith(url.split('?')[0]) &&
        (await value<string>('WebDriver:ExecuteScript', { script: 'return document.readyState', args: [] })) ===
          'complete';
      await waitFor(loaded, `${url} to load`, 30_000);
      return handle;
    },
    async switchTo(handle) {
      await client.command('WebDriver:SwitchToWindow', { handle, focus: true });
    },
    handles: () => client.command('WebDriver:GetWindowHandles') as Promise<string[]>,
    find: (selector) => value('WebDriver:FindElement', { using: 'css selector', value: selector }),
    // (a list comes back bare, not wrapped in { value } as single results are)
    findAll: (selector) =>
      client.command('WebDriver:FindElements', { using: 'css selector', value: selector }) as Promise<ElementRef[]>,
    async click(el) {
      await client.command('WebDriver:ElementClick', { id: Object.values(el)[0] });
    },
    async type(el, text) {
      await client.command('WebDriver:ElementSendKeys', { id: Object.values(el)[0], text });
    },
    async setPref(name, value) {
      const setter =
        typeof value === 'number' ? 'setIntPref' : typeof value === 'boolean' ? 'setBoolPref' : 'setStringPref';
      await executeInBrowser(`Services.prefs.${setter}(arguments[0], arguments[1]);`, [name, value]);
    },
    async installAddon(dir) {
      await client.command('Addon:Install', { path: dir, temporary: true });
    },
    // a page may only read the clipboard after a paste prompt; the browser's own context needs none
    clipboard: (flavor) =>
      executeInBrowser<string>(
        `const t = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        t.init(null);
        t.addDataFlavor(arguments[0]);
        Services.clipboard.getData(t, Ci.nsIClipboard.kGlobalClipboard);
        const data = {};
        try { t.getTransferData(arguments[0], data); } catch { return ''; }
        return data.value.QueryInterface(Ci.nsISupportsString).data;`,
        [flavor],
      ),
    async screenshot(file) {
      fs.writeFileSync(file, Buffer.from(await value<string>('WebDriver:TakeScreenshot', { full: false }), 'base64'));
    },
    async close() {
      await client.command('WebDriver:DeleteSession').catch(() => {});
      client.end();
      await new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill();
        setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
      });
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the popup in a tab of its own, aimed at the open tab showing `pageUrl`. The popup learns
 * which tab it is about from ?tab=, the browser's id for that tab, which only an extension page can
 * ask for: it is opened once to ask, then aimed. `tabId` is null when no tab shows `pageUrl`.
 */
export async function openPopupOn(ff: Firefox, pageUrl: string): Promise<{ popupTab: string; tabId: number | null }> {
  const popupTab = await ff.openTab(POPUP_URL);
  const tabId = await ff.executeAsync<number | null>(
    'const [url, done] = arguments; browser.tabs.query({}).then((ts) => done(ts.find((t) => t.url === url)?.id ?? null));',
    [pageUrl],
  );
  await ff.navigate(`${POPUP_URL}?tab=${tabId}`);
  return { popupTab, tabId };
}

/** Clicks the popup's Save on its `i`th quote and waits until the button says it is saved. */
export async function saveQuoteInPopup(ff: Firefox, i: number): Promise<void> {
  await ff.click((await ff.findAll('.quote__save'))[i]);
  await waitFor(
    () => ff.execute<boolean>(`return document.querySelectorAll('.quote__save')[${i}].textContent === 'Saved'`),
    `quote ${i} saved`,
  );
}

/** The sidebar's library page in a tab, once it has read the library. */
export async function openLibraryTab(ff: Firefox): Promise<string> {
  const tab = await ff.openTab(SIDEPANEL_URL);
  await waitFor(
    () => ff.execute<boolean>("return !!document.querySelector('.library[data-status=ready]')"),
    'the library to be read',
  );
  return tab;
}

/** Polls `get` until it returns something truthy (10 s at most). */
export async function waitFor<T>(
  get: () => Promise<T | undefined | null | false>,
  what = 'a condition',
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get().catch(() => undefined);
    if (v) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Marionette's wire format: each message is `<byte length>:<JSON>`; a command is
 * [0, id, name, params] and its answer [1, id, error, result].
 */
class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private hello: ((v: unknown) => void) | null = null;

  private constructor(private socket: net.Socket) {
    socket.on('data', (d) => this.receive(d));
    socket.on('close', () => {
      for (const w of this.waiting.values()) w.reject(new Error('Firefox closed the Marionette connection'));
      this.waiting.clear();
    });
  }

  static async connect(port: number, proc: ChildProcess, output: () => string): Promise<Marionette> {
    const end = Date.now() + 60_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`Firefox exited (${proc.exitCode}):\n${output()}`);
      const socket = await new Promise<net.Socket | null>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => resolve(s));
        s.once('error', () => resolve(null));
      });
      if (socket) {
        const m = new Marionette(socket);
        await new Promise((resolve) => (m.hello = resolve));
        return m;
      }
      if (Date.now() > end) throw new Error(`Marionette did not answer on port ${port}:\n${output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  command(name: string, params: object = {}): Promise<unknown> {
    const id = ++this.nextId;
    const body = JSON.stringify([0, id, name, params]);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        resolve,
        reject: (e) => reject(new Error(`${name}: ${e.message}`)),
      });
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  }

  end(): void {
    this.socket.destroy();
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(58);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.hello?.(message);
        this.hello = null;
        continue;
      }
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const w = this.waiting.get(id);
      if (!w) continue;
      this.waiting.delete(id);
      if (error) w.reject(new Error(`${error.error}: ${error.message}`));
      else w.resolve(result);
    }
  }
}
