import type { BlockCategory, BoilerplateBlock } from '../types';
import { isSkippedElement, visibleText } from '../dom/text';
import { blockFeatures } from './features';
import { classify, type Classification, type ClassifyContext } from './classify';
import { labelFor } from './labels';

// Two passes. Inside Readability's result we look for the boilerplate it keeps (appeals, ad
// labels, captions) and must be strict: a false hit deletes article text. Around the body we cut
// the rest of the page into blocks (a whole sidebar split into its widgets, a footer, a cookie
// bar) and name each; there a block is boilerplate by definition and only its kind is in doubt.

export interface FlaggedElement {
  el: Element;
  classification: Classification;
  category: BlockCategory;
}

const INSIDE_MIN_SCORE = 3;
const OUTSIDE_MIN_SCORE = 2;

const RELATED_LINE = /^(read|see) (more|also)\b|^related( (stories|articles|coverage|content|news))?\s*:|^(also read|recommended|more on this|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lee también|leggi anche|читайте также|смотрите также|по теме)\b/i;

/** Boilerplate inside Readability's article element (clone nodes). */
export function findInnerBoilerplate(article: Element): FlaggedElement[] {
  const total = visibleText(article).length || 1;
  const out: FlaggedElement[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (isSkippedElement(child)) continue;
      const text = visibleText(child);
      if (!text && child.tagName !== 'FIGURE') continue;
      const flagged = inspectInner(child, text, total);
      if (flagged) out.push(flagged);
      else visit(child);
    }
  };
  visit(article);
  return out;
}

function inspectInner(el: Element, text: string, total: number): FlaggedElement | null {
  if (el.tagName === 'FIGCAPTION') return text ? { el, category: 'other', classification: { category: 'other', score: 3, cues: ['figcaption'], scores: {} } } : null;
  // a block holding much of the article is a container to look into, not a candidate
  if (text.length > 0.4 * total && text.length > 400) return null;
  const f = blockFeatures(el, text);
  const c = classify(f, { inArticle: true, afterMain: false, beforeMain: false });
  if (f.words <= 12 && RELATED_LINE.test(text) && f.linkDensity > 0.4) return { el, category: 'related', classification: { ...c, category: 'related', cues: ['line:related'] } };
  if (c.score < INSIDE_MIN_SCORE || c.category === 'other' || c.category === 'nav' || c.category === 'footer' || c.category === 'sidebar') {
    return null;
  }
  // vocabulary alone must be backed by a label, a form, links of the kind or a class hint,
  // unless the block is short: one sentence mentioning "donate" is reporting, not an appeal
  const strong = c.cues.some((q) => /^(heading|form|links|class|button|iframe|line)/.test(q));
  if (!strong && f.words > 60) return null;
  if (c.category === 'author-bio' && !c.cues.some((q) => q.startsWith('text:') || q.startsWith('heading:'))) return null;
  return { el, category: c.category, classification: c };
}

export interface OuterContext {
  /** Original elements that are main body, and every ancestor of one. */
  mainSet: Set<Element>;
  ancestorSet: Set<Element>;
  firstMain: Element | null;
  lastMain: Element | null;
  /** Elements already flagged (inner boilerplate mapped to the original). */
  flagged: Set<Element>;
  /** The article headline, so its header is not called boilerplate. */
  title: string | null;
}

export function findOuterBlocks(doc: Document, ctx: OuterContext): { el: Element; category: BlockCategory; classification: Classification }[] {
  const out: { el: Element; category: BlockCategory; classification: Classification }[] = [];
  const body = doc.body;
  if (!body) return out;
  const visit = (el: Element, landmark: BlockCategory | null, inArticle: boolean) => {
    for (const child of Array.from(el.children)) {
      if (isSkippedElement(child) || ctx.flagged.has(child) || coveredByFlagged(child, ctx.flagged)) continue;
      if (ctx.mainSet.has(child) || ctx.ancestorSet.has(child)) {
        visit(child, landmark, inArticle || child.tagName === 'ARTICLE' || ctx.ancestorSet.has(child) && child !== body && isArticleContainer(child, ctx));
      } else region(child, landmark, inArticle, out, ctx, 0);
    }
  };
  visit(body, null, false);
  return out;
}

/** A wrapper around an element already flagged inside the body (Readability kept the inner part). */
function coveredByFlagged(el: Element, flagged: Set<Element>): boolean {
  for (const f of flagged) {
    if (el.contains(f)) {
      const t = visibleText(el).length;
      return t > 0 && visibleText(f).length >= 0.8 * t;
    }
  }
  return false;
}

function isArticleContainer(el: Element, ctx: OuterContext): boolean {
  // the nearest common ancestor of the first and last paragraph and anything below it
  return !!ctx.firstMain && !!ctx.lastMain && el.contains(ctx.firstMain) && el.contains(ctx.lastMain) && !Array.from(el.children).some((c) => c.contains(ctx.firstMain!) && c.contains(ctx.lastMain!));
}

function region(
  el: Element,
  landmark: BlockCategory | null,
  inArticle: boolean,
  out: { el: Element; category: BlockCategory; classification: Classification }[],
  ctx: OuterContext,
  depth: number,
  confidentOnly = false,
): void {
  const text = visibleText(el);
  const f = blockFeatures(el, text);
  if (!text && f.iframes === 0 && !(f.images > 0 && /\bads?\b|advert|banner|sponsor/i.test([...f.tokens].join(' ')))) return;
  if (isArticleHeader(el, text, ctx)) {
    // the headline's wrapper may still hold a share bar or a tag list: look inside it, but the
    // headline, byline and dateline themselves are the article's, not clutter
    for (const child of Array.from(el.children)) if (!isSkippedElement(child)) region(child, landmark, inArticle, out, ctx, depth + 1, true);
    return;
  }
  const cctx: ClassifyContext = { inArticle, afterMain: follows(el, ctx.lastMain), beforeMain: precedes(el, ctx.firstMain) };
  const c = classify(f, cctx);
  const strongLandmark = c.cues.some((q) => q === 'landmark:nav' || q === 'landmark:footer' || q === 'landmark:header') && c.score >= 3;
  const parts = strongLandmark || depth > 6 ? null : splitParts(el, cctx);
  if (parts) {
    const inner: BlockCategory | null = landmarkOf(f, inArticle) ?? landmark;
    for (const p of parts) region(p, inner, inArticle, out, ctx, depth + 1);
    return;
  }
  if (f.tag === 'figure' || (f.tag !== 'body' && el.querySelector('figcaption') && f.words < 60)) {
    if (!confidentOnly && f.words > 0) out.push({ el, category: 'other', classification: { ...c, category: 'other', cues: ['figcaption'] } });
    return;
  }
  if (confidentOnly && (c.score < INSIDE_MIN_SCORE || c.category === 'other' || c.category === 'author-bio')) return;
  let category: BlockCategory = c.score >= OUTSIDE_MIN_SCORE ? c.category : (landmark ?? 'other');
  if (category === 'author-bio' && f.words < 15 && !c.cues.some((q) => q.startsWith('text:') || q.startsWith('heading:'))) return; // a byline
  if (landmark === 'sidebar' && (category === 'related' || category === 'other')) category = 'sidebar';
  if (category === 'other' && f.words < 3 && !f.iframes) return; // stray labels and icons
  out.push({ el, category, classification: { ...c, category } });
}

/** The kind of page region a container is by its landmark cues alone (not its contents). */
function landmarkOf(f: ReturnType<typeof blockFeatures>, inArticle: boolean): BlockCategory | null {
  if (f.tag === 'aside' || f.role === 'complementary' || ['sidebar', 'side', 'rail', 'rightrail', 'right-rail', 'secondary', 'widget-area', 'sidecol'].some((t) => f.tokens.has(t))) return 'sidebar';
  if (!inArticle && (f.tag === 'footer' || f.role === 'contentinfo' || f.tokens.has('footer'))) return 'footer';
  if (!inArticle && (f.tag === 'header' || f.tag === 'nav' || f.role === 'banner' || f.role === 'navigation' || f.tokens.has('header'))) return 'nav';
  return null;
}

/**
 * A container of several widgets (a sidebar holding "Most read" and a newsletter box, an article
 * footer holding tags, share buttons and an author bio) is split into them. A list of similar
 * items (a teaser list) is not split.
 */
function splitParts(el: Element, cctx: ClassifyContext): Element[] | null {
  let node = el;
  for (let i = 0; i < 10; i++) {
    const kids = visibleChildren(node);
    if (kids.length === 1) node = kids[0];
    else break;
  }
  const kids = visibleChildren(node);
  if (kids.length < 2) return null;
  const f = blockFeatures(node);
  if (f.repetition >= 0.6) return null;
  let labelled = 0;
  const confident = new Set<BlockCategory>();
  let confidentKids = 0;
  for (const k of kids) {
    const kf = blockFeatures(k);
    // a short label ("Most read", "Newsletter") or a lone button names its sibling; not a widget
    if (kf.words <= 5 && kf.links.length <= 1) continue;
    if (kf.words >= 3 && kf.heading && kf.heading.length < 60 && kf.text.length > kf.heading.length + 20) labelled++;
    const kc = classify(kf, cctx);
    if (kc.score >= 3 && kc.category !== 'other') {
      confident.add(kc.category);
      confidentKids++;
    }
  }
  if (labelled >= 2 || confident.size >= 2 || (confidentKids >= 2 && confidentKids < kids.length)) return kids;
  return null;
}

function visibleChildren(el: Element): Element[] {
  return Array.from(el.children).filter((c) => !isSkippedElement(c) && (visibleText(c) || c.getElementsByTagName('iframe').length));
}

function isArticleHeader(el: Element, text: string, ctx: OuterContext): boolean {
  if (!ctx.title) return false;
  const h = Array.from(el.querySelectorAll('h1,h2')).find((x) => sameTitle(visibleText(x), ctx.title!));
  return !!h && text.length < visibleText(h).length + 400;
}

function sameTitle(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const x = n(a), y = n(b);
  return !!x && (x === y || (x.length > 15 && (y.startsWith(x) || x.startsWith(y))));
}

function follows(el: Element, ref: Element | null): boolean {
  return !!ref && !!(ref.compareDocumentPosition(el) & 4) && !el.contains(ref);
}
function precedes(el: Element, ref: Element | null): boolean {
  return !!ref && !!(ref.compareDocumentPosition(el) & 2) && !el.contains(ref);
}

export function toBlock(el: Element, category: BlockCategory, c: Classification, placement: 'inside' | 'outside', live: boolean): BoilerplateBlock {
  const block: BoilerplateBlock = { category, label: labelFor(category, c.cues), text: visibleText(el), placement, cues: c.cues };
  if (live) block.element = el;
  return block;
}
