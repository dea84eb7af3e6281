import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import { analyzePage, analyzeLiveInSteps, analyzeLiveTimed, STAGE_NAMES } from '../../utils/analyze';
import { TASK_BUDGET_MS } from '../../utils/stages';
import { articleOf } from '../helpers/article';
import { serializableAnalysis } from '../../utils/serialize';

// The content script runs the analysis in steps so the page stays responsive; it must give exactly
// what the one-go analysis gives, and really hand the thread back between stages.

const seed = (name: string) =>
  parseHtml(
    fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'seeds', `${name}.html`), 'utf8'),
    'https://www.themoscowtimes.com/2022/12/18/x',
  ).window.document;

describe('analysis in steps', () => {
  it('gives the same analysis as in one go', async () => {
    const doc = seed('moscowtimes-iran-permission');
    const strip = (a: ReturnType<typeof analyzePage>) => JSON.stringify({ ...serializableAnalysis(a), timings: {} });
    expect(strip((await analyzeLiveInSteps(doc, doc.URL)).analysis)).toBe(strip(analyzePage(doc, doc.URL)));
  });

  it("pauses between every two stages and before Readability's search, and times each stage", async () => {
    const doc = seed('ifp-kanaani-cia');
    // a clock that never moves: no task outlasts its budget, so it pauses between stages, and
    // before the search for the article (the longest step, which cannot pause), only
    let pauses = 0;
    const { analysis } = await analyzeLiveInSteps(doc, doc.URL, { clock: () => 0 }, async () => {
      pauses++;
    });
    expect(pauses).toBe(STAGE_NAMES.length - 1 + 1);
    expect(Object.keys(analysis.timings)).toEqual(STAGE_NAMES);
    expect(articleOf(analysis).quotes.length).toBeGreaterThan(0);
  });

  it('pauses inside the long stages once a task has run for its budget, with the same analysis', async () => {
    const doc = seed('ifp-kanaani-cia');
    // a clock that moves a budget's worth at every reading: every point where a stage may pause is taken
    const movingClock = () => {
      let t = 0;
      return () => (t += TASK_BUDGET_MS);
    };
    let pauses = 0;
    const { analysis } = await analyzeLiveInSteps(doc, doc.URL, { clock: movingClock() }, async () => {
      pauses++;
    });
    const strip = (a: ReturnType<typeof analyzePage>) => JSON.stringify({ ...serializableAnalysis(a), timings: {} });
    expect(strip(analysis)).toBe(strip(analyzePage(doc, doc.URL)));
    // the article's blocks, the regions around it and its paragraphs each end a task
    expect(pauses).toBeGreaterThan(STAGE_NAMES.length + 20);
    // the benchmark's view of the same run: one task more than there are pauses
    expect(analyzeLiveTimed(doc, doc.URL, { clock: movingClock() }).tasks.length).toBe(pauses + 1);
  });

  it('marks the right paragraphs when the page gains elements between the clone and the parse', async () => {
    // a live page loads ads and widgets while the analysis waits for its next task; positions taken
    // from the clone must not be looked up in a page that has since grown
    const doc = seed('moscowtimes-iran-permission');
    const expected = (await analyzeLiveInSteps(doc, doc.URL)).live.mainElements.map((e) => e.textContent);
    let pauses = 0;
    const { live } = await analyzeLiveInSteps(doc, doc.URL, {}, async () => {
      if (pauses++ === 0) doc.body.prepend(doc.createElement('aside'), doc.createElement('div'));
    });
    expect(live.mainElements.map((e) => e.textContent)).toEqual(expected);
    expect(live.mainElements.length).toBeGreaterThan(3);
  });

  it('turns a page that breaks the analysis into "no article", not an exception', async () => {
    const doc = seed('ifp-kanaani-cia');
    const { analysis: a } = await analyzeLiveInSteps(doc, doc.URL, {
      clock: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    expect(a).toMatchObject({ isArticle: false, reason: 'The page is too deeply nested to analyse.' });
  });
});
