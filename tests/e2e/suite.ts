import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildTestExtension, launch, serveFixtures, type Browser, type ServeOptions } from './harness';
import { buildFirefoxTestExtension, launchFirefox, type Firefox } from './firefox-harness';

// What every end-to-end file needs before its first test: the test build of the extension, the
// fixtures served on 127.0.0.1 and a browser with the extension loaded, all closed after its last
// test. (Kept apart from the harnesses, which the benchmarks import outside vitest.)

type Served = Awaited<ReturnType<typeof serveFixtures>>;

interface ChromiumSuite {
  b: Browser;
  server: Served;
  /** With `keepProfile`: the profile folder, for a relaunch that is the same browser restarted. */
  profile?: string;
}

/**
 * The file's Chromium and fixture server, set up before its tests. `keepProfile`: one profile for
 * the whole file, removed only after the last test, so a test can close `b` and relaunch on it.
 */
export function chromiumSuite(opts: { serve?: ServeOptions; keepProfile?: boolean } = {}): ChromiumSuite {
  const suite = {} as ChromiumSuite;
  if (opts.keepProfile) suite.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-kept-'));
  beforeAll(async () => {
    buildTestExtension();
    suite.server = await serveFixtures(opts.serve);
    suite.b = await launch({ profile: suite.profile });
  });
  afterAll(async () => {
    await suite.b?.close();
    await suite.server?.close();
    if (suite.profile) fs.rmSync(suite.profile, { recursive: true, force: true });
  });
  return suite;
}

/** The file's Firefox ESR, with `prefs` in its profile, and fixture server, set up before its tests. */
export function firefoxSuite(opts: { serve?: ServeOptions; prefs?: Record<string, unknown> } = {}): {
  ff: Firefox;
  server: Served;
} {
  const suite = {} as { ff: Firefox; server: Served };
  beforeAll(async () => {
    buildFirefoxTestExtension();
    suite.server = await serveFixtures(opts.serve);
    suite.ff = await launchFirefox({ prefs: opts.prefs });
  });
  afterAll(async () => {
    await suite.ff?.close();
    await suite.server?.close();
  });
  return suite;
}
