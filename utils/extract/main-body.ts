import type { MainBody } from '../types';
import { blockUnits, type BlockUnit } from './block-units';
import { originalOf, STAMP, type ReadabilityRun } from './readability';

export interface MainUnits {
  units: BlockUnit[];
  /** For each unit, the original element it came from (null if Readability made the node). */
  originals: (Element | null)[];
}

/** Paragraphs of Readability's article, skipping the boilerplate flagged inside it. */
export function mainUnits(run: ReadabilityRun, skip: Set<Element>): MainUnits {
  if (!run.article) return { units: [], originals: [] };
  const units = blockUnits(run.article, (el) => skip.has(el));
  return { units, originals: units.map((u) => nearestOriginal(u.el, run)) };
}

function nearestOriginal(el: Element, run: ReadabilityRun): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute(STAMP)) return originalOf(e, run);
  }
  return null;
}

export function toMainBody(m: MainUnits): MainBody {
  const paragraphs = m.units.map((u) => u.text);
  const text = paragraphs.join('\n\n');
  const elements = m.originals.filter((e): e is Element => !!e);
  return { text, paragraphs, length: text.length, elements: elements.length === paragraphs.length ? elements : m.originals.map((e) => e ?? elements[0]) };
}
