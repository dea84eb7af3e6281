import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JSDOM } from 'jsdom';
import { applyMarks, createSession, findQuoteRange, HOST_TAG, indexText } from '../../utils/marks';
import { atAnalysedOffsets, findInIndex, locate } from '../../utils/marks/anchor';
import type { LiveAnalysis } from '../../utils/types';
import { goldAnalysis, SEEDS, seedDom } from '../helpers/seeds';
import { articleOf } from '../helpers/article';

type Win = Window & typeof globalThis;
const win = (dom: JSDOM) => dom.window as unknown as Win;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** jsdom has no layout: every element gets the same box (10, `top`, 300 × 40) to draw around. */
function boxEveryElement(doc: Document, top = 50): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    (el as HTMLElement).getBoundingClientRect = () =>
      ({ left: 10, top, width: 300, height: 40, right: 310, bottom: top + 40, x: 10, y: top, toJSON() {} }) as DOMRect;
  }
}

/**
 * The Custom Highlight API as Chromium has it, which jsdom lacks: a registry, Highlight and
 * constructed sheets. Returns the registry; the document's adopted sheets start empty.
 */
function giveHighlightApi(dom: JSDOM): Map<string, unknown> {
  const w = dom.window as unknown as Record<string, unknown>;
  const registry = new Map<string, unknown>();
  w.CSS = { highlights: registry, escape: (ident: string) => ident.replace(/[^\w-]/g, (c) => `\\${c}`) };
  w.Highlight = class {
    size: number;
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
      this.size = ranges.length;
    }
  };
  w.CSSStyleSheet = class {
    cssRules: { cssText: string }[] = [];
    replaceSync(css: string) {
      this.cssRules = [{ cssText: css }];
    }
  };
  (dom.window.document as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets = [];
  return registry;
}

describe.each(SEEDS)('marks on %s', (seed) => {
  afterEach(() => vi.useRealTimers());

  /** The seed's gold analysis marked, and drawn again with every element at (10, 50, 300 × 40). */
  function drawnMarks() {
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const { analysis, live } = goldAnalysis(doc, gold);
    const marks = applyMarks({ document: doc, window: win(dom), analysis, live });
    boxEveryElement(doc);
    marks.reposition();
    return { doc, analysis, marks, root: marks.host.shadowRoot! };
  }

  it('draws one box per block with its label, plus the article', () => {
    const { analysis, marks, root } = drawnMarks();
    const labels = Array.from(root.querySelectorAll('.box')).map((b) => (b as HTMLElement).dataset.label);
    expect(labels[0]).toBe('Article');
    expect(labels.slice(1).sort()).toEqual(analysis.blocks.map((b) => b.label).sort());
    expect(root.querySelectorAll('.tab').length).toBe(analysis.blocks.length + 1);
    marks.remove();
  });

  it('leaves the boxes as they are when asked to redraw with nothing moved, and redraws them when the page moves', () => {
    const { doc, marks, root } = drawnMarks();
    const first = root.querySelector<HTMLElement>('.box')!;
    // the resize observer's first report, a page's `load`: the same layout again
    marks.reposition();
    expect(root.querySelector('.box')).toBe(first);
    expect(first.style.top).toBe('46px');
    // the page moved by 30 px: the boxes follow
    boxEveryElement(doc, 80);
    marks.reposition();
    const moved = root.querySelector<HTMLElement>('.box')!;
    expect(moved).not.toBe(first);
    expect(moved.style.top).toBe('76px');
    marks.remove();
  });

  it('draws each box padded around its block, and tabs of boxes at one place side by side', () => {
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const { analysis, live } = goldAnalysis(doc, gold);
    const marks = applyMarks({ document: doc, window: win(dom), analysis, live });
    // every block at the same place: each tab after the first must move left of those before it
    boxEveryElement(doc);
    marks.reposition();
    const all = Array.from(marks.host.shadowRoot!.querySelectorAll<HTMLElement>('.box'));
    for (const b of all)
      expect([b.style.left, b.style.top, b.style.width, b.style.height]).toEqual(['6px', '46px', '308px', '48px']);
    // (a block inside a fixed or sticky element is drawn on a layer of its own, with tabs of its own)
    const boxes = all.filter((b) => !b.parentElement!.classList.contains('layer--fixed'));
    // a tab is about 6.6 px a letter wide plus its padding, hung from the box's right edge (314 px)
    const spans = boxes.slice(0, 9).map((b) => {
      const tab = b.querySelector<HTMLElement>('.tab')!;
      const right = 314 - (tab.style.right ? parseFloat(tab.style.right) + 1 : 0);
      return [right - (tab.textContent!.length * 6.6 + 18), right];
    });
    expect(spans.length).toBeGreaterThan(2);
    spans.forEach(([l, r], i) =>
      spans
        .slice(0, i)
        .forEach(([pl, pr]) => expect(r <= pl || l >= pr, `tab ${i} clear of the tabs before`).toBe(true)),
    );
    marks.remove();
  });

  it('finds every gold quote in the live page by its anchor', () => {
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const { analysis, live } = goldAnalysis(doc, gold);
    expect(analysis.quotes.length).toBeGreaterThan(4);
    for (const q of analysis.quotes) {
      const r = findQuoteRange(doc, live.mainElements, q);
      expect(collapse(r?.toString() ?? ''), q.text).toBe(q.text);
    }
  });

  it('maps every character of the collapsed body text back to that character in its text node', () => {
    const { dom } = seedDom(seed);
    const index = indexText(dom.window.document.body);
    const wrong: number[] = [];
    for (let k = 0; k < index.text.length; k++) {
      const [node, offset] = locate(index, k);
      const ch = index.text[k];
      // a collapsed space stands for the start of the words after it
      const expected = ch === ' ' ? index.text[k + 1] : ch;
      if (node.data[offset] !== expected) wrong.push(k);
    }
    expect(index.text.length).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('falls back to a text-quote search when the paragraph elements are unknown or wrong', () => {
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const { analysis, live } = goldAnalysis(doc, gold);
    const noElements: Element[] = [];
    const shifted = [...live.mainElements].reverse();
    for (const q of analysis.quotes) {
      expect(collapse(findQuoteRange(doc, noElements, q)?.toString() ?? '')).toBe(q.text);
      expect(collapse(findQuoteRange(doc, shifted, q)?.toString() ?? '')).toBe(q.text);
    }
  });

  it('marking and unmarking leaves the serialised DOM identical, and marking never touches page elements', () => {
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const { analysis, live } = goldAnalysis(doc, gold);
    const marks = applyMarks({ document: doc, window: win(dom), analysis, live });
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    const whileMarked = doc.documentElement.cloneNode(true) as Element;
    whileMarked.querySelector(HOST_TAG)!.remove();
    expect(whileMarked.outerHTML).toBe(before);
    marks.flash(analysis.quotes[0].id);
    marks.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('styles the page for quote highlights only where a quote is found: the sheet restyles the whole page', () => {
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const registry = giveHighlightApi(dom);
    const { analysis, live } = goldAnalysis(doc, gold);
    const marks = applyMarks({ document: doc, window: win(dom), analysis, live });
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(registry.size).toBe(2);
    marks.remove();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    expect(registry.size).toBe(0);

    const unquoted = applyMarks({ document: doc, window: win(dom), analysis: { ...analysis, quotes: [] }, live });
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    expect(registry.size).toBe(0);
    // (and the quotes are not drawn as boxes instead: there are none to draw)
    expect(unquoted.host.shadowRoot!.querySelectorAll('.hl')).toHaveLength(0);
    unquoted.remove();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('a redraw keeps the quote highlight sheet in the page rather than taking it out and putting it back', () => {
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const registry = giveHighlightApi(dom);
    const { analysis, live } = goldAnalysis(doc, gold);
    const first = applyMarks({ document: doc, window: win(dom), analysis, live });
    const sheet = doc.adoptedStyleSheets[0];
    // each write of the document's sheets makes Chromium restyle the page
    let sheets = [...doc.adoptedStyleSheets];
    let writes = 0;
    Object.defineProperty(doc, 'adoptedStyleSheets', {
      configurable: true,
      get: () => sheets,
      set: (next: CSSStyleSheet[]) => {
        writes++;
        sheets = next;
      },
    });
    const second = applyMarks({ document: doc, window: win(dom), analysis, live, replacing: first });
    expect(writes).toBe(0);
    expect(doc.adoptedStyleSheets).toEqual([sheet]);
    expect(registry.size).toBe(2);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    // no quote found any more: the sheet goes with the marks it styled
    const third = applyMarks({
      document: doc,
      window: win(dom),
      analysis: { ...analysis, quotes: [] },
      live,
      replacing: second,
    });
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    expect(registry.size).toBe(0);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    third.remove();
    second.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('puts the highlight rules on an element holding each quote whole, so every quote is painted', () => {
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const registry = giveHighlightApi(dom) as Map<string, { ranges: Range[] }>;
    const { analysis, live } = goldAnalysis(doc, gold);
    const marks = applyMarks({ document: doc, window: win(dom), analysis, live });
    const css = (doc.adoptedStyleSheets[0] as unknown as { cssRules: { cssText: string }[] }).cssRules[0].cssText;
    const rules = [...css.matchAll(/^(.*)::highlight\(([\w-]+)\)/gm)];
    expect(rules).toHaveLength(2);
    let painted = 0;
    for (const [, selector, name] of rules)
      for (const r of registry.get(name)!.ranges) {
        const c = r.commonAncestorContainer;
        const holder = c.nodeType === 1 ? (c as Element) : c.parentElement!;
        // (highlight styles are inherited by everything inside the element they are on)
        expect(holder.matches(selector || '*'), r.toString()).toBe(true);
        painted++;
      }
    expect(painted).toBe(marks.ranges.size);
    marks.remove();
  });

  it('the session re-analyses a changed page without duplicating marks, and marks off restores the DOM', async () => {
    vi.useFakeTimers();
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    let calls = 0;
    const analyze = (d: Document): LiveAnalysis => {
      calls++;
      return goldAnalysis(d, gold);
    };
    const session = createSession({ document: doc, window: win(dom), analyze, settleMs: 50, minIntervalMs: 0 });
    session.analysis();
    expect(calls).toBe(1);
    const late = doc.createElement('p');
    late.textContent = 'A paragraph that arrived late, as on pages that load their body in pieces.';
    doc.body.appendChild(late);
    await vi.advanceTimersByTimeAsync(10); // let the MutationObserver deliver
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(2);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    late.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(3);
    session.setMarksVisible(false);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
    session.setMarksVisible(true);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    session.dispose();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a quote shown while the marks are off never takes down the highlights drawn after it', async () => {
    vi.useFakeTimers();
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const registry = giveHighlightApi(dom) as Map<string, { ranges: Range[] }>;
    const analyze = (d: Document): LiveAnalysis => goldAnalysis(d, gold);
    const session = createSession({ document: doc, window: win(dom), analyze, settleMs: 50, minIntervalMs: 0 });
    session.setMarksVisible(false);
    const [first, second] = articleOf(session.analysis()).quotes;
    // the reader shows one quote, then another a second later: the first one's marks go at once
    expect(session.showQuote(first.id)).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.showQuote(second.id)).toBe(true);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000); // past the first quote's time, within the second's
    expect(registry.size).toBe(2);
    // and turns the marks on while it is shown: the page's quotes stay highlighted after its time
    session.setMarksVisible(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(registry.size).toBe(2);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    session.dispose();
    expect(registry.size).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  // A page whose DOM keeps changing (a ticker) must not be re-analysed on every change: at load,
  // then at most once per interval, whether the changes leave quiet gaps (3 s of a change every
  // 100 ms, settling after 50 ms) or never settle at all (5 s of a change every 50 ms, 800 ms to settle).
  it.each([
    ['a page that keeps changing is analysed at most once per interval', { settleMs: 50, everyMs: 100, changes: 30 }],
    [
      'a page that changes faster than it settles is still analysed again, once per interval',
      { settleMs: 800, everyMs: 50, changes: 100 },
    ],
  ])('%s', async (_, { settleMs, everyMs, changes }) => {
    vi.useFakeTimers();
    const { dom, gold } = seedDom(seed);
    const doc = dom.window.document;
    let calls = 0;
    const session = createSession({
      document: doc,
      window: win(dom),
      settleMs,
      minIntervalMs: 2000,
      analyze: (d) => (calls++, goldAnalysis(d, gold)),
    });
    session.analysis();
    const ticker = doc.createElement('div');
    doc.body.append(ticker);
    for (let i = 0; i < changes; i++) {
      ticker.textContent = 'x'.repeat(i + 1);
      await vi.advanceTimersByTimeAsync(everyMs);
    }
    expect(calls).toBeLessThanOrEqual(3);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(1);
    session.dispose();
  });
});

describe('page-derived text in marks', () => {
  it('labels and hover text are text, never markup', () => {
    const { dom, gold } = seedDom('moscowtimes-iran-permission');
    const doc = dom.window.document;
    const { analysis, live } = goldAnalysis(doc, gold);
    analysis.blocks[0].label = '<img src=x onerror="window.__pwned=1">';
    analysis.quotes[0].speaker.name = '<script>window.__pwned=1</script>';
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      (el as HTMLElement).getBoundingClientRect = () =>
        ({ left: 0, top: 40, width: 100, height: 20, right: 100, bottom: 60, x: 0, y: 40, toJSON() {} }) as DOMRect;
    }
    const marks = applyMarks({ document: doc, window: win(dom), analysis, live });
    const root = marks.host.shadowRoot!;
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.textContent).toContain('<img src=x');
    marks.remove();
  });
});

describe('finding a character of the collapsed text in its text node', () => {
  // text nodes as pages have them: words between single spaces (read without collapsing), and
  // around them a leading space, doubled spaces, line breaks, no-break and zero-width spaces
  const nodes = [
    'Ilhan Omar said',
    ' the measure was ',
    'passed  by the House ',
    '\n      “We will not',
    ' back down,”\u00a0she said',
    ' in a\u200bstatement on Friday.',
  ];
  it('maps every character back to the same character, whichever whitespace its node holds', async () => {
    const { JSDOM } = await import('jsdom');
    const doc = new JSDOM('<p></p>').window.document;
    const p = doc.querySelector('p')!;
    nodes.forEach((t, i) => {
      const span = doc.createElement(i % 2 ? 'b' : 'span');
      span.textContent = t;
      p.append(span);
    });
    const index = indexText(p);
    const wrong: number[] = [];
    for (let k = 0; k < index.text.length; k++) {
      const [node, offset] = locate(index, k);
      const ch = index.text[k];
      if (node.data[offset] !== (ch === ' ' ? index.text[k + 1] : ch)) wrong.push(k);
    }
    expect(index.text).toContain('passed by the House “We will not back down,” she said in a statement');
    expect(wrong).toEqual([]);
  });
});

describe('a quote still where the analysis read it', () => {
  it.each(SEEDS)(
    'is taken at its analysed offsets without a search, where the search picks the same words (%s)',
    (seed) => {
      const { dom, gold } = seedDom(seed);
      const doc = dom.window.document;
      const { analysis, live } = goldAnalysis(doc, gold);
      // every gold quote, in its own paragraph, is read there without a search
      for (const q of analysis.quotes) {
        const index = indexText(live.mainElements[q.anchor.paragraph]);
        const { exact, prefix, suffix, start } = q.anchor;
        expect(atAnalysedOffsets(index, exact, prefix, suffix, start), q.text).toEqual([start, start + exact.length]);
      }
      // and for any piece of the body with the context the analysis gives a quote (32 characters each
      // side, spaces at its edges and repeated words included), the search agrees wherever it is skipped
      const index = indexText(doc.body);
      const { text } = index;
      const disagree: string[] = [];
      let taken = 0;
      for (let start = 0; start < text.length; start += 7)
        for (const length of [1, 4, 9, 40]) {
          const exact = text.slice(start, start + length);
          const prefix = text.slice(Math.max(0, start - 32), start);
          const suffix = text.slice(start + length, start + length + 32);
          const fast = atAnalysedOffsets(index, exact, prefix, suffix, start);
          if (!fast) continue;
          taken++;
          const searched = findInIndex(index, exact, prefix, suffix, start);
          if (JSON.stringify(fast) !== JSON.stringify(searched)) disagree.push(`${start}: ${exact}`);
        }
      // a repeated word given the context before one occurrence and after another: a quote whose
      // paragraph has changed around it, which no offset can settle without the search
      const context = (at: number, length: number) => ({
        prefix: text.slice(Math.max(0, at - 32), at),
        suffix: text.slice(at + length, at + length + 32),
      });
      for (const word of ['said', 'the', 'Iran', 'Kanaani', 'that']) {
        const at: number[] = [];
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) at.push(i);
        for (const i of at.slice(0, 12))
          for (const j of at.slice(0, 12)) {
            for (const [before, after] of [
              [i, j],
              [j, i],
            ]) {
              const { prefix } = context(before, word.length);
              const { suffix } = context(after, word.length);
              const fast = atAnalysedOffsets(index, word, prefix, suffix, i);
              if (fast && JSON.stringify(fast) !== JSON.stringify(findInIndex(index, word, prefix, suffix, i)))
                disagree.push(`${before}/${after}: ${word}`);
            }
          }
      }
      expect(taken).toBeGreaterThan(1000);
      expect(disagree).toEqual([]);
    },
  );

  it('is searched for when its paragraph or its context reads otherwise now', async () => {
    const { JSDOM } = await import('jsdom');
    const doc = new JSDOM('<p>“We will not back down,” she said. “We will not back down,” he said.</p>').window
      .document;
    const index = indexText(doc.querySelector('p')!);
    const quote = { exact: 'We will not back down,', prefix: '“', suffix: '” he said.' };
    // the analysis read the second one at 36: found there, without a search
    expect(atAnalysedOffsets(index, quote.exact, quote.prefix, quote.suffix, 36)).toEqual([36, 58]);
    // its offset has moved (text added before it): the search finds it by its context
    expect(atAnalysedOffsets(index, quote.exact, quote.prefix, quote.suffix, 30)).toBeNull();
    expect(findInIndex(index, quote.exact, quote.prefix, quote.suffix, 30)).toEqual([36, 58]);
    // the same words with other context at that offset are not taken for it
    expect(atAnalysedOffsets(index, quote.exact, quote.prefix, '” she said.', 36)).toBeNull();
    // curly and straight quotation marks compare equal only in the search
    expect(atAnalysedOffsets(index, quote.exact, '"', quote.suffix, 36)).toBeNull();
    expect(findInIndex(index, quote.exact, '"', quote.suffix, 36)).toEqual([36, 58]);
  });

  it('is taken wherever the quote and its context read at its offset, and nowhere else, up to the last character', async () => {
    const { JSDOM } = await import('jsdom');
    const doc = new JSDOM('<p>“We will not back down,” she said. “We will,” he said. We</p>').window.document;
    const index = indexText(doc.querySelector('p')!);
    const { text } = index;
    const reads = (piece: string, at: number) =>
      at >= 0 && at <= text.length && text.slice(at, at + piece.length) === piece;
    const wrong: string[] = [];
    // every offset, past the end too, and pieces that are there once, twice, at the very end, or not at all
    for (const exact of ['We will', 'We', 'said.', 'down', 'She'])
      for (const [prefix, suffix] of [
        ['', ''],
        ['“', ' not'],
        ['. ', ''],
        ['“', ','],
        ['x', ''],
      ])
        for (let start = 0; start <= text.length + 2; start++) {
          const expected =
            reads(prefix, start - prefix.length) && reads(exact, start) && reads(suffix, start + exact.length)
              ? [start, start + exact.length]
              : null;
          const got = atAnalysedOffsets(index, exact, prefix, suffix, start);
          if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${start} ${prefix}|${exact}|${suffix}`);
        }
    expect(wrong).toEqual([]);
  });
});
