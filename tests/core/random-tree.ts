// Random trees of inline and block elements over awkward texts, for the property tests that hold a
// fast text builder to its plain definition. Seeded, so a failing tree is the same on every run.

/** A generator of whole numbers below `n`, the same sequence for the same seed. */
export function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

export interface TreeShape {
  texts: readonly string[];
  tags: readonly string[];
  /** When set, about one element in this many below the root is `hidden`. */
  hiddenOneIn?: number;
}

/** A <div> holding up to four levels of `shape.tags` and `shape.texts`, drawn from `rnd`. */
export function randomTree(doc: Document, rnd: (n: number) => number, shape: TreeShape, depth = 0): Element {
  const el = doc.createElement(depth === 0 ? 'div' : shape.tags[rnd(shape.tags.length)]);
  if (el.tagName === 'BR') return el;
  if (shape.hiddenOneIn && depth > 0 && !rnd(shape.hiddenOneIn)) el.setAttribute('hidden', '');
  const kids = rnd(5);
  for (let i = 0; i < kids; i++) {
    if (depth < 4 && rnd(2)) el.appendChild(randomTree(doc, rnd, shape, depth + 1));
    else el.appendChild(doc.createTextNode(shape.texts[rnd(shape.texts.length)]));
  }
  return el;
}
