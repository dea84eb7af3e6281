import type { Quote } from '../types';
import { BLOCK_TAGS, isSpaceCode, SKIP_TAGS } from '../dom/text';

// Finds a quote again in the live page. The analysis gives offsets into collapsed paragraph text
// (whitespace runs → one space, scripts skipped), so the same collapsing is rebuilt here with a map
// from each collapsed character back to its text node, and offsets become a DOM Range.

// The same collapsing as the analysis's (utils/dom/text.ts), or the offsets would not line up:
// its skipped and block tags, plus our own overlay, and <br> as a break.
const SKIP = new Set([...SKIP_TAGS, 'VERBATIM-OVERLAY']);
const BLOCK = new Set([...BLOCK_TAGS, 'BR']);

export interface TextIndex {
  /** Collapsed text: what the analysis measured offsets in. */
  text: string;
  nodes: Text[];
  /** For each character of `text`: [index into nodes, offset in that node]. */
  map: Int32Array;
}

export function indexText(root: Node): TextIndex {
  const nodes: Text[] = [];
  // the text is kept as runs of a text node's characters, and the map grows as a typed array: one
  // string and three array entries per character made this a fifth of the marks' time in a profile
  const runs: string[] = [];
  let map = new Int32Array(512);
  let length = 0;
  let pendingSpace = false;
  const put = (ni: number, offset: number) => {
    if (2 * length + 2 > map.length) {
      const bigger = new Int32Array(map.length * 2);
      bigger.set(map);
      map = bigger;
    }
    map[2 * length] = ni;
    map[2 * length + 1] = offset;
    length++;
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      let ni = -1;
      for (let i = 0; i < data.length;) {
        if (isSpaceCode(data.charCodeAt(i))) {
          pendingSpace = true;
          i++;
          continue;
        }
        if (ni < 0) {
          ni = nodes.length;
          nodes.push(t);
        }
        if (pendingSpace && length) {
          runs.push(' ');
          put(ni, i);
        }
        pendingSpace = false;
        const start = i;
        for (; i < data.length && !isSpaceCode(data.charCodeAt(i)); i++) put(ni, i);
        runs.push(data.slice(start, i));
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag && (SKIP.has(tag) || (node as Element).hasAttribute('hidden'))) return;
    const block = BLOCK.has(tag);
    if (block) pendingSpace = true;
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) pendingSpace = true;
  };
  walk(root);
  return { text: runs.join(''), nodes, map: map.slice(0, 2 * length) };
}

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Curly and straight quotes compare equal, so a page's typography never hides a quote. Length-preserving. */
function fold(s: string): string {
  return s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Best occurrence of `exact` in `index`: prefix and suffix context decide between repeats, and
 * `hint` (the expected offset) breaks the remaining ties.
 */
export function findInIndex(
  index: TextIndex,
  exact: string,
  prefix = '',
  suffix = '',
  hint?: number,
): [number, number] | null {
  const hay = fold(index.text);
  const needle = fold(collapse(exact));
  if (!needle) return null;
  const pre = fold(collapse(prefix));
  const suf = fold(collapse(suffix));
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    let score = 0;
    if (pre) score += commonSuffix(hay.slice(Math.max(0, at - pre.length - 1), at).trimEnd(), pre.trimEnd());
    if (suf) score += commonPrefix(hay.slice(at + needle.length).trimStart(), suf.trimStart());
    if (hint !== undefined) score -= Math.abs(at - hint) / 1000;
    if (score > bestScore) {
      bestScore = score;
      best = [at, at + needle.length];
    }
  }
  return best;
}

export function rangeFor(doc: Document, index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || end <= start) return null;
  // A collapsed space at an edge maps to the character after it; keep the range on real text.
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  const range = doc.createRange();
  range.setStart(index.nodes[index.map[2 * start]], index.map[2 * start + 1]);
  range.setEnd(index.nodes[index.map[2 * (end - 1)]], index.map[2 * (end - 1) + 1] + 1);
  return range;
}

/**
 * A live Range for the quote: first in its own paragraph element at the analysed offsets, then a
 * text-quote search (exact + prefix + suffix) in the other body elements, then in the whole body.
 */
export function findQuoteRange(
  doc: Document,
  /** The page element of each paragraph of the body, as the analysis found them. */
  elements: readonly Element[],
  quote: Quote,
  cache?: Map<Node, TextIndex>,
): Range | null {
  const { anchor } = quote;
  const exact = anchor.exact || quote.text;
  const indexOf = (n: Node) => {
    let ix = cache?.get(n);
    if (!ix) {
      ix = indexText(n);
      cache?.set(n, ix);
    }
    return ix;
  };
  const own = elements[anchor.paragraph];
  const tryIn = (node: Node, hint?: number) => {
    const ix = indexOf(node);
    const hit = findInIndex(ix, exact, anchor.prefix, anchor.suffix, hint);
    return hit ? rangeFor(doc, ix, hit[0], hit[1]) : null;
  };
  // Almost every quote is found in its own paragraph: the other paragraphs are only walked when it
  // is not (lazily, so a page with thousands of quotes does not cost thousands × thousands).
  if (own?.isConnected) {
    const r = tryIn(own, anchor.start);
    if (r) return r;
  }
  for (const el of elements) {
    if (el === own || !el?.isConnected) continue;
    const r = tryIn(el);
    if (r) return r;
  }
  return doc.body ? tryIn(doc.body) : null;
}
