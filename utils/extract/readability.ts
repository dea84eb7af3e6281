import { Readability } from '@mozilla/readability';
import { visibleText } from '../dom/text';
import { innerTextLength, isSpaceRunRule, readText, type TextMemo } from './readability-text';
import { drain, LONG_STEP_NEXT, type StepYield } from '../stages';

// Readability rewrites the document it is given, so it runs on a clone. Before it runs, every
// element of the clone is tagged with its position in the original, so what Readability keeps can
// be mapped back to the original (live) nodes. The tag is a property of the clone's element
// object, not an attribute: setting an attribute on every element (and turning each position into
// a string) cost a sixth as much as Readability itself. Readability renames some elements by
// making a new one; the tag is carried over to it (see `carryPositions`).

const POSITION = Symbol('verbatim position in the original document');
type Tagged = Element & { [POSITION]?: number };

export interface ReadabilityRun {
  /** The article root in the clone, or null when Readability found nothing. */
  article: Element | null;
  title: string | null;
  byline: string | null;
  /** The original element at a position (document order, as the clone was made). */
  original(position: number): Element | null;
}

/**
 * A clone of the page made for Readability, each element tagged with its position in the page.
 * Made apart from the parse so the two can run as separate tasks. Positions are looked up in the
 * page after the parse, so the page must not have gained or lost elements in between: `changed`
 * says whether it did (a MutationObserver watches from the clone on), and the parse then starts
 * again from a fresh clone.
 */
export interface ReadabilityInput {
  doc: Document;
  clone: Document;
  changed(): boolean;
}

export function cloneForReadability(doc: Document, watch = false): ReadabilityInput {
  const clone = cloneWithoutStyleText(doc);
  // Both trees are walked in document order and are identical, so positions correspond.
  eachElement(clone.getElementsByTagName('*'), (c, i) => {
    c[POSITION] = i;
  });
  return { doc, clone, changed: watch ? watchForNewElements(doc) : () => false };
}

/**
 * A deep clone of the page whose <style> elements come without their text. A browser parses the
 * stylesheet of every <style> put into a document, a cloned one included: a page with a megabyte of
 * inline CSS spent 25-40 ms in the clone alone, in one task. Readability removes every <style> before
 * it reads anything else (its `_prepDocument`), so it never sees their text; the elements stay, so
 * positions in the clone still match the page's. Each of the page's top nodes is cloned whole while
 * it is in no document (nothing is parsed then), its <style> elements emptied, and only then put in
 * the clone: no script walks the page's tree on the way to each <style>.
 */
function cloneWithoutStyleText(doc: Document): Document {
  const clone = doc.cloneNode(false) as Document;
  for (let c = doc.firstChild; c; c = c.nextSibling) {
    const copy = clone.importNode(c, true);
    if (copy.nodeType === 1) emptyStyles(copy as Element);
    clone.appendChild(copy);
  }
  return clone;
}

function emptyStyles(root: Element): void {
  const styles = root.localName === 'style' ? [root] : Array.from(root.getElementsByTagName('style'));
  for (const style of styles) while (style.firstChild) style.removeChild(style.firstChild);
}

/** Whether the page's elements were added to or removed since; asked once, then it stops watching. */
function watchForNewElements(doc: Document): () => boolean {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer || !doc.documentElement) return () => false;
  let changed = false;
  const note = (records: MutationRecord[]) => {
    changed ||= records.some((m) => [...m.addedNodes, ...m.removedNodes].some((n) => n.nodeType === 1));
  };
  // records reach the callback at the next microtask checkpoint; the rest are taken at the end
  const observer = new Observer(note);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    note(observer.takeRecords());
    observer.disconnect();
    return changed;
  };
}

export function parseClone(input: ReadabilityInput): ReadabilityRun {
  return drain(parseCloneSteps(input));
}

/**
 * The parse, pausing before and after Readability's search for the article (its longest step), and
 * the original of each element of the article looked up at the end. A page that gained or lost
 * elements since the clone (before the parse or during its pauses) is cloned and parsed again.
 */
export function* parseCloneSteps(input: ReadabilityInput): Generator<StepYield, ReadabilityRun, void> {
  const watched = input.changed() ? cloneForReadability(input.doc, true) : input;
  const { doc } = watched;
  let reading = yield* readSteps(doc, watched.clone);
  if (watched.changed()) reading = drain(readSteps(doc, cloneForReadability(doc).clone));
  const { parsed, standIns } = reading;
  const article = parsed?.content ?? null;
  if (article) giveAttributesBack(article, standIns);
  const originals = article ? originalsOf(article, doc) : new Map<number, Element>();
  return {
    article,
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    original: (position) => originals.get(position) ?? null,
  };
}

interface Parsed {
  content: Element | null;
  title?: string | null;
  byline?: string | null;
}

function* readSteps(
  page: Document,
  clone: Document,
): Generator<StepYield, { parsed: Parsed | null; standIns: StandIn[] }, void> {
  const standIns: StandIn[] = [];
  let parsed: Parsed | null;
  try {
    const reader = new Readability<Node>(clone, {
      keepClasses: true,
      // the element itself, not an HTML string: we need its positions
      serializer: (el: Node) => el,
    });
    walkWithoutLists(reader); // before carryPositions, which wraps what this puts in place
    carryPositions(reader, standIns);
    askStyleOnlyOfStyled(reader);
    cleanStylesOnlyOfAttributed(reader);
    readTextOnlyWhenAsked(reader);
    findBlocksBySelector(reader);
    countCommasWithoutSplitting(reader);
    rememberTextWhileCleaning(reader);
    parsed = yield* parseSteps(reader, clone.body, page);
  } catch {
    parsed = null; // a page Readability cannot handle is a page with no article, not a crash
  }
  return { parsed, standIns };
}

/** The parts of Readability 0.6 its `parse()` calls, in the order it calls them. */
interface ReadabilitySteps {
  _doc: Document;
  _disableJSONLD: boolean;
  _metadata: unknown;
  _articleTitle: string | null;
  _articleByline: string | null;
  _unwrapNoscriptImages(doc: Document): void;
  _getJSONLD(doc: Document): unknown;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _getArticleMetadata(jsonLd: unknown): { title: string | null; byline: string | null };
  _grabArticle(): Element | null;
  _postProcessContent(article: Element): void;
  // the search's passes (see searchInPasses)
  _getInnerText(el: Element, normalizeSpaces?: boolean): string;
  _attempts: { articleContent: Element; textLength: number }[];
  _flagIsActive(flag: number): boolean;
  _removeFlag(flag: number): void;
  FLAG_STRIP_UNLIKELYS: number;
  FLAG_WEIGHT_CLASSES: number;
  FLAG_CLEAN_CONDITIONALLY: number;
}

const STEPS = [
  '_getInnerText',
  '_flagIsActive',
  '_removeFlag',
  '_unwrapNoscriptImages',
  '_getJSONLD',
  '_removeScripts',
  '_prepDocument',
  '_getArticleMetadata',
  '_grabArticle',
  '_postProcessContent',
] as const;

/**
 * What Readability 0.6's `parse()` does, step by step, pausing before and after its search for the
 * article, and leaving out what it works out for callers that want an HTML string: the article's
 * text, an excerpt, and the article serialised for a debug log it prints only when asked (it
 * builds that string on every parse). A version without these steps is asked to parse in one go.
 */
function* parseSteps(
  reader: Readability<Node>,
  body: HTMLElement | null,
  page: Document,
): Generator<StepYield, Parsed | null, void> {
  const r = reader as unknown as ReadabilitySteps;
  if (STEPS.some((k) => typeof r[k] !== 'function') || !Array.isArray(r._attempts)) {
    keepPositionsAcrossRetries(body, null);
    const whole = reader.parse() as { content: unknown; title?: string | null; byline?: string | null } | null;
    const content = whole?.content;
    return whole && { ...whole, content: content && typeof content === 'object' ? (content as Element) : null };
  }
  // (Readability reads the JSON-LD between unwrapping images and removing scripts; unwrapping
  // touches only images and the <noscript>s beside them, so it is read first here.)
  const jsonLd = r._disableJSONLD ? {} : r._getJSONLD(r._doc);
  prepareForSearch(r);
  const metadata = r._getArticleMetadata(jsonLd);
  r._metadata = metadata;
  r._articleTitle = metadata.title;
  // the search's first pass is the analysis's longest step: it starts a task of its own, not the
  // end of the one that prepared the document (which made the longest task longer by the preparing)
  yield LONG_STEP_NEXT;
  const content = yield* searchInPasses(r, body, () => preparedAgain(r, page));
  if (!content) return null;
  yield;
  r._postProcessContent(content);
  return { content, title: r._articleTitle, byline: metadata.byline || r._articleByline };
}

/** Ends a pass of Readability's search where it puts the body back to start over (see searchInPasses). */
const START_OVER = Symbol('start the search over in a task of its own');

/**
 * Readability's search for the article, each pass in a task of its own. When a pass finds too
 * little text, Readability puts the body back and starts over with looser rules, all in one call:
 * on the pages where it does, two or three passes made the longest task of the analysis. The pass
 * is ended where the body has been put back, and what Readability 0.6 does next (keep the pass's
 * article and length, drop the next rule, or after the last rule take the longest article kept)
 * is done here, with a pause before the next pass. (The pass's article is the element whose text
 * Readability measured last, just before putting the body back.)
 */
function* searchInPasses(
  r: ReadabilitySteps,
  body: HTMLElement | null,
  remake: () => HTMLElement | null,
): Generator<StepYield, Element | null, void> {
  const innerText = r._getInnerText;
  // two variables, not an object: Readability measures text thousands of times a pass
  let measuredEl: Element | null = null;
  let measuredLength = 0;
  r._getInnerText = function (el: Element, normalizeSpaces?: boolean) {
    const text = innerText.call(this, el, normalizeSpaces);
    measuredEl = el;
    measuredLength = text.length;
    return text;
  };
  keepPositionsAcrossRetries(body, remake, () => {
    throw START_OVER;
  });
  for (;;) {
    try {
      return r._grabArticle();
    } catch (e) {
      if (e !== START_OVER) throw e;
    }
    const pass = measuredEl as Element | null;
    if (!pass) return null;
    r._attempts.push({ articleContent: pass, textLength: measuredLength });
    const rule = [r.FLAG_STRIP_UNLIKELYS, r.FLAG_WEIGHT_CLASSES, r.FLAG_CLEAN_CONDITIONALLY].find((f) =>
      r._flagIsActive(f),
    );
    if (rule === undefined) {
      r._attempts.sort((a, b) => b.textLength - a.textLength);
      return r._attempts[0].textLength ? r._attempts[0].articleContent : null;
    }
    r._removeFlag(rule);
    yield LONG_STEP_NEXT;
  }
}

/**
 * The original of every element of the article, looked up now, while the page has the elements it
 * had when cloned (the analysis hands the main thread back between stages, and the page may change
 * meanwhile). Only the article's elements are asked for, in document order, so the page's element
 * list is walked once and only the elements wanted are ever touched from script.
 */
function originalsOf(article: Element, doc: Document): Map<number, Element> {
  const positions: number[] = [];
  const own = (article as Tagged)[POSITION];
  if (own !== undefined) positions.push(own);
  eachElement(article.getElementsByTagName('*'), (e) => {
    if (e[POSITION] !== undefined) positions.push(e[POSITION]);
  });
  positions.sort((a, b) => a - b);
  const all = doc.getElementsByTagName('*');
  const out = new Map<number, Element>();
  for (const p of positions) {
    const el = all[p];
    if (el) out.set(p, el);
  }
  return out;
}

/**
 * Readability 0.6 puts a new element in an old one's place in three ways, and the new one must
 * carry the old one's position: it renames an element (a <div> of text into a <p>, a lone table
 * cell into a <div>) by making a new one with the same attributes; tidying the article, it replaces
 * a <div> or <section> that holds a single one by that child, which takes over the wrapper's
 * attributes; and while scoring it wraps a text-only <div>'s words in a <p> of its own that then
 * replaces the <div>, with none of its attributes (`standIns` lists those, see giveAttributesBack).
 */
function carryPositions(reader: Readability<Node>, standIns: StandIn[]): void {
  const r = reader as unknown as {
    _setNodeTag?: (node: Element, tag: string) => Element;
    _simplifyNestedElements?: (root: Element) => void;
    _hasSingleTagInsideElement?: (el: Element, tag: string) => boolean;
  };
  const rename = r._setNodeTag,
    simplify = r._simplifyNestedElements,
    single = r._hasSingleTagInsideElement;
  if (typeof rename !== 'function' || typeof simplify !== 'function' || typeof single !== 'function') return;
  r._setNodeTag = function (node: Element, tag: string) {
    const renamed = rename.call(this, node, tag) as Tagged;
    const position = (node as Tagged)[POSITION];
    if (renamed !== node && position !== undefined) renamed[POSITION] = position;
    return renamed;
  };
  let simplifying = false;
  r._simplifyNestedElements = function (root: Element) {
    simplifying = true;
    try {
      simplify.call(this, root);
    } finally {
      simplifying = false;
    }
  };
  // While tidying, a yes here is always followed by the child taking the wrapper's place. While
  // scoring, a <div> of text gets its words wrapped in a <p> of Readability's making, which then
  // replaces the <div> (unless the <div> is mostly links, and then the <div> is still the <p>'s
  // nearest original): that new <p> stands for the <div>.
  r._hasSingleTagInsideElement = function (el: Element, tag: string) {
    const yes = single.call(this, el, tag);
    if (!yes) return yes;
    const position = (el as Tagged)[POSITION];
    const child = el.children[0] as Tagged | undefined;
    if (position !== undefined && child && (simplifying || child[POSITION] === undefined)) {
      if (!simplifying) standIns.push({ made: child, wrapper: el });
      child[POSITION] = position;
    }
    return yes;
  };
}

/** A <p> Readability made in place of a <div> of text, and that <div> (a clone element). */
interface StandIn {
  made: Element;
  wrapper: Element;
}

/**
 * The <p> Readability makes in place of a <div> of text has none of the <div>'s attributes, where
 * renaming an element (its other way of turning a <div> into a <p>) keeps them all. Given back once
 * Readability is done (its scoring saw the <p> as it made it), so the boilerplate pass inside the
 * article sees the site's own class names: <div class="caption-text"> is still a caption.
 */
function giveAttributesBack(article: Element, standIns: StandIn[]): void {
  for (const { made, wrapper } of standIns) {
    if (made.attributes.length || !article.contains(made)) continue;
    for (const a of Array.from(wrapper.attributes)) made.setAttribute(a.name, a.value);
  }
}

/**
 * Readability asks every element of the page for its inline style's display and visibility. Asking
 * an element for `style` makes the browser build a style declaration object for it, even when it
 * has no style attribute and so nothing to declare; an element with none of the attributes the test
 * reads is visible by that test, and is answered without asking.
 */
function askStyleOnlyOfStyled(reader: Readability<Node>): void {
  const r = reader as unknown as { _isProbablyVisible?: (node: Element) => boolean };
  const visible = r._isProbablyVisible;
  if (typeof visible !== 'function') return;
  r._isProbablyVisible = function (node: Element) {
    if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) return true;
    return visible.call(this, node);
  };
}

/**
 * Tidying the article, Readability 0.6 removes a dozen presentational attributes (style, align,
 * bgcolor, border, ...) from every element in it, one `removeAttribute` each, and from each element
 * goes on to its children. Most of the article's elements (its paragraphs, links, emphasis) have no
 * attributes at all, so nothing to remove, and most of the others only a class, an id or a link:
 * an element with none of the attributes it removes is only gone through to its children.
 * (`removeAttribute` and `getAttributeNames` both go by the attribute's qualified name, and the
 * names Readability removes are in lower case, as `removeAttribute` puts its argument in an HTML
 * document.)
 */
function cleanStylesOnlyOfAttributed(reader: Readability<Node>): void {
  const r = reader as unknown as {
    PRESENTATIONAL_ATTRIBUTES?: unknown;
    DEPRECATED_SIZE_ATTRIBUTE_ELEMS?: unknown;
    _cleanStyles?: (e: Element | null) => void;
  };
  const clean = r._cleanStyles,
    removed = r.PRESENTATIONAL_ATTRIBUTES,
    sized = r.DEPRECATED_SIZE_ATTRIBUTE_ELEMS;
  if (typeof clean !== 'function') return;
  const lowerCase = (names: unknown): names is string[] =>
    Array.isArray(names) && names.every((n) => typeof n === 'string' && n === n.toLowerCase());
  const known = lowerCase(removed) && Array.isArray(sized);
  const presentational = new Set<string>(known ? removed : []);
  const hasRemoved = (e: Element) => {
    if (!known) return true; // a version that removes other attributes: let it look
    const size = sized.includes(e.tagName);
    return e.getAttributeNames().some((n) => presentational.has(n) || (size && (n === 'width' || n === 'height')));
  };
  r._cleanStyles = function (e: Element | null) {
    // (an <svg> is left whole, children and all, as Readability leaves it)
    if (!e || (e.hasAttributes() && hasRemoved(e)) || e.tagName.toLowerCase() === 'svg') return clean.call(this, e);
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) r._cleanStyles!.call(this, c);
  };
}

/**
 * Readability 0.6 reads the whole text (`textContent`) of every element it walks twice over, for
 * answers that rarely need it: whether the element is a byline reads the text before the element's
 * rel, itemprop and class (which decide first and say no for nearly every element), and whether a
 * <div> is empty builds its whole text to see if it is blank. A wrapper's text is the page's, and
 * each level of nesting read it again. The same answers, the cheap tests first: the byline's
 * attributes before its text, and an element is blank once no text node under it holds a non-space.
 */
function readTextOnlyWhenAsked(reader: Readability<Node>): void {
  const r = reader as unknown as {
    REGEXPS?: { byline?: RegExp };
    _isValidByline?: (node: Element, matchString: string) => boolean;
    _isElementWithoutContent?: (node: Element) => boolean;
  };
  const byline = r._isValidByline,
    empty = r._isElementWithoutContent,
    bylineClass = r.REGEXPS?.byline;
  if (typeof byline === 'function' && bylineClass instanceof RegExp && !bylineClass.global && !bylineClass.sticky)
    r._isValidByline = function (node: Element, matchString: string) {
      const itemprop = node.getAttribute('itemprop');
      if (node.getAttribute('rel') !== 'author' && !itemprop?.includes('author') && !bylineClass.test(matchString))
        return false;
      return byline.call(this, node, matchString);
    };
  if (typeof empty === 'function') {
    const hasText = nonSpaceTextFinder();
    r._isElementWithoutContent = function (node: Element) {
      if (node.nodeType === 1 && hasText(node)) return false;
      return empty.call(this, node);
    };
  }
}

/**
 * Whether an element holds a non-space character (see firstNonSpaceText), remembering the text
 * node that last said yes. Readability asks in document order, and asks a wrapper's wrapped <div>s,
 * <section>s and headings right after the wrapper: the walk for the outer one already went through
 * their whitespace and markup to the text that answers for them too. An element that still holds
 * that text node, whose text still has a non-space character, is answered without walking again.
 */
function nonSpaceTextFinder(): (el: Element) => boolean {
  let found: CharacterData | null = null;
  return (el) => {
    if (found && el.contains(found) && NON_SPACE.test(found.data)) return true;
    const text = firstNonSpaceText(el);
    if (text) found = text;
    return text !== null;
  };
}

/**
 * Readability 0.6's walk over the page asks four small questions of every element or child node
 * it passes, each answered with more work than the answer needs:
 *
 * - the next element in document order: each of firstElementChild and nextElementSibling is read
 *   twice, once to test it and once to return it (the page does not change in between);
 * - whether a child node of a <div> is phrasing content: its tag is looked for in a list of forty,
 *   one comparison at a time, for every child of every <div> (a list's `includes` and a set's `has`
 *   both compare by SameValueZero, so a set made of the same list answers the same);
 * - whether a <div> holds a single <p> and no text: `children` and `childNodes` make a live list
 *   for each <div> asked, and the text nodes are gone through by a callback. `childElementCount`
 *   and `firstElementChild` are that list's length and first item; the child nodes are gone
 *   through in the same order, with the same test;
 * - whether an element is inside a table or code (for every element its class calls unlikely, and
 *   while tidying): each parent is read three times, once per level.
 */
export function walkWithoutLists(reader: Readability<Node>): void {
  const r = reader as unknown as {
    TEXT_NODE?: number;
    PHRASING_ELEMS?: unknown;
    REGEXPS?: { hasContent?: RegExp };
    _getNextNode?: (node: Element, ignoreSelfAndKids?: boolean) => Element | null;
    _isPhrasingContent?: (node: Node) => boolean;
    _everyNode?: (list: NodeListOf<ChildNode>, fn: (node: Node) => boolean) => boolean;
    _hasSingleTagInsideElement?: (el: Element, tag: string) => boolean;
    _hasAncestorTag?: (node: Node, tag: string, maxDepth?: number, filter?: (el: Element) => boolean) => boolean;
  };
  if (typeof r._getNextNode === 'function') r._getNextNode = nextInDocumentOrder;
  if (typeof r._hasAncestorTag === 'function') r._hasAncestorTag = hasAncestorTag;
  const phrasing = r.PHRASING_ELEMS,
    hasContent = r.REGEXPS?.hasContent;
  if (r.TEXT_NODE !== 3) return;
  if (Array.isArray(phrasing) && typeof r._isPhrasingContent === 'function' && typeof r._everyNode === 'function') {
    const phrasingTags = new Set<unknown>(phrasing);
    r._isPhrasingContent = function (node: Node) {
      const tag = (node as Element).tagName;
      if (node.nodeType === 3 || phrasingTags.has(tag)) return true;
      return (
        (tag === 'A' || tag === 'DEL' || tag === 'INS') &&
        r._everyNode!.call(this, node.childNodes, r._isPhrasingContent!)
      );
    };
  }
  if (
    hasContent instanceof RegExp &&
    !hasContent.global &&
    !hasContent.sticky &&
    typeof r._hasSingleTagInsideElement === 'function'
  )
    r._hasSingleTagInsideElement = function (el: Element, tag: string) {
      if (el.childElementCount !== 1 || el.firstElementChild!.tagName !== tag) return false;
      for (let c = el.firstChild; c; c = c.nextSibling)
        if (c.nodeType === 3 && hasContent.test(c.textContent!)) return false;
      return true;
    };
}

/** Readability 0.6's `_hasAncestorTag`, each parent read once (its filter only reads a table's mark). */
function hasAncestorTag(node: Node, tag: string, maxDepth?: number, filter?: (el: Element) => boolean): boolean {
  const depthLimit = maxDepth || 3;
  const name = tag.toUpperCase();
  let depth = 0;
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (depthLimit > 0 && depth > depthLimit) return false;
    if ((parent as Element).tagName === name && (!filter || filter(parent as Element))) return true;
    depth++;
  }
  return false;
}

/** Readability 0.6's `_getNextNode`, each property read once. */
function nextInDocumentOrder(node: Element, ignoreSelfAndKids?: boolean): Element | null {
  if (!ignoreSelfAndKids) {
    const child = node.firstElementChild;
    if (child) return child;
  }
  let next = node.nextElementSibling;
  if (next) return next;
  let up: Node | null = node;
  do up = up.parentNode;
  while (up && !(next = (up as Element).nextElementSibling));
  return up && next;
}

/**
 * Readability 0.6 asks of every <div> it walks that is not a single paragraph whether any element
 * under it is a block (its DIV_TO_P_ELEMS), by going down every child node, text nodes included,
 * each of them asked for its own (empty) list of children. The browser's selector engine answers
 * the same question without a script object for each node: in an HTML document an element's
 * tagName is its local name in capitals, which is what a type selector matches. (An element found
 * whose tagName is not one of them, say an SVG element named in lower case, is asked the slow way.)
 */
function findBlocksBySelector(reader: Readability<Node>): void {
  const r = reader as unknown as {
    _doc?: Document;
    DIV_TO_P_ELEMS?: Set<unknown>;
    _hasChildBlockElement?: (el: Element) => boolean;
  };
  const blocks = r.DIV_TO_P_ELEMS,
    walk = r._hasChildBlockElement;
  if (!(blocks instanceof Set) || typeof walk !== 'function' || !blocks.size) return;
  if (r._doc?.createElement('div').tagName !== 'DIV') return; // not an HTML document
  const names = [...blocks];
  if (!names.every((n) => typeof n === 'string' && /^[A-Z]+$/.test(n))) return;
  const selector = names.map((n) => (n as string).toLowerCase()).join(',');
  r._hasChildBlockElement = function (el: Element) {
    const first = el.querySelector(selector);
    if (!first) return false;
    return blocks.has(first.tagName) || walk.call(this, el);
  };
}

/**
 * Readability 0.6 counts an element's commas by splitting its whole text at them, a new string for
 * every piece, for each <div>, list and table it tidies. Counted in place: the number of pieces
 * less one is the number of times the separator occurs, each occurrence searched for after the last.
 */
function countCommasWithoutSplitting(reader: Readability<Node>): void {
  const r = reader as unknown as {
    _getCharCount?: (e: Element, s?: string) => number;
    _getInnerText?: (el: Element, normalizeSpaces?: boolean) => string;
  };
  if (typeof r._getCharCount !== 'function' || typeof r._getInnerText !== 'function') return;
  r._getCharCount = function (e: Element, s?: string) {
    const separator = s || ',';
    const text = r._getInnerText!.call(this, e);
    let n = 0;
    for (let i = text.indexOf(separator); i !== -1; i = text.indexOf(separator, i + separator.length)) n++;
    return n;
  };
}

/**
 * Readability 0.6 reads the same elements' whole text (`textContent`) over and over at two points,
 * and between the reads of each the text does not change:
 *
 * - Scoring: once every paragraph's ancestors have been scored, every candidate (each ancestor up
 *   to five levels up of each paragraph) is asked its link density, which reads the text of the
 *   candidate and of every link in it: each link's text once for every level of nesting above it,
 *   and again for the paragraphs among the article's siblings. From the first ancestors it asks
 *   for (the scoring of the first paragraph) until it tidies the article it has chosen, it changes
 *   nothing in the page but the moves of whole elements into the article (a moved element's own
 *   text, and its links', stay as they are; the elements whose text a move changes, the article
 *   and the candidate's parent, are not read again before the tidying) and elements renamed by
 *   being made again (a new element, read afresh).
 * - Tidying: it asks every <div>, list, table and form in the article whether it looks fishy, and
 *   each question reads the element's whole text six times over (for its commas, links, headings,
 *   list share, ad words, text density), then the text of each of its descendant <div>s, <p>s,
 *   <span>s and cells, which the next element up the tree reads all over again. While it tidies,
 *   the only change to the article is an element removed when the answer is yes, just after the
 *   answer: so every text read is kept until an element is removed, and then all are forgotten.
 *
 * The answers are the same; each element's text is read once between two changes.
 */
function rememberTextWhileCleaning(reader: Readability<Node>): void {
  const r = reader as unknown as {
    _getInnerText?: (el: Element, normalizeSpaces?: boolean) => string;
    _cleanConditionally?: (el: Element, tag: string) => void;
    _removeNodes?: (list: ArrayLike<Node>, filter?: (node: Node, i: number, list: ArrayLike<Node>) => boolean) => void;
    _getNodeAncestors?: (node: Node, maxDepth?: number) => Node[];
    _prepArticle?: (article: Element) => void;
    _grabArticle?: (page?: Element | null) => Element | null;
  };
  const read = r._getInnerText,
    clean = r._cleanConditionally,
    remove = r._removeNodes;
  if (typeof read !== 'function' || typeof clean !== 'function' || typeof remove !== 'function') return;
  // the text read with spaces normalised (Readability's default) and as it is, each link's
  // weighted length (see weighLinksOnce), and the shapes of the texts (see readability-text.ts),
  // while nothing changes
  let kept: [Map<Element, string>, Map<Element, string>, Map<Element, number>, Map<Element, number>] | null = null;
  const remember = () => (kept = [new Map(), new Map(), new Map(), new Map()]);
  const forget = () => (kept = null);
  const memo = textMemo(reader, () => kept);
  r._getInnerText = function (el: Element, normalizeSpaces?: boolean) {
    if (!kept) return read.call(this, el, normalizeSpaces);
    const normalized = normalizeSpaces === undefined || normalizeSpaces;
    if (normalized && memo) return readText(el, memo());
    const texts: Map<Element, string> = kept[normalized ? 0 : 1];
    let text = texts.get(el);
    if (text === undefined) texts.set(el, (text = read.call(this, el, normalizeSpaces)));
    return text;
  };
  rememberWhileScoring(r, remember, forget);
  weighLinksOnce(reader, () => kept?.[2] ?? null, memo && ((el) => innerTextLength(el, memo())));
  r._cleanConditionally = function (el: Element, tag: string) {
    remember();
    try {
      clean.call(this, el, tag);
    } finally {
      forget();
    }
  };
  r._removeNodes = function (list, filter) {
    const texts = kept;
    if (!texts || !filter) return remove.call(this, list, filter);
    remove.call(this, list, function (this: unknown, node, i, all) {
      const removing = filter.call(this, node, i, all);
      if (removing) for (const t of texts) t.clear();
      return removing;
    });
  };
}

/**
 * Readability 0.6's link density of an element is the length of its links' text (a link to a
 * fragment of the page counting for 0.3 of its length) over the length of its own. Scoring asks it
 * of every candidate, each of a paragraph's ancestors up to five levels up, and tidying of every
 * <div>, list and table: each link is weighed again, its href read and tested, for each level of
 * nesting above it. While the texts are remembered (see rememberTextWhileCleaning, which forgets
 * the weights with the texts), each link's weighted length is worked out once: the same product,
 * added in the same order, so the same density to the last bit. The element's own text length is
 * then put together from its children's (`textLength`, see textMemo), the same number.
 */
function weighLinksOnce(
  reader: Readability<Node>,
  weights: () => Map<Element, number> | null,
  textLength: ((el: Element) => number) | null,
): void {
  const r = reader as unknown as {
    REGEXPS?: { hashUrl?: RegExp };
    _getLinkDensity?: (element: Element) => number;
    _getInnerText?: (el: Element, normalizeSpaces?: boolean) => string;
  };
  const density = r._getLinkDensity,
    hashUrl = r.REGEXPS?.hashUrl;
  if (typeof density !== 'function' || !(hashUrl instanceof RegExp) || hashUrl.global || hashUrl.sticky) return;
  r._getLinkDensity = function (element: Element) {
    const weighed = weights();
    if (!weighed) return density.call(this, element);
    const length = textLength ? textLength(element) : r._getInnerText!.call(this, element).length;
    if (length === 0) return 0;
    let linkLength = 0;
    const links = element.getElementsByTagName('a');
    for (let i = 0, n = links.length; i < n; i++) {
      const link = links[i];
      let weight = weighed.get(link);
      if (weight === undefined) {
        const href = link.getAttribute('href');
        const coefficient = href && hashUrl.test(href) ? 0.3 : 1;
        weighed.set(link, (weight = r._getInnerText!.call(this, link).length * coefficient));
      }
      linkLength += weight;
    }
    return linkLength / length;
  };
}

/**
 * The texts and shapes remembered (see readability-text.ts), while they are: Readability's own
 * `_getInnerText` restated (the same `textContent`, trimmed, the same rule for spaces), so that
 * each read keeps its text's shape too, and the length of a candidate (the elements Readability
 * gave a score, whose link density scoring asks) put together from its children's. Null when
 * Readability's rule for spaces is not the one the shapes follow.
 */
function textMemo(
  reader: Readability<Node>,
  kept: () => [Map<Element, string>, unknown, unknown, Map<Element, number>] | null,
): (() => TextMemo) | null {
  const normalize = (reader as unknown as { REGEXPS?: { normalize?: unknown } }).REGEXPS?.normalize;
  if (!isSpaceRunRule(normalize)) return null;
  const asked = (el: Element) => (el as Element & { readability?: unknown }).readability !== undefined;
  let memo: TextMemo | null = null;
  return () => {
    const [texts, , , shapes] = kept()!;
    if (memo?.texts !== texts) memo = { texts, shapes, normalize, asked };
    return memo;
  };
}

/**
 * Texts are remembered from Readability's first question for a paragraph's ancestors (asked only
 * once its walk that removes and rewraps elements is done) until it starts tidying the article it
 * chose, and not again in the same call of its search (it asks for ancestors once more after
 * tidying, for the text direction; and parsed in one go, it starts its next pass in the same call,
 * whose walk changes the page again). Each pass of searchInPasses is a call of its own.
 */
function rememberWhileScoring(
  r: {
    _getNodeAncestors?: (node: Node, maxDepth?: number) => Node[];
    _prepArticle?: (article: Element) => void;
    _grabArticle?: (page?: Element | null) => Element | null;
  },
  remember: () => void,
  forget: () => void,
): void {
  const ancestors = r._getNodeAncestors,
    tidy = r._prepArticle,
    search = r._grabArticle;
  if (typeof ancestors !== 'function' || typeof tidy !== 'function' || typeof search !== 'function') return;
  // 'walk' until the first ancestors are asked for, then 'scoring' until the tidying, then 'done'
  let phase: 'walk' | 'scoring' | 'done' = 'walk';
  r._getNodeAncestors = function (node: Node, maxDepth?: number) {
    if (phase === 'walk') {
      phase = 'scoring';
      remember();
    }
    return ancestors.call(this, node, maxDepth);
  };
  const stop = () => {
    if (phase === 'scoring') forget();
    phase = 'done';
  };
  r._prepArticle = function (article: Element) {
    stop();
    // the tidying's own questions remember what they read (see _cleanConditionally above)
    tidy.call(this, article);
  };
  r._grabArticle = function (page?: Element | null) {
    phase = 'walk';
    try {
      return search.call(this, page);
    } finally {
      stop();
    }
  };
}

/**
 * The first text node under `el` (what `textContent` joins: text and CDATA sections) that holds a
 * character `trim()` keeps (`\S` is the same set), or null. Walked by hand, in document order,
 * stopping at the first: most elements asked have words in their first text node or two.
 */
function firstNonSpaceText(el: Element): CharacterData | null {
  let n: Node | null = el.firstChild;
  while (n) {
    const type = n.nodeType;
    if (type === 3 || type === 4) {
      if (NON_SPACE.test((n as CharacterData).data)) return n as CharacterData;
    } else if (type === 1 && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (!n.nextSibling) {
      n = n.parentNode;
      if (!n || n === el) return null;
    }
    n = n.nextSibling;
  }
  return null;
}

const NON_SPACE = /\S/;

/**
 * When its first pass finds too little text, Readability 0.6 puts the body back as it was by
 * setting `body.innerHTML` to the HTML it read before that pass, and tries again with looser
 * rules. Elements parsed from HTML carry no properties, so the positions are read off with that
 * HTML and given back, element for element in document order, to the elements parsed from it. The
 * two trees match unless the page's structure cannot survive a round trip through HTML (a <div> put
 * inside a <p> by script comes back beside it). Tags alone can line up again after such a shift and
 * hand every later element its neighbour's position. Tags with their numbers of child elements, in
 * document order, describe a tree's shape exactly: up to the first element whose children differ
 * the trees agree, and from there on the elements stay without an original (the analysis then
 * finds their paragraphs again by their text, in the nearest container that has one).
 *
 * Most pages never start over (13 of the 181 Scrapinghub pages do), and reading the body's HTML
 * and its elements' positions before the first pass cost nearly a tenth of what Readability's
 * whole parse costs (0.35 + 0.14 ms of about 6 at the median, in Chromium), for nothing. Where
 * the body can be made again as the first pass found it (`remake`, see preparedAgain), Readability
 * is handed a stand-in for the HTML, and the HTML and positions are read off the body made again
 * only when it starts over. Without `remake` they are read when Readability asks.
 */
function keepPositionsAcrossRetries(
  body: HTMLElement | null,
  remake: (() => HTMLElement | null) | null,
  restored?: () => void,
): void {
  let desc: PropertyDescriptor | undefined;
  for (let o = body ? Object.getPrototypeOf(body) : null; o && !desc; o = Object.getPrototypeOf(o))
    desc = Object.getOwnPropertyDescriptor(o, 'innerHTML');
  if (!body || !desc?.get || !desc.set) return;
  const { get, set } = desc;
  const read = (el: HTMLElement | null) => (el ? snapshotOf(el, get) : EMPTY_SNAPSHOT);
  let snapshot: BodySnapshot | null = null;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(this: HTMLElement) {
      if (remake) return UNREAD;
      return (snapshot = read(this)).html;
    },
    set(this: HTMLElement, value: string) {
      if (value === UNREAD && remake) snapshot ??= read(remake());
      set.call(this, value === UNREAD ? (snapshot?.html ?? '') : value);
      if (snapshot) givePositionsBack(this, snapshot);
      restored?.();
    },
  });
}

/** What Readability is handed for the body's HTML until it starts over (keepPositionsAcrossRetries). */
const UNREAD = '\u0000verbatim: the body as the first pass found it';

/** A body's HTML, and the position, tag and number of child elements of each element in it. */
interface BodySnapshot {
  html: string;
  positions: (number | undefined)[];
  tags: string[];
  childCounts: number[];
}

const EMPTY_SNAPSHOT: BodySnapshot = { html: '', positions: [], tags: [], childCounts: [] };

function snapshotOf(body: HTMLElement, innerHTML: () => string): BodySnapshot {
  const positions: (number | undefined)[] = [];
  const tags: string[] = [];
  const childCounts: number[] = [];
  eachElement(body.getElementsByTagName('*'), (e) => {
    positions.push(e[POSITION]);
    tags.push(e.tagName);
    childCounts.push(e.childElementCount);
  });
  return { html: innerHTML.call(body), positions, tags, childCounts };
}

/** The positions of `was` given to the elements of `body`, parsed from its HTML, as far as the two trees agree. */
function givePositionsBack(body: HTMLElement, was: BodySnapshot): void {
  const { positions, tags, childCounts } = was;
  eachElement(body.getElementsByTagName('*'), (e, i) => {
    if (i >= tags.length || e.tagName !== tags[i]) return false;
    // the trees agree up to here, so this element is in the same place, whatever its children
    if (positions[i] !== undefined) e[POSITION] = positions[i];
    if (e.childElementCount !== childCounts[i]) return false;
  });
}

/** What Readability 0.6 does to its document before searching it for the article. */
function prepareForSearch(r: ReadabilitySteps): void {
  r._unwrapNoscriptImages(r._doc);
  r._removeScripts(r._doc);
  r._prepDocument();
}

/**
 * The body as Readability's search first found it, made again: the page cloned again and prepared
 * as parseSteps prepared the first clone. The page is the one the first clone was made from: had
 * its elements changed since, the whole parse is made again from a fresh clone (parseCloneSteps).
 * (Changed text alone is not watched for: the retry reads it as it is now, as every later stage
 * that reads the page does.)
 */
function preparedAgain(r: ReadabilitySteps, page: Document): HTMLElement | null {
  const { clone } = cloneForReadability(page);
  const doc = r._doc;
  r._doc = clone;
  try {
    prepareForSearch(r);
  } finally {
    r._doc = doc;
  }
  return clone.body;
}

/**
 * Visits a live element list in order, by index, until `visit` returns false. (Indexing walks the
 * tree only as far as asked, and makes no array of the whole list.)
 */
function eachElement(list: HTMLCollectionOf<Element>, visit: (el: Tagged, i: number) => boolean | void): void {
  for (let i = 0, e = list[0] as Tagged | undefined; e; e = list[++i] as Tagged | undefined)
    if (visit(e, i) === false) return;
}

/** Whether `el` is a clone of an original element (Readability also makes elements of its own). */
export function hasOriginal(el: Element): boolean {
  return (el as Tagged)[POSITION] !== undefined;
}

/**
 * The original element a clone element came from. Readability creates some wrappers itself (a <p>
 * around loose phrasing content); for those, the one element it wraps whole stands in (a skip link
 * loose in <body> would otherwise stand for the whole page), else the original parent of what they
 * wrap.
 */
export function originalOf(el: Element, run: ReadabilityRun): Element | null {
  const i = (el as Tagged)[POSITION];
  if (i !== undefined) return run.original(i);
  const only = el.children.length === 1 ? (el.children[0] as Tagged) : null;
  if (only && only[POSITION] !== undefined && visibleText(only) === visibleText(el))
    return run.original(only[POSITION]);
  const tagged = Array.from(el.children).filter(hasOriginal) as Tagged[];
  if (!tagged.length) return null;
  const parents = new Set(tagged.map((c) => run.original(c[POSITION]!)?.parentElement ?? null));
  if (parents.size === 1) {
    const p = [...parents][0];
    if (p && p.tagName !== 'BODY' && p.tagName !== 'HTML') return p;
  }
  return run.original(tagged[0][POSITION]!);
}
