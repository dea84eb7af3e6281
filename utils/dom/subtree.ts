/**
 * The element after `e` in document order within `root`'s subtree (`root` itself left out), or null:
 * the order `root.getElementsByTagName('*')` lists them in. A walk by it asks the DOM for a node or
 * two per step, where a collection is made (and kept by the browser) for each element it is asked of,
 * most of them a paragraph with no element inside at all.
 */
export function nextInSubtree(e: Element, root: Element): Element | null {
  const first = e.firstElementChild;
  if (first) return first;
  for (let n: Element | null = e; n && n !== root; n = n.parentElement) {
    const next = n.nextElementSibling;
    if (next) return next;
  }
  return null;
}

const NO_ELEMENTS: readonly never[] = [];

/**
 * `el.getElementsByTagName(tag)`, or an empty list when `el` has no element inside: most blocks
 * the passes ask for their links, frames or paragraphs are paragraphs of bare text, for which the
 * browser would make (and keep) a collection only to find it empty.
 */
export function elementsIn<K extends keyof HTMLElementTagNameMap>(
  el: Element,
  tag: K,
): ArrayLike<HTMLElementTagNameMap[K]> {
  return el.firstElementChild ? el.getElementsByTagName(tag) : NO_ELEMENTS;
}
