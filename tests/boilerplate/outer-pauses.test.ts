import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import { analyzeLive } from '../../utils/analyze';
import { ancestorsOf } from '../../utils/dom/ancestors';
import { findOuterBlocksSteps, type OuterContext } from '../../utils/boilerplate/segment';

// The outer pass walks the live page and pauses after each region it names, and the page's own
// scripts run in those pauses: a consent bar closed or an ad slot replaced then must not cost the
// regions after it their turn.

const PAGE = path.join(__dirname, '..', 'fixtures', 'seeds', 'ifp-kanaani-cia.html');

function outerContext(doc: Document): OuterContext {
  const main = analyzeLive(doc, doc.URL).live.mainElements.filter((e): e is Element => !!e);
  return {
    mainSet: new Set(main),
    ancestorSet: ancestorsOf(main),
    firstMain: main[0] ?? null,
    lastMain: main.at(-1) ?? null,
    flagged: new Set(),
    title: doc.title,
  };
}

function walk(doc: Document, ctx: OuterContext, pause = -1, inPause: () => void = () => {}): Element[] {
  const steps = findOuterBlocksSteps(doc, ctx);
  let r = steps.next();
  for (let k = 0; !r.done; k++, r = steps.next()) if (k === pause) inPause();
  return r.value.map((b) => b.el);
}

describe('the outer pass, paused on a live page', () => {
  it('still walks the regions after one the page removed while the pass waited', () => {
    const doc = parseHtml(fs.readFileSync(PAGE, 'utf8'), 'https://ifpnews.com/x').window.document;
    const ctx = outerContext(doc);
    const asIs = walk(doc, ctx);
    expect(asIs.length).toBeGreaterThan(5);
    // whichever element the walk was about to step to when it paused, the page removes it: each
    // region beside the path down to the main body is removed in a walk of its own, and put back
    const beside = [doc.body, ...ctx.ancestorSet].flatMap((e) =>
      Array.from(e.children).filter((c) => !ctx.mainSet.has(c) && !ctx.ancestorSet.has(c)),
    );
    // in every pause in turn (the walk pauses once a region)
    for (let pause = 0; pause < asIs.length; pause++)
      for (const gone of beside) {
        const [parent, after] = [gone.parentNode!, gone.nextSibling];
        const walked = new Set(walk(doc, ctx, pause, () => gone.remove()));
        parent.insertBefore(gone, after);
        expect(asIs.filter((e) => !gone.contains(e) && !walked.has(e))).toEqual([]);
      }
  });
});
