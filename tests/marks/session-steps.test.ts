import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeLive, analyzeLiveInSteps } from '../../utils/analyze';
import { articleOf } from '../helpers/article';
import { createSession, HOST_TAG } from '../../utils/marks';

// The content script analyses in steps; the session must draw the marks once, answer callers that
// ask while a stepped analysis is under way with that same analysis, and not start a second one.

function page() {
  const html = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'seeds', 'ifp-kanaani-cia.html'), 'utf8');
  return new JSDOM(html, { url: 'https://ifpnews.com/x/', pretendToBeVisual: true });
}

describe('session.analysisInSteps', () => {
  it('runs one stepped analysis for concurrent callers and draws the marks once', async () => {
    const dom = page();
    let runs = 0;
    const session = createSession({
      document: dom.window.document,
      window: dom.window as unknown as Window & typeof globalThis,
      analyze: analyzeLive,
      analyzeInSteps: (d, u, o) => {
        runs++;
        return analyzeLiveInSteps(d, u, o);
      },
    });
    const [a, b] = await Promise.all([session.analysisInSteps(), session.analysisInSteps()]);
    expect(runs).toBe(1);
    expect(a).toBe(b);
    expect(articleOf(a).quotes.length).toBeGreaterThan(0);
    expect(dom.window.document.querySelectorAll(HOST_TAG).length).toBe(1);
    expect(await session.analysisInSteps()).toBe(a); // cached once done
    session.dispose();
    expect(dom.window.document.querySelectorAll(HOST_TAG).length).toBe(0);
  });
});

describe('a failing onAnalysis listener', () => {
  it('still answers the stepped analysis and draws the marks', async () => {
    const dom = page();
    const session = createSession({
      document: dom.window.document,
      window: dom.window as unknown as Window & typeof globalThis,
      analyze: analyzeLive,
      analyzeInSteps: analyzeLiveInSteps,
      onAnalysis: () => {
        throw new Error('Permission denied to access property "then"');
      },
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const a = await Promise.race([
        session.analysisInSteps(),
        new Promise<null>((r) => setTimeout(() => r(null), 10_000)),
      ]);
      expect(a).not.toBeNull();
      expect(articleOf(a!).quotes.length).toBeGreaterThan(0);
      expect(dom.window.document.querySelectorAll(HOST_TAG).length).toBe(1);
    } finally {
      console.warn = warn;
      session.dispose();
    }
  });
});

describe('marks that cannot be drawn', () => {
  it('reject the stepped analysis instead of leaving its callers waiting', async () => {
    const dom = page();
    const session = createSession({
      document: dom.window.document,
      window: dom.window as unknown as Window & typeof globalThis,
      analyze: analyzeLive,
      // an analysis that lost its references into the page: drawing its marks throws
      analyzeInSteps: async (d, u, o) => ({ ...(await analyzeLiveInSteps(d, u, o)), live: null }) as never,
    });
    try {
      const outcome = await Promise.race([
        session.analysisInSteps().then(
          () => 'answered',
          () => 'rejected',
        ),
        new Promise<string>((r) => setTimeout(() => r('waiting'), 10_000)),
      ]);
      expect(outcome).toBe('rejected');
    } finally {
      session.dispose();
    }
  });
});
