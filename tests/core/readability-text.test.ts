import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { parseHtml, readHtml } from '../../cli/load-page';
import { innerTextLength, isSpaceRunRule, readText, type TextMemo } from '../../utils/extract/readability-text';

// Scoring asks the length of every candidate's text; the analysis puts it together from the
// lengths and end spaces of its children's texts. It must be the length of Readability's own
// `_getInnerText`, on every element, whatever was read before it.

const dirs = ['seeds', 'boilerplate/pages'].map((d) => path.join(__dirname, '..', 'fixtures', d));
const pages = dirs.flatMap((d) =>
  fs
    .readdirSync(d)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .map((f) => path.join(d, f)),
);

type Own = { _getInnerText(el: Element, normalizeSpaces?: boolean): string; REGEXPS: { normalize: RegExp } };

function memoFor(reader: Own, asked: (el: Element) => boolean): TextMemo {
  return { texts: new Map(), shapes: new Map(), normalize: reader.REGEXPS.normalize, asked };
}

/** Each element's length asked in `order`, with `read` of them read whole first. */
function lengths(doc: Document, order: 'inner first' | 'outer first', asked: (el: Element, i: number) => boolean) {
  const own = new Readability<Node>(doc) as unknown as Own;
  const all = [...doc.getElementsByTagName('*')];
  const index = new Map(all.map((el, i) => [el, i]));
  const memo = memoFor(own, (el) => asked(el, index.get(el)!));
  // the paragraphs Readability has read by the time it asks a container's length
  all.forEach((el, i) => i % 3 === 0 && readText(el, memo));
  const asking = order === 'inner first' ? [...all].reverse() : all;
  return asking.map((el) => [innerTextLength(el, memo), own._getInnerText(el).length]);
}

describe("the length of Readability's text, put together from its parts", () => {
  it('follows the rule for spaces of the Readability installed', () => {
    expect(
      isSpaceRunRule((new Readability<Node>(new JSDOM('').window.document) as unknown as Own).REGEXPS.normalize),
    ).toBe(true);
    expect(isSpaceRunRule(/\s+/g)).toBe(false);
  });

  it.each(pages.map((p) => [path.basename(p), p]))('is the length Readability reads on %s', (_, file) => {
    const doc = parseHtml(readHtml(file)).window.document;
    for (const [ours, own] of lengths(doc, 'inner first', (_el, i) => i % 2 === 0)) expect(ours).toBe(own);
    for (const [ours, own] of lengths(doc, 'outer first', () => true)) expect(ours).toBe(own);
  });

  it('counts spaces where two parts meet as Readability does', () => {
    // runs of spaces across element edges, a no-break space at an edge, an element of spaces
    // only, an empty one, a comment, and a wrapper of many paragraphs
    const many = Array.from({ length: 8 }, (_, i) => `<p> p${i}\u00a0</p>`).join('\n');
    const html = `<div id="a"><div>  The council <b>voted</b>  </div>\u00a0<span> </span><i></i><!-- x --><p>on\tTuesday</p>
      <section>  <em>and</em><em> the </em>mayor\n\n</section>said.</div><div id="b"> ${many} <div>${many}</div> </div>`;
    const doc = new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
    for (const [ours, own] of lengths(doc, 'inner first', () => true)) expect(ours).toBe(own);
    for (const [ours, own] of lengths(doc, 'outer first', (_el, i) => i % 2 === 1)) expect(ours).toBe(own);
  });

  it('reads each text as Readability does, once', () => {
    const doc = new JSDOM(`<!doctype html><html><body><p>  The   council\n voted. </p></body></html>`).window.document;
    const own = new Readability<Node>(doc) as unknown as Own;
    const memo = memoFor(own, () => false);
    const p = doc.querySelector('p')!;
    expect(readText(p, memo)).toBe(own._getInnerText(p));
    p.textContent = 'changed';
    expect(readText(p, memo)).toBe('The council voted.'); // remembered until the memo is dropped
  });
});
