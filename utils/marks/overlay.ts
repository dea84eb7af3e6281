import type { LiveRefs, PageAnalysis, Quote } from '../types';
import { findQuoteRange, leftOutOf, type TextIndex } from './anchor';
import { createHoverCard, type CardHooks, type HoverCard } from './card';
import { samePlan, type Plan, type PlannedBox, type Rect } from './plan';
import { CATEGORY_LABELS, FURNITURE, HIGHLIGHT_NAME, HIGHLIGHT_REPORTED, highlightCss, OVERLAY_CSS } from './styles';

// Marks are drawn, never written into the page: one host element holds a shadow root with absolutely
// positioned boxes, and quotes are highlighted through the CSS Custom Highlight API (boxes in the
// overlay where that API is missing). No page element is restyled, wrapped or split, so the page's
// layout cannot shift and removing the host gives back the page's DOM exactly as it was.

export const HOST_TAG = 'verbatim-overlay';

export interface MarksOptions {
  document: Document;
  window: Window & typeof globalThis;
  analysis: PageAnalysis;
  /** The page elements the analysis was read from. */
  live: LiveRefs;
  /** What the hover card of a quote can do beyond naming speaker and date (Save). */
  card?: CardHooks;
  /**
   * The marks this drawing replaces (a redraw): removed once the new quotes are found, and their
   * quote highlight sheet left in the page when the new quotes need the very same one (see retire).
   */
  replacing?: MarksHandle | null;
}

export interface MarksHandle {
  readonly host: HTMLElement;
  /** Quote id → its live range, for quotes found in the page. */
  readonly ranges: ReadonlyMap<string, Range>;
  /** Recomputes every box from the live layout (after resizes, reflows, inner scrolling). */
  reposition(): void;
  /** Scrolls the quote into view and flashes it; false if it was not found in the page. */
  flash(quoteId: string): boolean;
  remove(): void;
}

// Inline `!important` outranks any page rule, even the page's own `!important` ones. Set through
// CSSOM, not a style attribute: a strict Content-Security-Policy (style-src without
// 'unsafe-inline') refuses style attributes and <style> elements, but not CSSOM or constructed sheets.
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'absolute'],
  ['left', '0'],
  ['top', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
  ['display', 'block'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
];
// One declaration block, parsed once per drawing rather than once per property; within it a later
// declaration of equal importance wins, so each property overrides what `all: initial` set.
const HOST_CSS = HOST_STYLE.map(([prop, value]) => `${prop}: ${value} !important;`).join(' ');

// Each sheet (the overlay's, the quote highlights') parsed once per document and text: the marks
// are drawn again on every re-analysis, a constructed sheet can be adopted by any number of shadow
// roots of the document that made it, and a redraw of the same quotes keeps the very highlight
// sheet in the page (retire).
const constructedSheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function constructedSheet(doc: Document, win: Window & typeof globalThis, css: string): CSSStyleSheet {
  let sheets = constructedSheets.get(doc);
  if (!sheets) constructedSheets.set(doc, (sheets = new Map()));
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** The overlay's stylesheet as a constructed sheet where the browser has them, else a <style>. */
function styleShadow(shadow: ShadowRoot, win: Window & typeof globalThis): Node[] {
  try {
    if (typeof win.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in shadow) {
      shadow.adoptedStyleSheets = [constructedSheet(shadow.ownerDocument, win, OVERLAY_CSS)];
      return [];
    }
  } catch {
    /* fall through to a <style> element */
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = OVERLAY_CSS;
  return [style];
}

const PAD = 4;

/**
 * Per document, a host with its style set and the two nodes of a box (a div and its tab), made once
 * and cloned for each drawing and each box. The host's declaration block starts with `all: initial`,
 * which the browser expands to every property: parsing it took 14 µs a drawing in Chromium, as long
 * as making two boxes, and a clone shares the parsed block (0.6 µs). (Cloning copies the style as it
 * is: no page Content-Security-Policy is asked again, any more than for the CSSOM writes that set it.)
 */
interface Templates {
  host: HTMLElement;
  box: HTMLElement;
}
const templates = new WeakMap<Document, Templates>();

function templatesFor(doc: Document): Templates {
  let made = templates.get(doc);
  if (!made) {
    const host = doc.createElement(HOST_TAG) as HTMLElement;
    host.style.cssText = HOST_CSS;
    host.setAttribute('aria-hidden', 'true');
    const box = doc.createElement('div');
    const tab = doc.createElement('span');
    tab.className = 'tab';
    box.append(tab);
    templates.set(doc, (made = { host, box }));
  }
  return made;
}

/**
 * How each drawing's marks are removed keeping their quote highlight sheet adopted when it is the
 * one given; true when it was kept.
 */
const removals = new WeakMap<MarksHandle, (keep: CSSStyleSheet | null) => boolean>();

/**
 * Removes the marks a redraw replaces, keeping their highlight sheet in the page when the new quotes
 * need the same one. A redraw (the page analysed again once it changed, the marks shown again) used
 * to take the sheet out and put it back in one task, with the new marks' layout read in between:
 * Chromium restyled the page twice for it, inside the redraw and in its next frame (0.4-1.1 ms and
 * 0.3-2 ms on the quote-heavy Scrapinghub pages, as much as the rest of the redraw), to paint the
 * quotes as before.
 */
function retire(previous: MarksHandle, sheet: CSSStyleSheet | null): boolean {
  const remove = removals.get(previous);
  if (remove) return remove(sheet);
  previous.remove();
  return false;
}

export function applyMarks({
  document: doc,
  window: win,
  analysis,
  live,
  card: hooks,
  replacing,
}: MarksOptions): MarksHandle {
  const made = templatesFor(doc);
  const host = made.host.cloneNode(false) as HTMLElement;
  const shadow = host.attachShadow({ mode: 'open' });
  const abs = doc.createElement('div');
  abs.className = 'layer';
  const fixed = doc.createElement('div');
  fixed.className = 'layer layer--fixed';
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  shadow.append(...styleShadow(shadow, win), abs, fixed, tip);

  const cache = new Map<Node, TextIndex>();
  const ranges = new Map<string, Range>();
  const quotesById = new Map<string, Quote>();
  const leftOut = leftOutOf(analysis, live);
  for (const q of analysis.isArticle ? analysis.quotes : []) {
    quotesById.set(q.id, q);
    const r = findQuoteRange(doc, live.mainElements, q, cache, leftOut);
    if (r) ranges.set(q.id, r);
  }

  /**
   * Quote rects in document coordinates, for hover and flashing; null until asked for. Where the
   * Highlight API draws the quotes, nothing needs them before the reader points at a quote or asks
   * for one, and reading them for every quote on every redraw was a fifth of the marks' layout reads.
   */
  let quoteRects: Map<string, Rect[]> | null = null;
  const rectsOfQuotes = () => (quoteRects ??= measureQuotes());

  const scrollX = () => win.scrollX || 0;
  const scrollY = () => win.scrollY || 0;
  const toDocAt =
    (sx: number, sy: number) =>
    (r: DOMRect | Rect): Rect => ({ left: r.left + sx, top: r.top + sy, width: r.width, height: r.height });

  /**
   * Whether `el` is drawn on the fixed layer: its nearest fixed or sticky ancestor (or itself)
   * decides. Blocks share most of their ancestors, so within one measurement the answer is kept
   * for every element on the way up (`known`), and the browser is asked each element's position once.
   */
  function isFixed(el: Element, known: Map<Element, boolean>): boolean {
    const path: Element[] = [];
    let answer = false;
    for (let e: Element | null = el; e && e !== doc.documentElement; e = e.parentElement) {
      const seen = known.get(e);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      path.push(e);
      const pos = win.getComputedStyle(e).position;
      if (pos === 'fixed' || pos === 'sticky') {
        answer = pos === 'fixed';
        break;
      }
    }
    for (const e of path) known.set(e, answer);
    return answer;
  }

  function box(
    rect: Rect,
    cls: string,
    label: string,
    category: string,
    layer: ParentNode,
    maxRight: number,
    placedTabs: Rect[],
  ) {
    const b = made.box.cloneNode(true) as HTMLElement;
    const tab = b.firstChild as HTMLElement;
    b.className = `box ${cls}`;
    b.setAttribute('data-category', category);
    b.setAttribute('data-label', label);
    // Padded so outlines do not touch the text, but kept inside the page so edges are not cut off.
    const l = Math.max(1, rect.left - PAD);
    const r = Math.min(maxRight, rect.left + rect.width + PAD);
    const t = Math.max(1, rect.top - PAD);
    rect = { left: l + PAD, top: t + PAD, width: r - l - 2 * PAD, height: rect.top + rect.height + PAD - t - 2 * PAD };
    // one declaration block parsed, not four (CSSOM, which a strict CSP allows, see HOST_STYLE)
    b.style.cssText = `left: ${l}px; top: ${t}px; width: ${Math.max(0, r - l)}px; height: ${rect.height + 2 * PAD}px;`;
    tab.textContent = label;
    // Tabs sit above the box's top edge; at the very top of the page, or when a neighbour's tab
    // already sits there, they move inside or along so no two labels overlap.
    const w = label.length * 6.6 + 18;
    const est: Rect = { left: rect.left + rect.width + PAD - w, top: rect.top - PAD - 18, width: w, height: 18 };
    if (est.top < 0) {
      tab.classList.add('tab--inside');
      est.top += 18;
    }
    // Tabs hang from the top-right corner, where ragged lines leave the most room; a tab that would
    // cover a neighbour's moves left of it.
    // (the tab where it would go is made once per try, not once per placed tab it is tried against)
    let shift = 0;
    let at: Rect = est;
    for (let guard = 0; guard < 8; guard++) {
      const hit = placedTabs.find((p) => overlaps(at, p));
      if (!hit) break;
      shift = est.left + est.width - hit.left + 4;
      at = { ...est, left: est.left - shift };
    }
    if (shift) tab.style.right = `${shift - 1}px`;
    placedTabs.push(at);
    layer.append(b);
  }

  // Every layout read (rects, computed styles, page width) comes before any write: reading after
  // a write makes the browser lay the page out again, once per box.
  // A redraw whose boxes would land where the last ones are is skipped: the resize observer reports
  // every observed element once in the frame after the first drawing, and a page's `load` and font
  // events often move nothing. (The quotes' rects are let go all the same, to be measured again
  // when asked: the text inside an unmoved box may have wrapped anew.)
  let drawn: Plan | null = null;
  function reposition() {
    const plan = measure(!highlight);
    if (drawn && samePlan(drawn, plan)) quoteRects = plan.quoteRects;
    else draw(plan);
  }

  /** `quoteBoxes`: whether the quotes are drawn as boxes (no Highlight API), so their rects are needed now. */
  function measure(quoteBoxes: boolean): Plan {
    const toDoc = toDocAt(scrollX(), scrollY());
    const maxRightAbs = Math.max(doc.documentElement.scrollWidth, win.innerWidth) - 1;
    const maxRightFixed = win.innerWidth - 1;
    const planned: PlannedBox[] = [];
    const fixedness = new Map<Element, boolean>();

    const mainEls = live.mainElements.filter((e) => e?.isConnected);
    if (analysis.isArticle && mainEls.length) {
      const u = union(mainEls.map((e) => e.getBoundingClientRect()).filter(visible));
      if (u) planned.push({ rect: toDoc(u), cls: 'box--main', label: 'Article', category: 'main', fixed: false });
    }
    for (const [i, block] of (analysis.isArticle ? analysis.blocks : []).entries()) {
      const el = live.blockElements[i];
      if (!el?.isConnected) continue;
      const r = el.getBoundingClientRect();
      if (!visible(r)) continue;
      const label = block.label || CATEGORY_LABELS[block.category] || 'Boilerplate';
      const cls = FURNITURE.has(block.category) ? 'box--furniture' : 'box--clutter';
      const onFixedLayer = isFixed(el, fixedness);
      planned.push({ rect: onFixedLayer ? r : toDoc(r), cls, label, category: block.category, fixed: onFixedLayer });
    }
    return { boxes: planned, quoteRects: quoteBoxes ? measureQuotes() : null, maxRightAbs, maxRightFixed };
  }

  function measureQuotes(): Map<string, Rect[]> {
    const toDoc = toDocAt(scrollX(), scrollY());
    const rects = new Map<string, Rect[]>();
    for (const [id, range] of ranges) {
      if (typeof range.getClientRects !== 'function') continue;
      rects.set(id, Array.from(range.getClientRects()).filter(visible).map(toDoc));
    }
    return rects;
  }

  function draw(plan: Plan) {
    const { boxes: planned, quoteRects: nextQuoteRects, maxRightAbs, maxRightFixed } = plan;
    drawn = plan;
    // writes: built off-document, then put in place at once
    const absBoxes = doc.createDocumentFragment();
    const fixedBoxes = doc.createDocumentFragment();
    const placedAbs: Rect[] = [];
    const placedFixed: Rect[] = [];
    for (const p of planned) {
      if (p.fixed) box(p.rect, p.cls, p.label, p.category, fixedBoxes, maxRightFixed, placedFixed);
      else box(p.rect, p.cls, p.label, p.category, absBoxes, maxRightAbs, placedAbs);
    }
    quoteRects = nextQuoteRects;
    if (!highlight) {
      for (const [id, rects] of rectsOfQuotes()) {
        for (const r of rects) {
          const h = doc.createElement('div');
          h.className = quotesById.get(id)!.kind === 'indirect' ? 'hl hl--reported' : 'hl';
          h.dataset.quote = id;
          Object.assign(h.style, {
            left: `${r.left}px`,
            top: `${r.top}px`,
            width: `${r.width}px`,
            height: `${r.height}px`,
          });
          absBoxes.append(h);
        }
      }
    }
    abs.replaceChildren(absBoxes);
    fixed.replaceChildren(fixedBoxes);
  }

  // Layout changes (fonts, images, responsive reflow) move the page under the boxes.
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      reposition();
    });
  };
  const onScroll = (e: Event) => {
    // Window scrolling moves boxes with the page already; only inner scrollers need a redraw.
    if (e.target !== doc && e.target !== doc.documentElement) schedule();
  };
  win.addEventListener('resize', schedule, { passive: true });
  win.addEventListener('load', schedule, { passive: true });
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const ro = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(schedule) : null;
  if (ro) {
    ro.observe(doc.documentElement);
    if (doc.body) ro.observe(doc.body);
  }
  // Web fonts that finish loading later reflow the text under the boxes. An event, not
  // `fonts.ready`: reading that property makes the browser restyle and lay out the page at once.
  doc.fonts?.addEventListener?.('loadingdone', schedule);

  // Hovering a quote shows who said it and when (card.ts). The overlay never takes pointer events
  // (the reader must still select and click the page), so hovering is a hit test against the rects.
  // The card is made on the first hover of a quote: most marks are never hovered, and its
  // listeners (touchstart among them) cost the page an event-handler update on every redraw.
  let hoverCard: HoverCard | null = null;
  const onMove = (e: MouseEvent) => {
    const x = e.clientX + scrollX();
    const y = e.clientY + scrollY();
    let found: Quote | null = null;
    for (const [id, rects] of rectsOfQuotes()) {
      if (rects.some((r) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height)) {
        found = quotesById.get(id)!;
        break;
      }
    }
    if (found) hoverCard ??= createHoverCard(tip, win, analysis.metadata, hooks);
    hoverCard?.pointer(e, found);
  };
  doc.addEventListener('mousemove', onMove, { passive: true, capture: true });

  const byKind = (reported: boolean) =>
    [...ranges].filter(([id]) => (quotesById.get(id)!.kind === 'indirect') === reported).map(([, r]) => r);
  const groups = { [HIGHLIGHT_NAME]: byKind(false), [HIGHLIGHT_REPORTED]: byKind(true) };
  const sheet = highlightSheet(doc, win, groups);
  const kept = replacing ? retire(replacing, sheet) : false;
  // The first layout is read before the overlay and the highlight sheet go in: each of those
  // invalidates the page's style, and reading after them would make the browser restyle and lay
  // out the whole page synchronously, inside this task, instead of once in its next frame.
  const firstPlan = measure(!canHighlight(win));
  // After <body>, not inside it: page scripts and selectors that walk the body never meet it.
  doc.documentElement.appendChild(host);
  const highlight = installHighlight(doc, win, groups, sheet, kept);
  draw(firstPlan);

  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let removed = false;
  const removeKeeping = (keep: CSSStyleSheet | null): boolean => {
    if (removed) return false;
    removed = true;
    clearTimeout(flashTimer);
    if (frame) win.cancelAnimationFrame(frame);
    win.removeEventListener('resize', schedule);
    win.removeEventListener('load', schedule);
    doc.removeEventListener('scroll', onScroll, { capture: true });
    doc.removeEventListener('mousemove', onMove, { capture: true });
    hoverCard?.dispose();
    doc.fonts?.removeEventListener?.('loadingdone', schedule);
    ro?.disconnect();
    const keptSheet = highlight?.remove(keep) ?? false;
    host.remove();
    return keptSheet;
  };
  const handle: MarksHandle = {
    host,
    ranges,
    reposition,
    flash(quoteId) {
      const range = ranges.get(quoteId);
      if (!range) return false;
      const target = range.startContainer.parentElement;
      const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      target?.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      reposition();
      abs.querySelectorAll('.flash').forEach((f) => f.remove());
      for (const r of rectsOfQuotes().get(quoteId) ?? []) {
        const f = doc.createElement('div');
        f.className = 'flash';
        f.dataset.quote = quoteId;
        Object.assign(f.style, {
          left: `${r.left - 2}px`,
          top: `${r.top - 1}px`,
          width: `${r.width + 4}px`,
          height: `${r.height + 2}px`,
        });
        abs.append(f);
      }
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => abs.querySelectorAll('.flash').forEach((f) => f.remove()), 2200);
      return true;
    },
    remove() {
      removeKeeping(null);
    },
  };
  removals.set(handle, removeKeeping);
  return handle;
}

interface HighlightHandle {
  /** Unregisters the quotes; true when `keep` is this drawing's sheet, left adopted for the next. */
  remove(keep?: CSSStyleSheet | null): boolean;
}

type HighlightWindow = Window &
  typeof globalThis & {
    Highlight?: new (...r: Range[]) => unknown;
    CSS?: { highlights?: Map<string, unknown>; escape?: (ident: string) => string };
  };

/** Whether the browser has the Custom Highlight API (and constructed sheets for its styles). */
function canHighlight(win: Window & typeof globalThis): boolean {
  const w = win as HighlightWindow;
  return !!w.CSS?.highlights && typeof w.Highlight === 'function' && typeof w.CSSStyleSheet === 'function';
}

/**
 * The tags of the elements that hold each quote whole (its range's common ancestor), as a selector
 * list; empty (every element) where that cannot be told. Adopting a sheet whose rules match every
 * element makes Chromium restyle the whole page in its next frame (4.5 ms at the median of 26
 * Scrapinghub pages with quotes, 9 times the marks' own time); on these tags (mostly just "p") it
 * restyles those elements alone (0.6 ms), and the quotes are painted the same, pixel for pixel.
 * Not in Firefox (its content scripts see the page through an Xray): its highlight cascade is not
 * checked here, so its quotes keep the rules that match every element.
 */
function originatingTags(doc: Document, win: HighlightWindow, groups: Record<string, Range[]>): string {
  if (pageSideOf(doc)) return '';
  const escape = win.CSS?.escape;
  if (typeof escape !== 'function') return '';
  const tags = new Set<string>();
  for (const ranges of Object.values(groups))
    for (const r of ranges) {
      const c = r.commonAncestorContainer;
      const el = c.nodeType === 1 ? (c as Element) : c.parentElement;
      if (!el) return '';
      tags.add(el.localName);
    }
  return [...tags].map((t) => escape(t)).join(', ');
}

/**
 * The sheet that styles these quote highlights; null where the Highlight API is missing or failed,
 * and where no quote was found in the page: then nothing is registered, and adopting the sheet
 * would make the browser restyle every element of the page in its next frame (a ::highlight rule
 * matches them all: 3-4 ms at the median Scrapinghub page, several times the marks' own time) to
 * paint nothing.
 */
function highlightSheet(
  doc: Document,
  win: Window & typeof globalThis,
  groups: Record<string, Range[]>,
): CSSStyleSheet | null {
  if (!canHighlight(win) || Object.values(groups).every((ranges) => !ranges.length)) return null;
  try {
    return constructedSheet(doc, win, highlightCss(originatingTags(doc, win as HighlightWindow, groups)));
  } catch {
    return null;
  }
}

/**
 * Registers the quote ranges with the Custom Highlight API and adopts their sheet (unless `adopted`:
 * the marks this drawing replaced left it in); null where the API is missing or failed.
 */
function installHighlight(
  doc: Document,
  win: Window & typeof globalThis,
  groups: Record<string, Range[]>,
  sheet: CSSStyleSheet | null,
  adopted: boolean,
): HighlightHandle | null {
  const w = win as HighlightWindow;
  const registry = w.CSS?.highlights;
  if (!registry || !canHighlight(win)) return null;
  if (Object.values(groups).every((ranges) => !ranges.length)) return { remove: () => false };
  if (!sheet) return null;
  let unadopt: (() => void) | null = null;
  try {
    unadopt = adoptSheet(doc, win, sheet, adopted);
    for (const [name, ranges] of Object.entries(groups)) registry.set(name, new w.Highlight(...ranges));
    const taken = unadopt;
    return {
      remove(keep) {
        for (const name of Object.keys(groups)) registry.delete(name);
        if (keep === sheet) return true;
        taken();
        return false;
      },
    };
  } catch {
    unadopt?.();
    return null;
  }
}

type CloneInto = (value: unknown, target: Window, options: { wrapReflectors: boolean }) => unknown;

/** The page's own document behind a Firefox content script's Xray view of it; undefined elsewhere. */
function pageSideOf(doc: Document): Document | undefined {
  return (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject;
}

/**
 * Adds a sheet to the document's adopted sheets and returns how to take it out again. Firefox shows
 * a content script the page's `adoptedStyleSheets` through an Xray that can be neither read nor
 * spread, so there the page's own list is read (`wrappedJSObject`) and a page-side copy assigned
 * (`cloneInto`); without that the quote highlights silently fell back to drawn boxes.
 */
function adoptSheet(doc: Document, win: Window, sheet: CSSStyleSheet, adopted = false): () => void {
  const pageDoc = pageSideOf(doc);
  const cloneInto = (globalThis as { cloneInto?: CloneInto }).cloneInto;
  const target = pageDoc && cloneInto ? pageDoc : doc;
  const assign = (sheets: CSSStyleSheet[]) => {
    target.adoptedStyleSheets = (
      target === doc ? sheets : cloneInto!(sheets, win, { wrapReflectors: true })
    ) as CSSStyleSheet[];
  };
  const ours = (s: CSSStyleSheet) => s === sheet || s.cssRules[0]?.cssText === sheet.cssRules[0]?.cssText;
  if (!adopted) assign([...target.adoptedStyleSheets, sheet]);
  return () => assign([...target.adoptedStyleSheets].filter((s) => !ours(s)));
}

function visible(r: DOMRect | Rect): boolean {
  return r.width > 0 && r.height > 0;
}

function union(rects: (DOMRect | Rect)[]): Rect | null {
  if (!rects.length) return null;
  let l = Infinity,
    t = Infinity,
    r = -Infinity,
    b = -Infinity;
  for (const x of rects) {
    l = Math.min(l, x.left);
    t = Math.min(t, x.top);
    r = Math.max(r, x.left + x.width);
    b = Math.max(b, x.top + x.height);
  }
  return { left: l, top: t, width: r - l, height: b - t };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
