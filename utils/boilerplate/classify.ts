import type { BlockCategory } from '../types';
import { VOCABULARIES } from './vocab';
import { wordsExceed, type BlockFeatures } from './features';
import { analysisCache, remembered, rememberedForText } from '../dom/analysis-cache';
import { literalText, type LiteralTable } from './vocab/literals';
import { HEADING_LITERALS, PHRASE_LITERALS } from './vocab/generated-literals';
import { literalScanner } from './vocab/literal-scan';
import { anyOf } from './vocab/any-of';

// Scores one element against every category: vocabulary in its heading and text, class-name
// tokens, typical links, and structure (forms, link lists, landmarks). The numbers are evidence
// counts, not probabilities: a heading or an email form is worth about three plain cues.

export interface Classification {
  category: BlockCategory;
  score: number;
  cues: string[];
  /** Scores of every category that got any evidence, for splitting decisions and reports. */
  scores: Partial<Record<BlockCategory, number>>;
}

export interface ClassifyContext {
  /** The element lies inside the article container (an <article> or the main body's parent). */
  inArticle: boolean;
  /** The element comes after the last paragraph of the main body. */
  afterMain: boolean;
  beforeMain: boolean;
}

const W = { heading: 3, phrase: 1, phraseCap: 3, token: 1.5, href: 1, hrefCap: 3 };

export function classify(f: BlockFeatures, ctx: ClassifyContext): Classification {
  const scores: Partial<Record<BlockCategory, number>> = {};
  const cues: Partial<Record<BlockCategory, string[]>> = {};
  const add = (c: BlockCategory, n: number, cue: string) => {
    scores[c] = (scores[c] ?? 0) + n;
    (cues[c] ??= []).push(cue);
  };

  // indexed loops, no destructuring: the content script runs mostly unoptimised, where each
  // iterator step and each triple taken apart is a call
  const evidence = vocabularyEvidence(f);
  for (let i = 0; i < evidence.length; i++) add(evidence[i][0], evidence[i][1], evidence[i][2]);
  scoreStructure(f, ctx, add);

  let best: BlockCategory = 'other';
  let bestScore = 0;
  // (in the order the categories got their first evidence, as Object.entries lists them)
  for (const c in scores) {
    const s = scores[c as BlockCategory]!;
    if (s > bestScore) {
      best = c as BlockCategory;
      bestScore = s;
    }
  }
  return { category: best, score: bestScore, cues: cues[best] ?? [], scores };
}

/**
 * Whether classifying the block could give it a cue of the kinds that back vocabulary alone
 * (`heading`, `form`, `links`, `class`, `button`, `iframe`): those need links, a class token some
 * vocabulary names, a heading one of them matches, a form or an e-mail field, or an iframe.
 * Deciding this reads the block's links, tokens and heading, not its text.
 */
export function mayHaveStrongCue(f: BlockFeatures): boolean {
  if (f.links.length || f.iframes || f.hasEmailInput || f.hasForm || classKinds(f)) return true;
  return headingKinds(f) !== 0;
}

type Evidence = [BlockCategory, number, string];
const EVIDENCE = {};

/**
 * What the vocabularies find in a block. It does not depend on where the block sits (only the
 * structural cues do), and the outer pass classifies most blocks twice (as a part of a region
 * being split, then as a region), so within one analysis it is found once per block.
 */
function vocabularyEvidence(f: BlockFeatures): Evidence[] {
  return remembered(EVIDENCE, f, () => {
    const found: Evidence[] = [];
    const phraseHits = phraseHitsOf(f);
    const inHeading = headingKinds(f);
    const hrefHits = linkKinds(f);
    const classHits = classKinds(f);
    for (let i = 0; i < VOCABULARIES.length; i++) {
      const id = VOCABULARIES[i].id;
      if (inHeading & (1 << i)) found.push([id, W.heading, `heading:${id}`]);
      const hits = phraseHits[i];
      if (hits) found.push([id, Math.min(W.phraseCap, hits) * W.phrase, `text:${id}×${hits}`]);
      if (classHits & (1 << i)) found.push([id, W.token, `class:${id}`]);
      const n = hrefHits[i];
      if (n) found.push([id, Math.min(W.hrefCap, n) * W.href, `links:${id}×${n}`]);
    }
    return found;
  });
}

/**
 * Whether the block holds some vocabulary's words or links: a phrase in its text, a heading pattern
 * on its label, a link to where one of the kinds (or a donation page) leads. Kept, as classify
 * reads the same.
 */
export function hasVocabularyEvidence(f: BlockFeatures): boolean {
  return phraseHitsOf(f).some((n) => n > 0) || headingKinds(f) !== 0 || linkKinds(f).some((n) => n > 0);
}

// phrases count per distinct pattern, and only in blocks short enough to be a widget: a long
// article passage that mentions "newsletter" once is not a newsletter box
function phraseHitsOf(f: BlockFeatures): number[] {
  return f.text.length <= MAX_PHRASE_TEXT
    ? rememberedForText(PHRASE_HITS, f.text, () => PHRASES.hitsIn(f.text))
    : NO_HITS;
}

const MAX_PHRASE_TEXT = 3000;
/** The phrase hits of each text, kept per text: a paragraph and the emphasis that is all of it share one. */
const PHRASE_HITS = {};
const NO_HITS: number[] = VOCABULARIES.map(() => 0);

/**
 * Every vocabulary's patterns of one kind (phrases, or headings), each beside the vocabulary it
 * belongs to, and which of them each literal gates (see vocab/literals.ts). A text's patterns to
 * run are those whose literal the scan found, and those that promise none: a block finds a few
 * literals, where asking each of some two hundred patterns for its own cost more than the scan.
 */
interface PatternSet {
  /** How many patterns of each vocabulary (by index) match `text`, each pattern counted once. */
  hitsIn(text: string): number[];
  /** The vocabularies (as bits, by index) one of whose patterns matches `text`. */
  kindsIn(text: string): number;
}

function patternSet(lists: RegExp[][], table: LiteralTable): PatternSet {
  const patterns = lists.flatMap((res, v) => {
    const literals = literalsOf(table, v, res);
    return res.map((re, k) => ({ re, v, literals: literals[k] }));
  });
  const always = patterns.filter((p) => !p.literals);
  const gated = new Map<string, typeof patterns>();
  for (const p of patterns)
    for (const l of p.literals ?? []) {
      const ps = gated.get(l);
      if (ps) ps.push(p);
      else gated.set(l, [p]);
    }
  const scanner = literalScanner([...gated.keys()]);
  const byLiteral: (typeof patterns)[] = [];
  for (const [l, ps] of gated) byLiteral[scanner.idOf(l)] = ps;
  /** Each pattern the text's literals gate, once, and those that need none. */
  const candidates = (text: string) => {
    const out = [...always];
    const ids = scanner.found(literalText(text));
    for (let k = 0; k < ids.length; k++)
      for (const p of byLiteral[ids[k]]) if (p.literals!.length === 1 || !out.includes(p)) out.push(p);
    return out;
  };
  return {
    hitsIn(text) {
      const hits = VOCABULARIES.map(() => 0);
      for (const p of candidates(text)) if (p.re.test(text)) hits[p.v]++;
      return hits;
    },
    kindsIn(text) {
      let bits = 0;
      for (const p of candidates(text)) if (!(bits & (1 << p.v)) && p.re.test(text)) bits |= 1 << p.v;
      return bits;
    },
  };
}

/**
 * The literals each of vocabulary v's patterns `res` requires, from the table generated at build
 * time (scripts/gen-literals.ts). A pattern the table no longer fits (patterns added or removed, or
 * one rewritten, without regenerating it) gets none: it is then always run, which is slower but
 * never wrong. tests/boilerplate/generated-literals.test.ts keeps the table current.
 */
function literalsOf(table: LiteralTable, v: number, res: RegExp[]): (string[] | null)[] {
  const sizes = table.sizes[v] ?? [];
  const fits = sizes.length === res.length;
  return res.map((re, k) => (fits && sizes[k] === re.source.length ? table.literals[v][k] : null));
}

const PHRASES = patternSet(
  VOCABULARIES.map((v) => v.phrases),
  PHRASE_LITERALS,
);
/** The headings' patterns, tried on every block's heading (most fail on a literal). */
const HEADINGS = patternSet(
  VOCABULARIES.map((v) => v.headings),
  HEADING_LITERALS,
);

const HEADING_KINDS = {};
/**
 * The vocabularies (as bits) one of whose heading patterns matches the block's heading, kept per
 * heading: wrappers nested around one labelled box share its label, and each was matched again.
 */
function headingKinds(f: BlockFeatures): number {
  const heading = f.heading;
  if (!heading) return 0;
  return rememberedForText(HEADING_KINDS, heading, () => HEADINGS.kindsIn(heading));
}

/** Each class token some vocabulary names, with the vocabularies (as bits, by index) that name it. */
const CLASS_KINDS = new Map<string, number>();
VOCABULARIES.forEach((v, i) => {
  for (const t of v.classTokens) CLASS_KINDS.set(t, (CLASS_KINDS.get(t) ?? 0) | (1 << i));
});

/** Which vocabularies name one of the block's class tokens: its few tokens looked up, not every name. */
function classKinds(f: BlockFeatures): number {
  let bits = 0;
  for (const t of f.tokens) bits |= CLASS_KINDS.get(t) ?? 0;
  return bits;
}

const LINK_KINDS = {};
// the bit of a link whose target looks like a donation page (a structural cue, not a vocabulary's)
const DONATE_BIT = 1 << VOCABULARIES.length;
const DONATE_HREF = /contribute|donat|support|membership/i;
/** The kinds a link's target is told apart by: each vocabulary (by index), then the donation page. */
const HREF_KINDS = [...VOCABULARIES.map((v) => v.id), 'donate'];
/** Every vocabulary's link targets, each beside its vocabulary's bit, and the donation page's. */
const HREF_TESTS = [
  ...VOCABULARIES.flatMap((v, i) => v.hrefs.map((re) => ({ re, bit: 1 << i }))),
  { re: DONATE_HREF, bit: DONATE_BIT },
];

/** Whether an href may match one of them: most match none, and are told so by one test. */
const ANY_HREF = anyOf(HREF_TESTS.map((t) => t.re));

/** Which vocabularies' link targets an href matches, as bits (each vocabulary asked until one matches). */
function hrefBits(href: string): number {
  let bits = 0;
  if (!href || (ANY_HREF && !ANY_HREF.test(href))) return 0;
  for (const t of HREF_TESTS) if (!(bits & t.bit) && t.re.test(href)) bits |= t.bit;
  return bits;
}

/**
 * Which vocabularies' link targets each link's href matches, as bits, kept per link for the
 * analysis: nested blocks share their links, and every level used to read and test them all again.
 */
function linkBits(a: Element, cache = analysisCache<Element, number>(LINK_KINDS)): number {
  let bits = cache?.get(a);
  if (bits === undefined) {
    const href = a.getAttribute('href') ?? '';
    bits = rememberedForText(HREF_BITS, href, () => hrefBits(href));
    cache?.set(a, bits);
  }
  return bits;
}

/** The bits of each link target, kept per target: a third of a page's links repeat another's
 * (the menu's in the footer, a story's in its teaser and its headline). */
const HREF_BITS = {};

const LINK_COUNTS = {};

/**
 * For each vocabulary (by index), how many of the block's links point where its kind does, and
 * after them how many to a donation page; kept for the block, as both its evidence and its
 * structure ask.
 */
function linkKinds(f: BlockFeatures): number[] {
  return remembered(LINK_COUNTS, f, () => {
    const counts = HREF_KINDS.map(() => 0);
    const cache = analysisCache<Element, number>(LINK_KINDS);
    const links = f.links;
    for (let k = 0; k < links.length; k++) {
      const bits = linkBits(links[k], cache);
      if (!bits) continue;
      for (let i = 0; i < counts.length; i++) if (bits & (1 << i)) counts[i]++;
    }
    return counts;
  });
}

const donationLinks = (f: BlockFeatures) => linkKinds(f)[VOCABULARIES.length];

function scoreStructure(
  f: BlockFeatures,
  ctx: ClassifyContext,
  add: (c: BlockCategory, n: number, cue: string) => void,
): void {
  // an e-mail field beside a free-text box is a comment form; alone, a sign-up (a form is rarer
  // than a text box is costly to look for: asked first)
  if (f.hasForm && f.hasTextarea) add('comments', 3, 'form:textarea');
  else if (f.hasEmailInput) add('newsletter', 3, 'form:email');
  if (f.hasForm && /subscribe|sign ?up|abonn|suscri|подпис/i.test(f.buttons.join(' ')))
    add('newsletter', 1.5, 'button:subscribe');
  // cheapest test first: every link's text is read only for a short block with a donation link
  // (the block's link targets were read for its evidence: a block with no donation link, most,
  // has its words counted no further than the rules below need)
  if (
    donationLinks(f) > 0 &&
    !wordsExceed(f, 399) &&
    /donate|contribute|support|spenden|soutenir|don$|donar|поддерж/i.test(
      f.buttons.join(' ') + ' ' + f.links.map((a) => a.textContent).join(' '),
    )
  ) {
    add('donation', 1, 'link:donate');
  }
  const { tag, role } = f;
  if (role === 'dialog' || role === 'alertdialog' || f.fixed) add('consent', 0.5, 'overlay');
  if (f.nosnippet) add('other', 0.5, 'data-nosnippet');

  if (tag === 'nav' || role === 'navigation' || role === 'menubar') add('nav', 3, 'landmark:nav');
  if ((tag === 'header' || role === 'banner') && !ctx.inArticle) add('nav', 2, 'landmark:header');
  if ((tag === 'footer' || role === 'contentinfo') && !ctx.inArticle) add('footer', 3, 'landmark:footer');
  if (tag === 'aside' || role === 'complementary') add('sidebar', ctx.inArticle ? 1 : 2, 'landmark:aside');

  // link lists: many short links (menus) or headline-length links (teasers)
  const links = f.links.length;
  // (every rule here compares the words with a bound: a long block's words are counted only as
  // far as the bound, where counting them all read a page footer's or a sidebar's whole text)
  if (links >= 3 && f.linkDensity > 0.6) {
    // at most three words a link on average: words / links <= 3, with no division
    const shortLinks = !wordsExceed(f, 3 * links);
    if (shortLinks && !ctx.inArticle) add('nav', 2, 'links:menu');
    else if (!shortLinks) add(ctx.afterMain || ctx.beforeMain ? 'related' : 'sidebar', 2, 'links:teasers');
  }
  if (links >= 3 && f.repetition >= 0.6) add('related', 1.5, 'teaser-list');
  if (!wordsExceed(f, 4) && f.iframes > 0) add('ad', 2, 'iframe');
  if (!wordsExceed(f, 0) && f.images > 0 && f.links.some((a) => /^https?:/.test(a.getAttribute('href') ?? '')))
    add('ad', 1, 'image-link');
  if (f.ariaHidden && wordsExceed(f, 0)) add('other', 0.5, 'aria-hidden');
}
