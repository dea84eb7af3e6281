/**
 * Readability 0.6's text of an element (its `_getInnerText`: `textContent`, trimmed, each run of
 * two or more spaces made one), read once while nothing changes, and the length of a container's
 * text put together from its children's.
 *
 * Scoring asks the link density of every candidate, each ancestor up to five levels up of each
 * paragraph, and that reads the candidate's whole text, only for its length: a page's text again
 * for every level of nesting of its containers. The length is a sum over the parts of the text:
 * trimming drops the spaces at both ends and each run of spaces between two words counts one, so
 * the length is the number of non-space characters plus the number of runs between them. Of each
 * part it is enough to know that length, and whether the part starts or ends with a space (a run
 * between two parts counts one, wherever it falls).
 *
 * The parts of an element are its child nodes. A paragraph's shape is kept when Readability reads
 * its text (scoring reads every paragraph's before asking any container's length), a candidate's
 * is put together and kept, any other child is read whole, once. Even for the container of dozens
 * of paragraphs already read, going through its children cost less than reading its text again
 * (in Chromium, on the 181 Scrapinghub pages: the text lengths scoring asks went from 4.8% of
 * Readability's time to 3.0%).
 *
 * A shape packs the three into one number: length × 4, plus 2 when the text starts with a space,
 * plus 1 when it ends with one. A text of spaces only has length 0 and both bits (0 when empty).
 */

/** Texts and shapes read while nothing in the page changes (a new memo after every change). */
export interface TextMemo {
  /** Readability's text of an element (with spaces normalised), as read so far. */
  texts: Map<Element, string>;
  /** The shape of each element's text read or put together so far. */
  shapes: Map<Element, number>;
  /** Readability's `REGEXPS.normalize` (/\s{2,}/g, see isSpaceRunRule). */
  normalize: RegExp;
  /** Whether an element will be asked for its own length, so its shape is worth keeping. */
  asked(el: Element): boolean;
}

/** Whether `normalize` is the one rule the shapes follow: every run of two or more spaces made one. */
export function isSpaceRunRule(normalize: unknown): normalize is RegExp {
  return normalize instanceof RegExp && normalize.source === '\\s{2,}' && normalize.flags === 'g';
}

/** Readability's `_getInnerText(el)` (spaces normalised), read once; its shape is kept beside it. */
export function readText(el: Element, memo: TextMemo): string {
  let text = memo.texts.get(el);
  if (text !== undefined) return text;
  const whole = el.textContent ?? '';
  const trimmed = whole.trim();
  text = trimmed.replace(memo.normalize, ' ');
  memo.texts.set(el, text);
  memo.shapes.set(el, shapeOfParts(whole, trimmed, text.length));
  return text;
}

/** The length of Readability's `_getInnerText(el)`. */
export function innerTextLength(el: Element, memo: TextMemo): number {
  const text = memo.texts.get(el);
  return text !== undefined ? text.length : shapeOf(el, memo) >> 2;
}

function shapeOf(el: Element, memo: TextMemo): number {
  let shape = memo.shapes.get(el);
  if (shape !== undefined) return shape;
  shape = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    // textContent joins text nodes and CDATA sections; comments and instructions add nothing
    if (type === 3 || type === 4) shape = joined(shape, shapeOfString((c as CharacterData).data, memo.normalize));
    else if (type === 1) shape = joined(shape, childShape(c as Element, memo));
  }
  memo.shapes.set(el, shape);
  return shape;
}

function childShape(el: Element, memo: TextMemo): number {
  const shape = memo.shapes.get(el);
  if (shape !== undefined) return shape;
  if (memo.asked(el)) return shapeOf(el, memo);
  readText(el, memo);
  return memo.shapes.get(el)!;
}

/** The shape of a string. */
export function shapeOfString(s: string, normalize: RegExp): number {
  const trimmed = s.trim();
  return shapeOfParts(s, trimmed, trimmed ? trimmed.replace(normalize, ' ').length : 0);
}

/**
 * The shape of `s`, given `trimmed` (`s` with its end spaces cut) and the length. Where one starts
 * (or ends) with a space and the other does not, their first (or last) characters differ; with
 * spaces only, both ends are spaces.
 */
function shapeOfParts(s: string, trimmed: string, length: number): number {
  if (!trimmed) return s ? 3 : 0;
  const lead = s.charCodeAt(0) !== trimmed.charCodeAt(0) ? 2 : 0;
  const trail = s.charCodeAt(s.length - 1) !== trimmed.charCodeAt(trimmed.length - 1) ? 1 : 0;
  return length * 4 + lead + trail;
}

/**
 * The shape of two texts one after the other. An empty one adds nothing but, when it is spaces,
 * a space at the end it touches; between two with words, a space at either side makes one run.
 */
export function joined(a: number, b: number): number {
  if (a < 4) return b < 4 ? a | b : b | (a & 2);
  if (b < 4) return a | (b & 1);
  return (((a >> 2) + (b >> 2) + ((a & 1) | ((b >> 1) & 1))) << 2) + (a & 2) + (b & 1);
}
