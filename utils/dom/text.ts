import { analysisCache } from './analysis-cache';
import { bmpCharTest, isJsSpaceCode } from '../chars';

// Text as a reader sees it: no script/style content, whitespace collapsed, block boundaries kept
// as line breaks. Shared by the main-body extractor, the boilerplate classifier and the quotes.

export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'OPTION',
]);

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'CENTER',
  'MENU',
]);

/** What the text layer does with an element, by its tag name alone. */
const INLINE = 0;
const BLOCK = 1;
const SKIPPED = 2;
const BREAK = 3;
type TagKind = typeof INLINE | typeof BLOCK | typeof SKIPPED | typeof BREAK;

/**
 * The kind of each tag name met, by name as the page spells it: the analysis asks of every element
 * several times, and upper-casing the name made a new string each time; one lookup answers whether
 * it is skipped, a line break or a block, where each was a look-up of its own. (Pages use a few
 * dozen names; one made of endless custom element names stops being remembered past a bound.)
 */
const TAG_KIND = new Map<string, TagKind>();
const MAX_TAG_NAMES = 1000;

function tagKind(tag: string): TagKind {
  let kind = TAG_KIND.get(tag);
  if (kind === undefined) {
    // skipped whatever the case (an <svg> is named in lower case); a break or a block as HTML names them
    if (SKIP_TAGS.has(tag.toUpperCase())) kind = SKIPPED;
    else if (tag === 'BR') kind = BREAK;
    else kind = BLOCK_TAGS.has(tag) ? BLOCK : INLINE;
    if (TAG_KIND.size < MAX_TAG_NAMES) TAG_KIND.set(tag, kind);
  }
  return kind;
}

export function isSkippedElement(el: Element): boolean {
  return tagKind(el.tagName) === SKIPPED || hasHiddenAttribute(el);
}

/**
 * Whether `el` has the hidden attribute. An HTML element says so through its `hidden` property,
 * which the DOM answers several times faster than `hasAttribute('hidden')` (every element of the
 * page is asked, often more than once). The property is a boolean only there: an element of another
 * kind has none (undefined), hidden="until-found" gives that string, and a form gives its control
 * named "hidden" if it has one; each of those asks for the attribute itself.
 */
export function hasHiddenAttribute(el: Element): boolean {
  const hidden = (el as Partial<HTMLElement>).hidden;
  return typeof hidden === 'boolean' ? hidden : el.hasAttribute('hidden');
}

export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Whether one UTF-16 code unit is one of the spaces collapseSpace collapses, decided without a
 * regex call (the marks' text index reads every character of every paragraph): JavaScript's \s,
 * and the zero-width space the analysis adds.
 */
export function isSpaceCode(c: number): boolean {
  return c === 0x200b || isJsSpaceCode(c);
}

// The classifier asks for the text of the same subtrees many times over (a region, then each of
// its children, their headings, their first lines): within one analysis the answers are kept.
//
// The text is built bottom-up already collapsed. Collapsing each element's whole raw text again
// read every character once per level of nesting above it (the page's text some twenty times
// over); a collapsed piece that also says whether its raw text began or ended with a space joins
// its siblings' pieces exactly as collapsing their concatenation would, and joining strings
// copies nothing until the string is read.
const PIECES = {};

/**
 * A piece of collapsed text: `text` is collapseSpace of the raw text; `lead` and `tail` say whether
 * the raw text began or ended with a space (both, for raw text that is only spaces; neither, for
 * no raw text at all).
 */
interface Piece {
  text: string;
  lead: boolean;
  tail: boolean;
}

const NOTHING: Piece = { text: '', lead: false, tail: false };
const SPACE: Piece = { text: '', lead: true, tail: true };

/** All visible text under `node`, whitespace collapsed. */
export function visibleText(node: Node): string {
  return pieceOf(node).text;
}

function pieceOf(node: Node): Piece {
  // an element whose text was built is neither skipped nor a line break (those are never kept):
  // the answer is at hand without asking the element its type, tag and attributes again
  const known = analysisCache<Node, Piece>(PIECES)?.get(node);
  if (known !== undefined) return known;
  if (node.nodeType === 3) return textPiece((node as Text).data);
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return NOTHING;
  if (node.nodeType === 1) {
    const el = node as Element;
    if (isSkippedElement(el)) return NOTHING;
    if (el.tagName === 'BR') return SPACE;
  }
  return subtreePiece(node);
}

/**
 * Raw text that collapsing changes other than at its ends: a space that is not a plain one, or
 * two in a row. Text without one (most of a paragraph's words) is its own collapsed text, trimmed.
 */
const COLLAPSES = /[^\S ]|\u200b| {2}/;

function textPiece(data: string): Piece {
  if (!data) return NOTHING;
  const lead = isSpaceCode(data.charCodeAt(0));
  const tail = isSpaceCode(data.charCodeAt(data.length - 1));
  const text = collapsedText(data, lead, tail);
  // (no text left: the raw text was only spaces)
  return text ? { text, lead, tail } : SPACE;
}

/**
 * collapseSpace of raw text whose ends are (or not) spaces. Text with a space at an end is trimmed
 * first: trim drops the spaces collapsing drops there (all but the zero-width one, which the test
 * below finds), and leaves nothing, without a copy, of most of a page's text nodes (the indentation
 * between its tags). What it keeps is its own collapsed text unless a space inside collapses: a
 * test reads it without building a copy, as replacing each of its spaces did (and the indentation
 * around a paragraph's words no longer sends them to the replacing).
 */
function collapsedText(data: string, lead: boolean, tail: boolean): string {
  const inner = lead || tail ? data.trim() : data;
  return inner && COLLAPSES.test(inner) ? collapseSpace(inner) : inner;
}

/**
 * An element's text as it is being built: a piece (see `Piece`) kept in its fields, each child's
 * text joined onto it in place. Building a new piece at every join made an object for each text
 * node and child of the page; now one is made per element, when its text is complete.
 */
interface Frame {
  node: Node;
  next: ChildNode | null;
  text: string;
  lead: boolean;
  tail: boolean;
  /** The node is a block, set apart from what is beside it in its parent's text. */
  block: boolean;
}

/** The frame's raw text followed by a piece's (given by its fields), collapsed. */
function joinInto(f: Frame, text: string, lead: boolean, tail: boolean): void {
  if (!text && !lead) return; // the piece had no raw text
  if (!f.text && !f.lead) {
    // nor had the frame: the piece is all of it
    f.text = text;
    f.lead = lead;
    f.tail = tail;
  } else if (!f.text) {
    // only spaces so far
    f.text = text;
    f.lead = true;
    f.tail = text ? tail : true;
  } else if (!text) f.tail = true;
  else {
    f.text = f.text + (f.tail || lead ? ' ' : '') + text;
    f.tail = tail;
  }
}

/** The text a frame has built, as a piece (shared when it is nothing or only spaces). */
function pieceOfFrame(f: Frame): Piece {
  if (f.text) return { text: f.text, lead: f.lead, tail: f.tail };
  return f.lead ? SPACE : NOTHING;
}

function addText(f: Frame, data: string): void {
  if (!data) return;
  const lead = isSpaceCode(data.charCodeAt(0));
  const tail = isSpaceCode(data.charCodeAt(data.length - 1));
  joinInto(f, collapsedText(data, lead, tail), lead, tail);
}

/** A child's text joined onto its parent's: a block child stands apart from what is beside it. */
function append(f: Frame, block: boolean, piece: Piece): void {
  if (!piece.text && !piece.lead) return; // no raw text
  if (block) joinInto(f, piece.text, true, true);
  else joinInto(f, piece.text, piece.lead, piece.tail);
}

/**
 * The text under `root`, block children set apart by spaces. Iterative, with an explicit stack:
 * pages nest elements thousands deep (hidden chains, hostile pages), deeper than recursion goes.
 * Each element's tag name is read once (each read is a call into the DOM, and every element of
 * the page passes here). The stack's frames are reused from one element to the next at its depth.
 */
function subtreePiece(root: Node): Piece {
  const cache = analysisCache<Node, Piece>(PIECES);
  const cached = cache?.get(root);
  if (cached !== undefined) return cached;
  const stack: Frame[] = [];
  let depth = 0;
  const enter = (node: Node, next: ChildNode | null, block: boolean): Frame => {
    const f = stack[depth] ?? (stack[depth] = { node, next, text: '', lead: false, tail: false, block });
    f.node = node;
    f.next = next;
    f.text = '';
    f.lead = f.tail = false;
    f.block = block;
    depth++;
    return f;
  };
  let top = enter(root, root.firstChild, false);
  for (;;) {
    const c = top.next;
    if (!c) {
      const out = pieceOfFrame(top);
      cache?.set(top.node, out);
      if (--depth === 0) return out;
      const parent = stack[depth - 1];
      append(parent, top.block, out);
      top = parent;
      continue;
    }
    top.next = c.nextSibling;
    const type = c.nodeType;
    if (type === 3) {
      addText(top, (c as Text).data);
      continue;
    }
    if (type !== 1) continue;
    const el = c as Element;
    const kind = tagKind(el.tagName);
    if (kind === SKIPPED || hasHiddenAttribute(el)) continue;
    if (kind === BREAK) {
      joinInto(top, '', true, true);
      continue;
    }
    const first = el.firstChild;
    // an element with nothing in it (a picture, a field, an icon's empty box) adds no text
    if (!first) continue;
    const known = cache?.get(el);
    if (known !== undefined) {
      append(top, kind === BLOCK, known);
      continue;
    }
    // (the frame below already holds the next sibling, read once, as the walk resumes there)
    top = enter(el, first, kind === BLOCK);
  }
}

/** Visible text of `el` with the text of links counted apart, for link density. */
export function linkTextLength(el: Element): number {
  return textLengthOf(el.getElementsByTagName('a'));
}

export function linkDensity(el: Element, text = visibleText(el)): number {
  return linkDensityOf(el.getElementsByTagName('a'), text);
}

/** linkDensity for a block whose links (all its <a>, in document order) are already at hand. */
export function linkDensityOf(links: ArrayLike<Element>, text: string): number {
  return text.length ? Math.min(1, textLengthOf(links) / text.length) : 0;
}

function textLengthOf(els: ArrayLike<Element>): number {
  let n = 0;
  for (let i = 0; i < els.length; i++) n += visibleText(els[i]).length;
  return n;
}

/**
 * The number of runs of letters and digits in `s`, as /[\p{L}\p{N}]+/gu counts them, without
 * building the list of words: a loop over the characters with ASCII decided inline, and Unicode's
 * answer for any other character of the Basic Multilingual Plane asked once and kept.
 */
export function wordCount(s: string): number {
  return wordsUpTo(s, Infinity);
}

/**
 * wordCount(s), counted only as far as telling whether it is more than `most`: the count, or
 * `most + 1` when there are more (a rule that only compares a long text's words with a bound need
 * not read past it).
 */
export function wordsUpTo(s: string, most: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let w: boolean;
    if (c < 128) {
      const lower = c | 32;
      w = (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
    } else {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      w = isWordCodePoint(cp);
    }
    if (w && !inWord && ++n > most) return n;
    inWord = w;
  }
  return n;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const isWordBmp = bmpCharTest(WORD_CHAR);

function isWordCodePoint(cp: number): boolean {
  return cp > 0xffff ? WORD_CHAR.test(String.fromCodePoint(cp)) : isWordBmp(cp);
}
