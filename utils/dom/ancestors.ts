/**
 * Every element that contains one of `els` (not the elements themselves, unless one holds another).
 * A chain walked up stops at an element already listed: its ancestors are listed with it.
 */
export function ancestorsOf(els: Iterable<Element>): Set<Element> {
  const out = new Set<Element>();
  for (const e of els) for (let a = e.parentElement; a && !out.has(a); a = a.parentElement) out.add(a);
  return out;
}
