import type { MainBody } from '../types';
import { blockUnits, type BlockUnit } from './block-units';
import { hasOriginal, originalOf, type ReadabilityRun } from './readability';
import { visibleText } from '../dom/text';

export interface MainUnits {
  units: BlockUnit[];
  /** For each unit, the original element it came from (null if Readability made the node). */
  originals: (Element | null)[];
}

/** Paragraphs of Readability's article, skipping the boilerplate flagged inside it. */
export function mainUnits(run: ReadabilityRun, skip: Set<Element>): MainUnits {
  if (!run.article) return { units: [], originals: [] };
  const units = blockUnits(run.article, skip);
  const byText: TextPlaces = { index: new Map(), taken: new Set() };
  return { units, originals: units.map((u) => originalOfUnit(u, run, byText)) };
}

/**
 * For the paragraphs Readability built itself: per container, the elements that show each text,
 * and those already given to a paragraph, so a text that appears twice maps to two places.
 */
interface TextPlaces {
  index: Map<Element, Map<string, Element[]>>;
  taken: Set<Element>;
}

/**
 * The page element a paragraph came from. Readability keeps our positions on the elements it keeps,
 * renames or puts in a <div>'s place, but a paragraph it builds itself out of loose words and inline
 * elements between blocks carries none; then the original is the one element it wraps whole, or the
 * element inside the nearest container with an original whose text is exactly the paragraph's, and
 * only failing that the container itself.
 */
function originalOfUnit(u: BlockUnit, run: ReadabilityRun, byText: TextPlaces): Element | null {
  if (hasOriginal(u.el)) return originalOf(u.el, run);
  // a <p> made around one element that holds all its words (a loose <span> between blocks)
  const only = u.el.children.length === 1 ? u.el.children[0] : null;
  if (only && hasOriginal(only) && visibleText(only) === u.text) return originalOf(only, run);
  const viaChildren = originalOf(u.el, run);
  if (viaChildren) return viaChildren;
  for (let e = u.el.parentElement; e; e = e.parentElement) {
    if (!hasOriginal(e)) continue;
    const container = originalOf(e, run);
    if (!container) return null;
    let index = byText.index.get(container);
    if (!index) byText.index.set(container, (index = textIndex(container)));
    const place = index.get(u.text)?.find((el) => !byText.taken.has(el));
    if (!place) return container;
    byText.taken.add(place);
    return place;
  }
  return null;
}

/** Each text in a container mapped to the outermost elements that show exactly that text, in order. */
function textIndex(container: Element): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  for (const el of Array.from(container.getElementsByTagName('*'))) {
    const t = visibleText(el);
    if (!t) continue;
    const places = index.get(t);
    if (!places) index.set(t, [el]);
    else if (!places[places.length - 1].contains(el)) places.push(el);
  }
  return index;
}

export function toMainBody(m: MainUnits): MainBody {
  const paragraphs = m.units.map((u) => u.text);
  const text = paragraphs.join('\n\n');
  return { text, paragraphs, length: text.length };
}

/**
 * The page element of each paragraph, for marks and anchors. A paragraph Readability made with no
 * original stands on the body's first element, so the list stays index for index.
 */
export function mainElements(m: MainUnits): Element[] {
  const elements = m.originals.filter((e): e is Element => !!e);
  return elements.length === m.originals.length ? elements : m.originals.map((e) => e ?? elements[0]);
}
