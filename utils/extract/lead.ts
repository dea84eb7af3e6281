import { linkDensity, visibleText, wordCount } from '../dom/text';
import { tokenSource, tokensOf } from '../boilerplate/features';
import { blockUnits } from './block-units';
import type { MainUnits } from './main-body';

// The standfirst: the sentence or two under the headline that sums the story up ("lead", "intro",
// "teaser", "abstract", "excerpt"). Sites often set it in the article's header, apart from the body's
// container, and Readability, which keeps one container, leaves it out. It is added back before
// the first paragraph only on strong evidence: the site's own name for it, its place between the
// headline and the body, close to the body, and the shape of prose.

/** Class, id or itemprop words sites give a standfirst (English, German, French, Spanish, Italian). */
export const LEAD_TOKENS = new Set([
  'lead',
  'lede',
  'intro',
  'introduction',
  'standfirst',
  'dek',
  'deck',
  'teaser',
  'abstract',
  'excerpt',
  'summary',
  'subtitle',
  'subheadline',
  'subhead',
  'description',
  'strapline',
  'sapo',
  'chapo',
  'chapeau',
  'vorspann',
  'anriss',
  'bajada',
  'entradilla',
  'sommario',
  'occhiello',
]);

export interface LeadCandidate {
  el: Element;
  text: string;
  words: number;
  linkDensity: number;
  /** Levels from the first paragraph up to the nearest ancestor it shares with the candidate. */
  distance: number;
  /** A headline (<h1>) comes before it inside that shared ancestor. */
  afterHeadline: boolean;
  /** It ends as a sentence does. */
  sentence: boolean;
  /** Its siblings include another element of its class (a teaser in a list). */
  repeated: boolean;
  /** It lies in the page's banner, navigation or a side rail. */
  inChrome: boolean;
  /**
   * It holds a picture, a video or an embedded frame: the "lead image" or "lead video" (the same
   * word) with its caption and player buttons, not a standfirst.
   */
  media: boolean;
}

/**
 * The elements before the first paragraph that the site names as a standfirst (the innermost so named),
 * with what the decision looks at. `inMain` tells elements already in the body. `scope` limits the
 * search to one ancestor of the first paragraph (see `leadScope`); the whole page by default.
 */
export function leadCandidates(
  firstMain: Element,
  inMain: (el: Element) => boolean,
  scope: Element | null = firstMain.ownerDocument.body,
): LeadCandidate[] {
  const all = scope?.getElementsByTagName('*');
  if (!all) return [];
  const found: Element[] = [];
  for (let i = 0, e = all[0]; e && e !== firstMain; e = all[++i]) {
    if (e.contains(firstMain) || inMain(e) || !hasLeadToken(e) || e.closest('h1, figure, figcaption')) continue;
    if (visibleText(e).length < 20) continue;
    // the innermost so named: a header wrapper called "article-intro" also holds the breadcrumb
    if (found.length && found[found.length - 1].contains(e)) found.pop();
    found.push(e);
  }
  return found.map((e) => describe(e, visibleText(e), firstMain));
}

/**
 * Any of the words, anywhere: the walk asks every element before the body (a thousand on a long
 * header), and splitting each one's class names into tokens cost the standfirst search two thirds
 * of its time, for the few whose names hold one of the words at all.
 */
const LEAD_WORD_INSIDE = new RegExp([...LEAD_TOKENS].join('|'));

function hasLeadToken(el: Element): boolean {
  if (!LEAD_WORD_INSIDE.test(tokenSource(el).toLowerCase())) return false;
  for (const t of tokensOf(el)) if (LEAD_TOKENS.has(t)) return true;
  return false;
}

/**
 * The only ancestor of the first paragraph a standfirst can lie in when it may stand at most
 * `maxDistance` levels from it: a candidate's distance is the levels up to the first ancestor that
 * holds it, and one whose shared ancestor is <body> (or <html>) counts as too far, so the highest
 * ancestor within reach below <body> holds every candidate that can pass. The rest of the page
 * (a thousand elements of header and menus on a long page) then needs no walk: the innermost-named
 * choice is the same inside it, since an element outside it that holds one inside would hold the
 * first paragraph too, and those are skipped.
 */
export function leadScope(firstMain: Element, maxDistance: number): Element | null {
  let scope: Element | null = null;
  let e = firstMain.parentElement;
  for (let level = 1; e && level <= maxDistance && !TOP.has(e.tagName); level++, e = e.parentElement) scope = e;
  return scope;
}

const TOP = new Set(['BODY', 'HTML']);

function describe(el: Element, text: string, firstMain: Element): LeadCandidate {
  let shared: Element | null = firstMain.parentElement;
  let distance = 1;
  while (shared && !shared.contains(el)) {
    shared = shared.parentElement;
    distance++;
  }
  const h1 = shared?.getElementsByTagName('h1')[0];
  const cls = el.getAttribute('class');
  const siblings = el.parentElement ? Array.from(el.parentElement.children) : [];
  return {
    el,
    text,
    words: wordCount(text),
    linkDensity: linkDensity(el, text),
    distance: shared && shared.tagName !== 'BODY' && shared.tagName !== 'HTML' ? distance : 99,
    afterHeadline: !!h1 && (h1 === el || !!(h1.compareDocumentPosition(el) & 4)),
    sentence: /[.!?…:"“”»«)]$/.test(text),
    repeated: !!cls && siblings.some((s) => s !== el && s.getAttribute('class') === cls),
    inChrome: !!el.closest('nav, aside, [role="navigation"], [role="banner"], [role="complementary"]'),
    media: !!el.querySelector('img, picture, video, iframe, object, embed'),
  };
}

/**
 * What makes a candidate a standfirst. The numbers (STANDFIRST in ./article.ts) are chosen on both
 * corpora, cross-validated by site: scripts/lead-data.ts collects the candidates with their gold,
 * scripts/lead-cv.ts picks them on four fifths of the sites and scores them on the fifth left out,
 * for each fifth (objective: standfirsts added minus twice the boilerplate added).
 */
export interface StandfirstRule {
  /** At most this many levels from the first paragraph up to the ancestor they share (0: none). */
  maxDistance: number;
  minWords: number;
  maxLinkDensity: number;
  /** Only after the page's headline. */
  afterHeadline: boolean;
  /** Only a text that ends as a sentence does. */
  sentence: boolean;
}

/** A candidate's cues, as the analysis computes them and as scripts/lead-data.ts records them. */
export type StandfirstCues = Omit<LeadCandidate, 'el' | 'text'>;

export function isStandfirst(c: StandfirstCues, s: StandfirstRule): boolean {
  return (
    !c.inChrome &&
    !c.repeated &&
    !c.media &&
    c.distance <= s.maxDistance &&
    c.words >= s.minWords &&
    c.linkDensity <= s.maxLinkDensity &&
    (!s.afterHeadline || c.afterHeadline) &&
    (!s.sentence || c.sentence)
  );
}

/**
 * The body with the page's standfirst put back before its first paragraph, when Readability left it
 * out. One standfirst at most: the last before the body, the one closest to it.
 */
export function withStandfirst(main: MainUnits, rule: StandfirstRule): MainUnits {
  const first = main.originals.find((e): e is Element => !!e);
  if (!first) return main;
  const inMain = new Set(main.originals);
  const passed = leadCandidates(first, (e) => inMain.has(e), leadScope(first, rule.maxDistance)).filter((c) =>
    isStandfirst(c, rule),
  );
  // the body's text, lower-cased, is built only when a candidate passed: most pages have none
  const body = passed.length ? comparable(main.units.map((u) => u.text).join(' ')) : '';
  const lead = passed.filter((c) => !body.includes(comparable(c.text).slice(0, 60))).at(-1);
  if (!lead) return main;
  const units = blockUnits(lead.el);
  return { units: [...units, ...main.units], originals: [...units.map((u) => u.el), ...main.originals] };
}

const comparable = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
