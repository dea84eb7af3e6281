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
  const units = blockUnits(run.article, (el) => skip.has(el));
  const byText = new Map<Element, Map<string, Element>>();
  return { units, originals: units.map((u) => originalOfUnit(u, run, byText)) };
}

/**
 * The page element a paragraph came from. Readability keeps our positions on the elements it keeps or
 * renames, but a paragraph it builds itself (a new <p> around a text-only <div>'s words) carries
 * none; then the original is the element inside the nearest container with an original whose text is
 * exactly the paragraph's, and only failing that the container itself.
 */
function originalOfUnit(u: BlockUnit, run: ReadabilityRun, byText: Map<Element, Map<string, Element>>): Element | null {
  if (hasOriginal(u.el)) return originalOf(u.el, run);
  const viaChildren = originalOf(u.el, run);
  if (viaChildren) return viaChildren;
  for (let e = u.el.parentElement; e; e = e.parentElement) {
    if (!hasOriginal(e)) continue;
    const container = originalOf(e, run);
    if (!container) return null;
    let index = byText.get(container);
    if (!index) byText.set(container, (index = textIndex(container)));
    return index.get(u.text) ?? container;
  }
  return null;
}

/** Each text in a container mapped to the outermost element that shows exactly that text. */
function textIndex(container: Element): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const el of Array.from(container.getElementsByTagName('*'))) {
    const t = visibleText(el);
    if (t && !index.has(t)) index.set(t, el);
  }
  return index;
}

export function toMainBody(m: MainUnits): MainBody {
  const paragraphs = m.units.map((u) => u.text);
  const text = paragraphs.join('\n\n');
  const elements = m.originals.filter((e): e is Element => !!e);
  return { text, paragraphs, length: text.length, elements: elements.length === paragraphs.length ? elements : m.originals.map((e) => e ?? elements[0]) };
}
