import { BLOCK_TAGS, collapseSpace, isSkippedElement, visibleText } from '../dom/text';
import { ancestorsOf } from '../dom/ancestors';
import { nextInSubtree } from '../dom/subtree';

// A block unit is one paragraph as a reader sees it: the text of a block element that holds no
// other block, or the loose inline text of a block that also holds blocks (a <div> with text and
// a <p> in it gives two units). Quotes are found per unit and marks are anchored to its element.

export interface BlockUnit {
  el: Element;
  text: string;
}

const NONE: ReadonlySet<Element> = new Set();

/** The units under `root`, leaving out the elements in `skip` (and what they hold). */
export function blockUnits(root: Element, skip: ReadonlySet<Element> = NONE): BlockUnit[] {
  const out: BlockUnit[] = [];
  walk(root, { skip, holders: skip.size ? ancestorsOf(skip) : NONE }, out);
  return out;
}

interface Skipped {
  skip: ReadonlySet<Element>;
  /** Every ancestor of a skipped element: a block outside it holds none of its text. */
  holders: ReadonlySet<Element>;
}

function walk(el: Element, skipped: Skipped, out: BlockUnit[]): void {
  // a block with no block and nothing skipped inside is one unit, its visible text: the main
  // stage's inner pass has built (and kept) that text already, where building its run again read
  // every text node of the article a second time and collapsed it again
  // (an element whose own kind hides its text, which only a root can be here, is read as before)
  if (!skipped.holders.has(el) && !hasBlockDescendant(el) && !isSkippedElement(el)) {
    const t = visibleText(el);
    if (t) out.push({ el, text: t });
    return;
  }
  const skip = (e: Element) => skipped.skip.has(e);
  let run = '';
  const flush = () => {
    const t = collapseSpace(run);
    if (t) out.push({ el, text: t });
    run = '';
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      run += (c as Text).data;
      continue;
    }
    if (c.nodeType !== 1) continue;
    const child = c as Element;
    if (isSkippedElement(child) || skip(child)) continue;
    if (child.tagName === 'BR') {
      run += ' ';
      continue;
    }
    if (BLOCK_TAGS.has(child.tagName)) {
      flush();
      walk(child, skipped, out);
    } else if (hasBlockDescendant(child)) {
      // an inline element wrapping blocks (<a><div>…</div></a>, <span><p>…</p></span>)
      flush();
      walk(child, skipped, out);
    } else {
      run += inlineText(child, skip);
    }
  }
  flush();
}

function inlineText(el: Element, skip: (el: Element) => boolean): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) s += (c as Text).data;
    else if (c.nodeType === 1) {
      const e = c as Element;
      if (isSkippedElement(e) || skip(e)) continue;
      s += e.tagName === 'BR' ? ' ' : inlineText(e, skip);
    }
  }
  return s;
}

function hasBlockDescendant(el: Element): boolean {
  // walked node by node: asked of every inline element of every paragraph, most of which hold
  // no element, or one, where a collection was made for each
  for (let d = el.firstElementChild; d; d = nextInSubtree(d, el)) if (BLOCK_TAGS.has(d.tagName)) return true;
  return false;
}
