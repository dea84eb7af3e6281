import { Readability } from '@mozilla/readability';

// Readability rewrites the document it is given, so it runs on a clone. Before it runs, every
// element of the clone is stamped with its position in the original; Readability copies attributes
// when it renames elements, so the stamps let us map what it keeps back to the original (live) nodes.

export const STAMP = 'data-verbatim-i';

export interface ReadabilityRun {
  /** The article root in the clone, or null when Readability found nothing. */
  article: Element | null;
  title: string | null;
  byline: string | null;
  /** Original elements in document order; index = stamp. */
  originals: Element[];
}

export function runReadability(doc: Document): ReadabilityRun {
  const clone = doc.cloneNode(true) as Document;
  const originals = Array.from(doc.getElementsByTagName('*'));
  const copies = Array.from(clone.getElementsByTagName('*'));
  // Both lists are in document order over identical trees, so positions correspond.
  for (let i = 0; i < copies.length; i++) copies[i].setAttribute(STAMP, String(i));
  type Parsed = { content: unknown; title?: string | null; byline?: string | null };
  let parsed = null as Parsed | null;
  try {
    const reader = new Readability<Node>(clone, {
      keepClasses: true,
      // the element itself, not an HTML string: we need its stamps
      serializer: (el: Node) => el,
    });
    parsed = reader.parse() as Parsed | null;
  } catch {
    parsed = null; // a page Readability cannot handle is a page with no article, not a crash
  }
  const content = parsed?.content as Element | undefined;
  return {
    article: content && typeof content === 'object' ? content : null,
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    originals,
  };
}

/**
 * The original element a clone element came from. Readability creates some wrappers itself (a <p>
 * around loose phrasing content); for those, the original parent of what they wrap stands in.
 */
export function originalOf(el: Element, run: ReadabilityRun): Element | null {
  const i = el.getAttribute(STAMP);
  if (i != null) return run.originals[+i] ?? null;
  const stamped = Array.from(el.children).filter((c) => c.hasAttribute(STAMP));
  if (!stamped.length) return null;
  const parents = new Set(stamped.map((c) => run.originals[+c.getAttribute(STAMP)!]?.parentElement ?? null));
  if (parents.size === 1) {
    const p = [...parents][0];
    if (p && p.tagName !== 'BODY' && p.tagName !== 'HTML') return p;
  }
  return run.originals[+stamped[0].getAttribute(STAMP)!] ?? null;
}
