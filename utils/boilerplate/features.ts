import { analysisCache, remembered } from '../dom/analysis-cache';
import { ancestorsOf } from '../dom/ancestors';
import {
  BLOCK_TAGS,
  collapseSpace,
  isSkippedElement,
  linkDensityOf,
  visibleText,
  wordCount,
  wordsUpTo,
} from '../dom/text';
import { elementsIn, nextInSubtree } from '../dom/subtree';

// What the classifier looks at for one element, computed once. Class names and ids go in as
// tokens ("td-post-sharing" → td, post, sharing), because hashed names ("h2w8-box") carry nothing
// and the decision must then rest on text, links and forms.

export interface BlockFeatures {
  el: Element;
  tag: string;
  text: string;
  words: number;
  linkDensity: number;
  links: HTMLAnchorElement[];
  /** The block's own label: its first heading, or a short first line. */
  heading: string;
  /** class/id/role/aria-label/data-* values, split into lowercase tokens, plus the whole names. */
  tokens: Set<string>;
  role: string;
  hasEmailInput: boolean;
  hasForm: boolean;
  /** A free-text box: a comment (or contact) form, not a sign-up. */
  hasTextarea: boolean;
  buttons: string[];
  iframes: number;
  images: number;
  fixed: boolean;
  nosnippet: boolean;
  ariaHidden: boolean;
  /** Repeated siblings with the same shape (a teaser list), as a share of children. */
  repetition: number;
}

/**
 * Whether `f` has more than `n` words. A split weighs each part by whether it has more than a few
 * words, and a part that never becomes a region of its own (most parts of a container left whole)
 * had its whole text's words counted for that alone.
 */
export function wordsExceed(f: BlockFeatures, n: number): boolean {
  return f instanceof Features ? f.wordsExceed(n) : f.words > n;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);

/** The first heading near the top of `el`, by a bounded walk (selector engines are slow here). */
function firstHeading(el: Element): Element | null {
  // walked node by node, as far as asked: most blocks asked are paragraphs with an element or two
  // inside, or none, for which a collection was made only to find it empty
  let e = el.firstElementChild;
  for (let i = 0; i < HEADING_SEARCH_ELEMENTS && e; i++, e = nextInSubtree(e, el))
    if (HEADING_TAGS.has(e.tagName) || e.getAttribute('role') === 'heading') return e;
  return null;
}
/** How many of a block's first elements may hold its heading (a label further down is not one). */
const HEADING_SEARCH_ELEMENTS = 60;

const FEATURES = {};

/**
 * The features of `el`, computed once per analysis: the outer pass looks at a region, then at each
 * of its parts to decide whether to split it, then at each part again as a region of its own.
 * `text` is always the element's visible text, and `words` its word count when the caller has
 * counted them already, so neither needs a place in the key.
 */
export function blockFeatures(el: Element, text?: string, words?: number): BlockFeatures {
  return remembered(FEATURES, el, () => new Features(el, text ?? visibleText(el), words));
}

/**
 * A block's features, each found when first asked for, and kept. A third of the blocks whose
 * features are looked at are never classified (a line a rule names first, a part too short to weigh
 * in a split), and a container that is split into its parts is asked only its tag, role and tokens:
 * its words and links, which walk its whole subtree (a page wrapper's thousands of nodes, at every
 * level of nesting), are never read. Counting forms, fields and frames walks the whole block too,
 * and the classifier asks for some only of small or empty blocks, or of forms.
 */
class Features implements BlockFeatures {
  readonly tag: string;
  // each lazy feature, undefined until asked for (every field set here, so all blocks share one shape)
  private _words: number | undefined = undefined;
  /** The largest bound the block's words are known to exceed (-1: none known). */
  private _exceeded = -1;
  private _linkDensity: number | undefined = undefined;
  private _links: HTMLAnchorElement[] | undefined = undefined;
  private _heading: string | undefined = undefined;
  private _tokens: Set<string> | undefined = undefined;
  private _role: string | undefined = undefined;
  private _formBits: number | undefined = undefined;
  private _hasForm: boolean | undefined = undefined;
  private _hasTextarea: boolean | undefined = undefined;
  private _buttons: string[] | undefined = undefined;
  private _iframes: number | undefined = undefined;
  private _images: number | undefined = undefined;
  private _fixed: boolean | undefined = undefined;
  private _nosnippet: boolean | undefined = undefined;
  private _ariaHidden: boolean | undefined = undefined;
  private _repetition: number | undefined = undefined;

  constructor(
    readonly el: Element,
    readonly text: string,
    words?: number,
  ) {
    this.tag = el.tagName.toLowerCase();
    this._words = words;
  }

  get words(): number {
    return (this._words ??= wordCount(this.text));
  }
  /**
   * Whether the block has more than `n` words: counted only up to n + 1 while no rule has asked for
   * all. A count that reached the end of the text before the bound is all the words, and a bound
   * found exceeded answers any lower one: most blocks are asked against several bounds, and a short
   * one was counted again for each.
   */
  wordsExceed(n: number): boolean {
    if (this._words !== undefined) return this._words > n;
    if (n <= this._exceeded) return true;
    const count = wordsUpTo(this.text, n);
    if (count > n) this._exceeded = n;
    else this._words = count;
    return count > n;
  }
  get links(): HTMLAnchorElement[] {
    return (this._links ??= Array.from(elementsIn(this.el, 'a')));
  }
  get linkDensity(): number {
    return (this._linkDensity ??= linkDensityOf(this.links, this.text));
  }

  get heading(): string {
    return (this._heading ??= headingOf(this.el, this.text));
  }
  get tokens(): Set<string> {
    return (this._tokens ??= tokensOf(this.el));
  }
  get role(): string {
    return (this._role ??= (this.el.getAttribute('role') ?? '').toLowerCase());
  }
  get hasEmailInput(): boolean {
    return (this.formBits & EMAIL_BIT) !== 0;
  }
  get hasForm(): boolean {
    return (this._hasForm ??= this.el.tagName === 'FORM' || (this.formBits & FORM_BIT) !== 0);
  }
  get hasTextarea(): boolean {
    return (this._hasTextarea ??= formBits(this.el, TEXTAREA_BIT) !== 0);
  }
  private get formBits(): number {
    return (this._formBits ??= formBits(this.el, EMAIL_BIT | FORM_BIT));
  }
  get buttons(): string[] {
    return (this._buttons ??= [
      ...Array.from(this.el.getElementsByTagName('button')),
      ...this.el.querySelectorAll('input[type=submit],[role=button]'),
    ]
      .map((b) => collapseSpace(b.textContent || b.getAttribute('value') || ''))
      .filter(Boolean));
  }
  get iframes(): number {
    return (this._iframes ??= elementsIn(this.el, 'iframe').length);
  }
  get images(): number {
    return (this._images ??= this.el.getElementsByTagName('img').length);
  }
  get fixed(): boolean {
    return (this._fixed ??= /position\s*:\s*(fixed|sticky)/.test((this.el.getAttribute('style') ?? '').toLowerCase()));
  }
  get nosnippet(): boolean {
    return (this._nosnippet ??= this.el.hasAttribute('data-nosnippet'));
  }
  get ariaHidden(): boolean {
    return (this._ariaHidden ??= this.el.getAttribute('aria-hidden') === 'true');
  }
  get repetition(): number {
    return (this._repetition ??= repetitionOf(this.el));
  }
}

const isEmailInput = (i: Element) =>
  /email/i.test(`${i.getAttribute('type')} ${i.getAttribute('name')} ${i.getAttribute('placeholder')} ${i.id}`);

const EMAIL_BIT = 1;
const FORM_BIT = 2;
const TEXTAREA_BIT = 4;
/** The parts of a form the classifier asks about: a tag, which of its elements count, and its bit. */
const FORM_PARTS_LIST = [
  { bit: EMAIL_BIT, tag: 'input', which: isEmailInput },
  { bit: FORM_BIT, tag: 'form', which: null },
  { bit: TEXTAREA_BIT, tag: 'textarea', which: null },
] as const;

const FORM_HOLDERS = {};
/** Past this many of a tag in the page, the block's own subtree is walked instead. */
const MAX_LISTED = 64;

/**
 * The page's holders of form parts: each element that holds one, with the parts it holds (as
 * bits); the parts listed so far; and those too many in the page to list, for which each block is
 * walked instead.
 */
interface FormHolders {
  holders: Map<Element, number>;
  listed: number;
  unlisted: number;
}

/**
 * Which of the form parts `asked` (as bits) `el` holds. The classifier asks this of every block,
 * and each answer walked the block's whole subtree (a page wrapper's thousands of nodes, three
 * times over), while a page has a few forms and fields at most: within an analysis, the ancestors
 * of the page's own few are listed once, and a block holds one when it is among them (asking each
 * whether the block contains it cost as many calls into the DOM per block, nested blocks asking
 * again). A form and an e-mail field, asked of every block, are answered by one look-up: each was a
 * look-up of the page, its cache and the part's. (A text box is asked only of a block with a form,
 * and the page's are listed only then.)
 */
function formBits(el: Element, asked: number): number {
  const page = formHoldersIn(el.getRootNode(), asked);
  if (!page) return walkedFormBits(el, asked);
  const bits = (page.holders.get(el) ?? 0) & asked;
  return page.unlisted & asked ? bits | walkedFormBits(el, page.unlisted & asked) : bits;
}

/** The parts among `asked` (bits) that `el`'s subtree holds, by walking it. */
function walkedFormBits(el: Element, asked: number): number {
  let bits = 0;
  for (const { bit, tag, which } of FORM_PARTS_LIST) {
    if (!(asked & bit)) continue;
    const all = el.getElementsByTagName(tag);
    for (let i = 0; i < all.length; i++)
      if (!which || which(all[i])) {
        bits |= bit;
        break;
      }
  }
  return bits;
}

/** The holders of form parts in the tree under `root`, with those of `asked` listed, kept for the analysis; null outside one. */
function formHoldersIn(root: Node, asked: number): FormHolders | null {
  const cache = analysisCache<Node, FormHolders>(FORM_HOLDERS);
  if (!cache) return null;
  let page = cache.get(root);
  if (!page) cache.set(root, (page = { holders: new Map(), listed: 0, unlisted: 0 }));
  if ((page.listed & asked) !== asked) listFormHolders(root, page, asked & ~page.listed);
  return page;
}

function listFormHolders(root: Node, page: FormHolders, asked: number): void {
  for (const { bit, tag, which } of FORM_PARTS_LIST) {
    if (!(asked & bit)) continue;
    page.listed |= bit;
    // a page's or a detached tree's root; a fragment has no getElementsByTagName (slower selector)
    const all = Array.from(
      'getElementsByTagName' in root
        ? (root as Element).getElementsByTagName(tag)
        : (root as ParentNode).querySelectorAll(tag),
    );
    if (all.length > MAX_LISTED) {
      page.unlisted |= bit;
      continue;
    }
    for (const a of ancestorsOf(which ? all.filter(which) : all)) page.holders.set(a, (page.holders.get(a) ?? 0) | bit);
  }
}

const TOKENS = {};

/** Class, id, role and label tokens of `el` (kept for the analysis: several rules ask for them). */
export function tokensOf(el: Element): Set<string> {
  return remembered(TOKENS, el, () => computeTokens(el));
}

/** The attributes whose values are an element's tokens, in the order their values are joined. */
const TOKEN_ATTRIBUTES = [
  'class',
  'id',
  'role',
  'aria-label',
  'itemprop',
  'data-block',
  'data-component',
  'data-module',
  'data-testid',
];

/**
 * The attribute values `tokensOf` splits into tokens, joined by spaces. Every token is a piece of
 * this text, lower-cased: a word missing from it, lower-cased, is none of the element's tokens.
 */
export function tokenSource(el: Element): string {
  // many elements (paragraphs, list items, emphasis) carry no attribute: nothing to read nine times
  if (!el.hasAttributes()) return '';
  // the rest carry one to three (a class, an href): their names are listed once and only the
  // values of those among the nine are read, where reading all nine cost nine calls into the DOM
  const names = el.getAttributeNames();
  const values: string[] = [];
  for (const name of TOKEN_ATTRIBUTES) {
    if (!names.includes(name)) continue;
    const value = el.getAttribute(name);
    if (value) values.push(value);
  }
  return values.join(' ');
}

/**
 * Whether one of `tokens` (lower-case) is among the element's tokens. A token is a piece of the
 * lower-cased attribute text, so an element whose text holds none of them is answered without
 * splitting its names: most paragraphs and links asked whether they are a hover card or a caption.
 */
export function hasAnyToken(el: Element, tokens: readonly string[]): boolean {
  const source = tokenSource(el).toLowerCase();
  if (!tokens.some((t) => source.includes(t))) return false;
  const own = tokensOf(el);
  return tokens.some((t) => own.has(t));
}

/**
 * The tokens of each attribute text met, shared (read only) by the elements that carry the same
 * names: a page's paragraphs and list items repeat a few class names hundreds of times. They
 * depend on the text alone, so they are kept across analyses, up to a bound.
 */
const TOKENS_OF_SOURCE = new Map<string, Set<string>>();
const MAX_TOKEN_SOURCES = 5000;
const NO_TOKENS: Set<string> = new Set();

function computeTokens(el: Element): Set<string> {
  const source = tokenSource(el);
  if (!source) return NO_TOKENS;
  let tokens = TOKENS_OF_SOURCE.get(source);
  if (!tokens) {
    tokens = splitTokens(source);
    if (TOKENS_OF_SOURCE.size < MAX_TOKEN_SOURCES) TOKENS_OF_SOURCE.set(source, tokens);
  }
  return tokens;
}

function splitTokens(source: string): Set<string> {
  const out = new Set<string>();
  for (const name of source.split(/\s+/)) {
    if (!name) continue;
    const lower = name.toLowerCase();
    out.add(lower);
    for (const part of name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/))
      if (part) out.add(part);
  }
  return out;
}

function headingOf(el: Element, text: string): string {
  const h = firstHeading(el);
  if (h) {
    const t = visibleText(h);
    // only a heading near the top labels the whole block
    if (t && text.indexOf(t) <= 40) return t;
  }
  const first = firstLine(el);
  return first.length <= 60 ? first : '';
}

/** Whether one of `el`'s children is a block (asked without listing them: every level of every line). */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName)) return true;
  return false;
}

/** Text of the first block-level line (a label span, a title div). */
function firstLine(el: Element): string {
  let node: Element | null = el;
  // descend through wrappers to the first element whose own text starts the block
  for (let i = 0; i < 8 && node; i++) {
    let k: Element | null = node.firstElementChild;
    while (k && (isSkippedElement(k) || !visibleText(k))) k = k.nextElementSibling;
    if (!k) break;
    if (!BLOCK_TAGS.has(k.tagName) && !hasBlockChild(k)) {
      // inline first child: the label is this child's text if the parent has more after it
      return visibleText(k);
    }
    node = k;
  }
  return node ? visibleText(node) : '';
}

const REPETITION = {};

/** Kept for the analysis: asked of a wrapper when deciding whether to split it, then again of the
 * same element among its features when it is a region of its own. */
export function repetitionOf(el: Element): number {
  return remembered(REPETITION, el, () => computeRepetition(el));
}

/**
 * A class attribute's names in sorted order: siblings that list the same names in another order
 * have the same shape. Most carry one name or none, whose order needs no splitting and sorting;
 * the rest repeat a few lists on a page (every teaser of a list), each sorted once and kept, up to
 * a bound (it depends on the text alone, so across analyses).
 */
function classSignature(cls: string): string {
  if (!ANY_SPACE.test(cls)) return cls;
  let sig = SIGNATURES.get(cls);
  if (sig === undefined) {
    sig = cls.split(/\s+/).sort().join('.');
    if (SIGNATURES.size < MAX_SIGNATURES) SIGNATURES.set(cls, sig);
  }
  return sig;
}
const ANY_SPACE = /\s/;
const SIGNATURES = new Map<string, string>();
const MAX_SIGNATURES = 5000;

/**
 * The share of `el`'s shown children that have the most common shape (tag and class names), when
 * three or more share it. The children are counted as they are met, by tag then class names, where
 * listing them and naming each shape by a string built of both made an array and a string apiece.
 */
function computeRepetition(el: Element): number {
  // fewer than three children, shown or not: no three share a shape
  if (el.childElementCount < 3) return 0;
  const byTag = new Map<string, Map<string, number>>();
  let kids = 0;
  let top = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (isSkippedElement(c)) continue;
    kids++;
    let counts = byTag.get(c.tagName);
    if (!counts) byTag.set(c.tagName, (counts = new Map()));
    const sig = classSignature(c.getAttribute('class') ?? '');
    const n = (counts.get(sig) ?? 0) + 1;
    counts.set(sig, n);
    if (n > top) top = n;
  }
  if (kids < 3) return 0;
  return top >= 3 ? top / kids : 0;
}
