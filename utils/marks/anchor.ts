import type { LiveRefs, PageAnalysis, Quote } from '../types';
import { BLOCK_TAGS, SKIP_TAGS, collapseSpace, hasHiddenAttribute } from '../dom/text';

// Finds a quote again in the live page. The analysis gives offsets into collapsed paragraph text
// (whitespace runs → one space, scripts skipped), so the same collapsing is rebuilt here with a map
// from each collapsed character back to its text node, and offsets become a DOM Range.

// The same collapsing as the analysis's (utils/dom/text.ts), or the offsets would not line up:
// its skipped and block tags, plus our own overlay, and <br> as a break.
const SKIP = new Set([...SKIP_TAGS, 'VERBATIM-OVERLAY']);
const BLOCK = new Set([...BLOCK_TAGS, 'BR']);

/**
 * A run of characters that are not spaces as isSpaceCode says (JavaScript's \s and the zero-width
 * space; tests/marks/space-code.test.ts keeps the two in step).
 */
export const NON_SPACE = /[^\s\u200b]+/g;
export const SPACES = /[\s\u200b]+/g;
/** The spaces a text node's data starts with, which its collapsed words leave out. */
const LEADING = /[\s\u200b]*/y;
/** A run of spaces that collapsing changes, inside a text node: two or more, or one but a plain space. */
export const CHANGED_RUN = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

export interface TextIndex {
  /** Collapsed text: what the analysis measured offsets in. */
  text: string;
  nodes: Text[];
  /** For each entry of `nodes`, where its collapsed words start in `text`. */
  starts: Int32Array;
  /** `text` with its quotation marks folded, made once for all the quotes searched in it. */
  folded?: string;
  /**
   * For each entry of `nodes`, where collapsing shortened its data (see shiftsOf): known from the
   * start for a node that collapsing left as it was, read when first located in for any other.
   */
  shifts: (Int32Array | undefined)[];
}

/** The shifts of a node that collapsing left unchanged: it starts with one space, or with none. */
const ONE_LEADING_SPACE = Int32Array.of(1);
const NO_SHIFT = Int32Array.of(0);

// The index keeps one entry per text node, its words collapsed by one native regex replace: a
// quote needs only its two ends mapped back into the page (locate), and mapping every character,
// or every word, was most of finding the quotes again.
export function indexText(root: Node, leftOut?: ReadonlySet<Element>): TextIndex {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const starts: number[] = [];
  const shifts: (Int32Array | undefined)[] = [];
  let length = 0;
  let pendingSpace = false;

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Only the runs that collapsing changes are replaced, each by one space as SPACES would: most
      // nodes hold words between single spaces, and a match and a copy per word was most of the walk.
      const collapsed = data.replace(CHANGED_RUN, ' ');
      const lead = collapsed.charCodeAt(0) === 32;
      const tail = collapsed.length > 0 && collapsed.charCodeAt(collapsed.length - 1) === 32;
      const words = collapsed.slice(lead ? 1 : 0, tail ? -1 : undefined);
      if (!words) {
        pendingSpace ||= lead;
        return;
      }
      if ((pendingSpace || lead) && length) {
        parts.push(' ');
        length++;
      }
      // unchanged: the same string back, no copy made (see shiftsOf for what a changed one needs)
      shifts.push(collapsed === data ? (lead ? ONE_LEADING_SPACE : NO_SHIFT) : undefined);
      nodes.push(node as Text);
      starts.push(length);
      parts.push(words);
      length += words.length;
      pendingSpace = tail;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag && (SKIP.has(tag) || hasHiddenAttribute(node as Element) || leftOut?.has(node as Element))) return;
    const block = BLOCK.has(tag);
    if (block) pendingSpace = true;
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) pendingSpace = true;
  };
  walk(root);
  return { text: parts.join(''), nodes, starts: Int32Array.from(starts), shifts };
}

/** The text node and offset in it of character `at` of the index's text. */
export function locate(index: TextIndex, at: number): [Text, number] {
  const { starts } = index;
  // a collapsed space stands where the words after it start
  const k = index.text.charCodeAt(at) === 32 ? at + 1 : at;
  let lo = 0,
    hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  const shifts = (index.shifts[lo] ??= shiftsOf(node.data));
  const w = k - starts[lo];
  let shift = shifts[0];
  for (let j = 1; j < shifts.length && shifts[j] < w; j += 2) shift = shifts[j + 1];
  return [node, Math.min(w + shift, node.data.length)];
}

/**
 * Where collapsing shortened a text node's data, read once per node however many quote ends are
 * located in it (a match per word, or a search of the data per end, was most of locating them):
 * [the length of the spaces it starts with, then for each run of spaces inside it that collapsing
 * changed, the collapsed offset of the one space it became and how far the data runs ahead of the
 * collapsed words after it]. Most nodes of a paragraph hold words between single spaces: one entry.
 */
function shiftsOf(data: string): Int32Array {
  LEADING.lastIndex = 0;
  LEADING.test(data);
  let shift = LEADING.lastIndex;
  const out = [shift];
  CHANGED_RUN.lastIndex = shift;
  for (let m = CHANGED_RUN.exec(data); m; m = CHANGED_RUN.exec(data)) {
    out.push(m.index - shift);
    shift += m[0].length - 1;
    out.push(shift);
  }
  return Int32Array.from(out);
}

/** Curly and straight quotes compare equal, so a page's typography never hides a quote. Length-preserving. */
function fold(s: string): string {
  return s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

// Most occurrences have the quote's whole context around them: one native comparison then stands
// for a loop over its characters.
function commonSuffix(a: string, b: string): number {
  if (a.endsWith(b)) return b.length;
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  if (a.startsWith(b)) return b.length;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A quote's text and context as they are compared: collapsed and folded. */
interface Sought {
  needle: string;
  pre: string;
  suf: string;
}

function sought(exact: string, prefix = '', suffix = ''): Sought {
  return { needle: fold(collapseSpace(exact)), pre: fold(collapseSpace(prefix)), suf: fold(collapseSpace(suffix)) };
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
  return findSought(index, sought(exact, prefix, suffix), hint);
}

function findSought(index: TextIndex, { needle, pre, suf }: Sought, hint?: number): [number, number] | null {
  if (!needle) return null;
  const hay = (index.folded ??= fold(index.text));
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

/**
 * The analysed offsets of a quote in its own paragraph's index, when the paragraph still reads there
 * exactly what the analysis read: the quote, and its whole context on both sides. That occurrence
 * scores the most findSought can give (every character of the context, at the hint itself) and every
 * other one scores less (the same context at most, minus its distance from the hint), so the search
 * would pick it: nothing to collapse, fold or search. The index's text has single spaces only, so
 * collapsing a piece of it only trims it, and folding keeps lengths. Null when any of that does not
 * hold: the search decides.
 */
export function atAnalysedOffsets(
  index: TextIndex,
  exact: string,
  prefix: string,
  suffix: string,
  start: number,
): [number, number] | null {
  const { text } = index;
  const end = start + exact.length;
  // a space at an edge of the quote would be trimmed away from the needle the search looks for
  if (!exact || exact.charCodeAt(0) === 32 || exact.charCodeAt(exact.length - 1) === 32) return null;
  if (start < prefix.length) return null;
  const verbatim =
    readsAt(text, exact, start) && readsAt(text, prefix, start - prefix.length) && readsAt(text, suffix, end);
  return verbatim ? [start, end] : null;
}

/**
 * Whether `text` reads `piece` at `at` (0 <= at <= text.length, where startsWith gives the same
 * answer). V8's indexOf compares natively: startsWith took 5 times as long for a quote and its
 * context, on the quote-heavy Scrapinghub pages. Where the piece is not there, indexOf reads on
 * through the rest of one paragraph: only a paragraph that changed since the analysis pays that.
 */
function readsAt(text: string, piece: string, at: number): boolean {
  return text.indexOf(piece, at) === at;
}

export function rangeFor(doc: Document, index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || end <= start) return null;
  // A collapsed space at an edge maps to the character after it; keep the range on real text.
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  const range = doc.createRange();
  const [startNode, startOffset] = locate(index, start);
  const [endNode, endOffset] = locate(index, end - 1);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return range;
}

/**
 * The page elements inside the body's paragraphs that the analysis took out of their text: a hover
 * card laid in a sentence ("… threatened to kill Rep. Ilhan Omar[card: her photo, three headlines]
 * (D-Minn.), …"). The quote's words run across them in the page, so the search passes over them as
 * the analysis did. (Only those inside a paragraph: a block around paragraphs is not in their text.)
 */
export function leftOutOf(analysis: PageAnalysis, live: LiveRefs): Set<Element> {
  const out = new Set<Element>();
  if (!analysis.isArticle) return out;
  const paragraphs = new Set(live.mainElements);
  analysis.blocks.forEach((b, i) => {
    const el = live.blockElements[i];
    if (b.placement !== 'inside' || !el) return;
    for (let p = el.parentElement; p; p = p.parentElement)
      if (paragraphs.has(p)) {
        out.add(el);
        return;
      }
  });
  return out;
}

/**
 * A live Range for the quote: first in its own paragraph element at the analysed offsets, then a
 * text-quote search (exact + prefix + suffix) in the other body elements, then in the whole body.
 * `leftOut`: the elements the analysis left out of the paragraphs' text (see leftOutOf).
 */
export function findQuoteRange(
  doc: Document,
  /** The page element of each paragraph of the body, as the analysis found them. */
  elements: readonly Element[],
  quote: Quote,
  cache?: Map<Node, TextIndex>,
  leftOut?: ReadonlySet<Element>,
): Range | null {
  const { anchor } = quote;
  const exact = anchor.exact || quote.text;
  const indexOf = (n: Node) => {
    let ix = cache?.get(n);
    if (!ix) {
      ix = indexText(n, leftOut);
      cache?.set(n, ix);
    }
    return ix;
  };
  const own = elements[anchor.paragraph];
  // Almost every quote is found in its own paragraph, most of them where the analysis read it.
  if (own?.isConnected) {
    const ix = indexOf(own);
    const hit = atAnalysedOffsets(ix, exact, anchor.prefix, anchor.suffix, anchor.start);
    const r = hit && rangeFor(doc, ix, hit[0], hit[1]);
    if (r) return r;
  }
  // collapsed and folded once, not again for every paragraph it is sought in
  const wanted = sought(exact, anchor.prefix, anchor.suffix);
  const tryIn = (node: Node, hint?: number) => {
    const ix = indexOf(node);
    const hit = findSought(ix, wanted, hint);
    return hit ? rangeFor(doc, ix, hit[0], hit[1]) : null;
  };
  // The other paragraphs are only walked when it is not in its own (lazily, so a page with
  // thousands of quotes does not cost thousands × thousands).
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
