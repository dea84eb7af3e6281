import type { MainBody } from '../types';
import { visibleText } from '../dom/text';
import { sameHost } from '../dom/links';
import { elementsIn } from '../dom/subtree';
import type { MainUnits } from './main-body';
import type { StandfirstRule } from './lead';
import type { FragmentRule } from './fragment';

// Whether Readability's body is an article, and the paragraphs the outer boilerplate pass takes
// back out of it. The numbers are named here, each with why it has its value.

/**
 * Fewer characters than this in the body is a stub, a login wall or an error page, not an article,
 * unless the page declares itself an article: on trafilatura-dev all six pages this length test
 * turned away were short posts or briefs that said so in their head (og:type article with a
 * publication time), and each held text its gold wants kept.
 */
export const MIN_ARTICLE_CHARS = 250;
/**
 * Readability's own measure of "enough paragraphs of substance" (`isProbablyReaderable`: the sum of
 * √(length − 140) over paragraphs longer than 140 characters, against 20): a body that reaches it is
 * an article whatever its links.
 */
const SUBSTANCE_MIN_PARAGRAPH = 140;
const SUBSTANCE_ENOUGH = 20;
/**
 * A body with less substance whose text is more than this share links to the site's own pages is a
 * list of teasers. Links away from the site are a short post's sources (a petition, show notes'
 * references), not teasers: on trafilatura-dev the two real articles called listings (a party
 * branch's post, a podcast's show notes) were so by links to other sites, and a section front or
 * search page (scripts/nonarticle-pages.ts) links to its own site.
 */
export const LISTING_LINK_SHARE = 0.25;
/**
 * A search page or section front whose teasers carry snippets long enough to read as paragraphs
 * passes the substance test; what gives it away is that its blocks open with headlines linking to
 * the site's own stories. A body is a list of teasers when at least this many distinct such
 * headlines open its blocks … Chosen on Scrapinghub (181 articles), trafilatura-dev (478 articles)
 * and the generated section fronts and search pages (scripts/nonarticle-pages.ts): every article
 * whose headlines open LISTING_TEASER_SHARE of its blocks has at most one such headline, every
 * listing at least 8; 5 sits between.
 */
export const LISTING_MIN_TEASERS = 5;
/**
 * … and they open at least this share of its blocks. The articles with most teaser headlines in
 * their body (a related-stories strip Readability kept; up to 25 of them) reach 0.25 of their blocks,
 * the listings at least 0.36 (a teaser is a headline, a snippet and a byline or address); 0.3 sits
 * between.
 */
export const LISTING_TEASER_SHARE = 0.3;
/** A headline link has at least this many words (shorter: "Read more", a name, a tag). */
const TEASER_MIN_WORDS = 4;
/** An outer block covers a paragraph when its text is at least this share of the paragraph's … */
const COVERED_SHARE = 0.8;
/** … and holds the paragraph's first this many characters. */
const COVERED_PREFIX = 40;

/**
 * The standfirst Readability left out above the body (./lead.ts) is added back when it is at most
 * `maxDistance` levels from the first paragraph up to their shared ancestor, at least `minWords`
 * long, nearly free of links and ends as a sentence does. Chosen by scripts/lead-cv.ts over the
 * 103 labelled candidates of both corpora (scripts/lead-data.ts; 61 sites), picking on four fifths
 * of the sites and scoring on the fifth left out (objective: standfirsts added minus twice the
 * boilerplate added): three folds chose exactly these numbers, two a looser 5 levels and 15 words;
 * held out, 8 of 22 standfirsts were added on trafilatura-dev and no boilerplate, and 2 Scrapinghub
 * blocks that are not article text (both by the looser choice). On all the data these numbers add
 * 7 standfirsts and nothing else. Requiring the headline above it gained nothing; below 25 words,
 * site names, datelines and teasers carrying the same class words outnumber standfirsts.
 */
export const STANDFIRST: StandfirstRule = {
  maxDistance: 3,
  minWords: 25,
  maxLinkDensity: 0.1,
  afterHeadline: false,
  sentence: true,
};

/**
 * An unnamed prose block beside the body is the rest of an article Readability kept a fragment of
 * (./fragment.ts) when it has at least `minWords` words and `minSentences` sentence end, at most
 * `maxLinkDensity` of links, lies at most `maxDistance` levels from the first paragraph up to their
 * shared ancestor, and the body has at most `maxBodyRatio` times its words. Chosen from the unnamed
 * blocks around the body on both corpora (Scrapinghub: article text when its opening is in the
 * articleBody; trafilatura-dev: when it holds a `with` snippet, not when it holds a `without` one),
 * cross-validated by site in five folds (objective: article blocks added minus twice the boilerplate
 * added; grid: links 0.1–0.3, words 10–50, sentences 1–2, ratio 1–6, distance 4, 8 or any): every
 * fold chose links 0.1, 10 words, one sentence and no distance limit, four of five the ratio 3.
 * Held out, 17 of 61 such blocks of trafilatura-dev were added against 1 of boilerplate, and 1 of 33
 * on Scrapinghub against 3 (a staff list, and a newsletter promotion shown twice, which the repeated
 * opening now keeps out). Without a distance limit the blocks the gold does not label that it adds
 * are cookie notices, a privacy policy, a login box and a shop's product list, all hanging from the
 * page's root; up to 8 levels keeps every labelled article block but one (a landing page's).
 * The comment threads it would add (taz.de 50 stamps, achgut.com 10) carry more than `maxStamps`
 * date or time stamps; a forum's posts, each a block of its own, carry one each.
 */
export const FRAGMENT: FragmentRule = {
  maxDistance: 8,
  minWords: 10,
  minSentences: 1,
  maxLinkDensity: 0.1,
  maxBodyRatio: 3,
  maxStamps: 2,
};

export type NotArticleReason = 'none' | 'listing' | 'short';

export const NOT_ARTICLE_MESSAGES: Record<NotArticleReason, string> = {
  none: 'No article was found on this page.',
  listing: 'This page lists other pages (a home page, a section, search results); it has no article of its own.',
  short: 'The page has too little text to be an article.',
};

/** Why Readability's body is not an article, or null when it is one. */
export function notArticleReason(
  found: boolean,
  body: MainBody,
  originals: (Element | null)[],
  force: boolean,
  declaresArticle: () => boolean,
): NotArticleReason | null {
  if (!found) return 'none';
  if (force) return null;
  if (looksLikeListing(body.paragraphs, originals) || opensWithTeasers(originals)) return 'listing';
  if (body.paragraphs.length < 1) return 'short';
  if (body.length < MIN_ARTICLE_CHARS && !declaresArticle()) return 'short';
  return null;
}

/**
 * A home page, a section front or search results: Readability can always find *some* body, but
 * here it is teasers, headlines that are links over snippets too short to be paragraphs. Articles
 * with short paragraphs (briefs, lyrics) pass, because their text is not links, and so do short posts
 * whose links lead to other sites.
 */
export function looksLikeListing(paragraphs: string[], originals: (Element | null)[]): boolean {
  let substance = 0;
  for (const p of paragraphs)
    if (p.length > SUBSTANCE_MIN_PARAGRAPH) substance += Math.sqrt(p.length - SUBSTANCE_MIN_PARAGRAPH);
  if (substance >= SUBSTANCE_ENOUGH) return false;
  let text = 0;
  let linked = 0;
  for (const el of new Set(originals)) {
    if (!el) continue;
    text += visibleText(el).length;
    linked += ownSiteLinkText(el);
  }
  return text > 0 && linked / text > LISTING_LINK_SHARE;
}

/**
 * Search results and section fronts: most of the body's blocks open with a headline that links to
 * one of the site's own stories, whatever the length of the snippets under them.
 */
export function opensWithTeasers(originals: (Element | null)[]): boolean {
  const blocks = new Set(originals);
  blocks.delete(null);
  const enough = (n: number) => n >= LISTING_MIN_TEASERS && n >= LISTING_TEASER_SHARE * blocks.size;
  // a block opens with a headline only if it holds a link, so the linked blocks bound the headlines:
  // an article with few of them is no listing, and none of its texts need be read
  const linked = [...blocks].filter((el) => elementsIn(el!, 'a').length);
  if (!enough(linked.length)) return false;
  const headlines = new Set<string>();
  for (const el of linked) {
    const first = teaserHeadline(el!);
    if (first) headlines.add(first);
  }
  return enough(headlines.size);
}

/** The text of the own-site link `el`'s text opens with, when it is long enough to be a headline. */
function teaserHeadline(el: Element): string | null {
  // visible text comes with its spaces collapsed: collapsing a whole paragraph's again copied it
  const text = visibleText(el);
  const page = el.ownerDocument.URL;
  // whether a link opens the text is asked first: reading every link's address against the page's
  // cost more than the rest of the test, for the one link or none that opens a paragraph
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const headline = visibleText(a);
    if (!headline || !text.startsWith(headline) || !isOwnSiteLink(a, page)) continue;
    return headline.split(' ').length >= TEASER_MIN_WORDS ? headline : null;
  }
  return null;
}

/**
 * Readability sometimes wraps page furniture in a paragraph of its own making (a caption's text in
 * a new <p>); the original behind it is then a container, and the outer pass flags the furniture
 * inside it. A main paragraph that is mostly such a flagged block's text is dropped from the body.
 */
export function withoutCoveredUnits(main: MainUnits, outer: Element[]): MainUnits {
  if (!outer.length) return main;
  // the blocks inside each unit, found by walking up from each block once (asking every unit
  // whether it contains every block cost pages with hundreds of each a task of its own)
  const unitOf = new Map<Element, number>();
  main.originals.forEach((el, i) => {
    if (el && !unitOf.has(el)) unitOf.set(el, i);
  });
  const inside = new Map<Element, Element[]>();
  for (const o of outer)
    for (let a = o.parentElement; a; a = a.parentElement)
      if (unitOf.has(a)) (inside.get(a) ?? inside.set(a, []).get(a)!).push(o);
  const keep: number[] = [];
  main.units.forEach((u, i) => {
    const el = main.originals[i];
    const covered = !!el && (inside.get(el) ?? []).some((o) => coversMostOf(visibleText(o), u.text));
    if (!covered) keep.push(i);
  });
  if (keep.length === main.units.length) return main;
  return { units: keep.map((i) => main.units[i]), originals: keep.map((i) => main.originals[i]) };
}

function coversMostOf(blockText: string, unitText: string): boolean {
  return blockText.length >= COVERED_SHARE * unitText.length && blockText.includes(unitText.slice(0, COVERED_PREFIX));
}

/** The length of the text of `el`'s links that lead to pages of its own site. */
function ownSiteLinkText(el: Element): number {
  let n = 0;
  for (const a of ownSiteLinks(el)) n += visibleText(a).length;
  return n;
}

/** `el`'s links that lead to pages of its own site, in document order. */
function ownSiteLinks(el: Element): Element[] {
  const page = el.ownerDocument.URL;
  return Array.from(el.getElementsByTagName('a')).filter((a) => isOwnSiteLink(a, page));
}

function isOwnSiteLink(a: Element, page: string): boolean {
  const href = a.getAttribute('href');
  return href !== null && sameHost(href, page);
}
