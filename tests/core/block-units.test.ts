import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockUnits } from '../../utils/extract/block-units';
import { BLOCK_TAGS, collapseSpace, isSkippedElement } from '../../utils/dom/text';
import { startAnalysisCaches } from '../../utils/dom/analysis-cache';
import { lcg, randomTree } from './random-tree';

// A paragraph is one unit per block that holds no other block, and the loose text of a block that
// does. A block with no block and nothing skipped inside takes its visible text, kept from the main
// stage's inner pass, instead of reading its raw text again: the units must be exactly those the raw
// text gives. The reference below is the plain definition (each run of raw text, collapsed).

function referenceUnits(root: Element, skip: ReadonlySet<Element>): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const hasBlock = (el: Element) => Array.from(el.getElementsByTagName('*')).some((d) => BLOCK_TAGS.has(d.tagName));
  const raw = (el: Element): string => {
    let s = '';
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) s += (c as Text).data;
      else if (c.nodeType === 1 && !isSkippedElement(c as Element) && !skip.has(c as Element))
        s += (c as Element).tagName === 'BR' ? ' ' : raw(c as Element);
    }
    return s;
  };
  const walk = (el: Element) => {
    let run = '';
    const flush = () => {
      const t = collapseSpace(run);
      if (t) out.push({ el, text: t });
      run = '';
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) run += (c as Text).data;
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (isSkippedElement(e) || skip.has(e)) continue;
      if (e.tagName === 'BR') run += ' ';
      else if (BLOCK_TAGS.has(e.tagName) || hasBlock(e)) {
        flush();
        walk(e);
      } else run += raw(e);
    }
    flush();
  };
  walk(root);
  return out;
}

const SHAPE = {
  hiddenOneIn: 12,
  texts: ['', ' ', 'co', 'op', ' word', 'word ', ' two  words ', '\u00a0', 'a\u00a0b', '\t\n', 'x\u200by', 'end.'],
  tags: ['span', 'b', 'a', 'p', 'div', 'li', 'br', 'script', 'em', 'h2', 'section'],
};

describe('blockUnits', () => {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;

  it('gives a paragraph per block, and the loose words beside blocks as units of their own', () => {
    doc.body.innerHTML =
      '<div>Lead <b>words</b><p>First  <i>paragraph</i>.</p>tail<br>line<ul><li>one</li><li>two <span hidden>x</span></li></ul></div>';
    expect(blockUnits(doc.body.firstElementChild!).map((u) => [u.el.tagName, u.text])).toEqual([
      ['DIV', 'Lead words'],
      ['P', 'First paragraph.'],
      ['DIV', 'tail line'],
      ['LI', 'one'],
      ['LI', 'two'],
    ]);
  });

  it('gives exactly the units of the raw text for any tree, with or without skipped blocks, in an analysis or not', () => {
    const rnd = lcg(20261206);
    for (let k = 0; k < 400; k++) {
      const root = randomTree(doc, rnd, SHAPE);
      const all = Array.from(root.getElementsByTagName('*'));
      const skip = new Set(all.filter(() => !rnd(6)));
      for (const s of [new Set<Element>(), skip]) {
        const expected = referenceUnits(root, s);
        expect(blockUnits(root, s)).toEqual(expected);
        const stop = startAnalysisCaches();
        try {
          expect(blockUnits(root, s)).toEqual(expected);
        } finally {
          stop();
        }
      }
    }
  });
});
