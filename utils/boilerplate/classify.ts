import type { BlockCategory } from '../types';
import { VOCABULARIES, type Vocabulary } from './vocab';
import type { BlockFeatures } from './features';
import { remembered } from '../dom/analysis-cache';
import { literalText, requiredLiterals } from './vocab/literals';
import { literalScanner } from './vocab/literal-scan';

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

  for (const [c, n, cue] of vocabularyEvidence(f)) add(c, n, cue);
  scoreStructure(f, ctx, add);

  let best: BlockCategory = 'other';
  let bestScore = 0;
  for (const [c, s] of Object.entries(scores) as [BlockCategory, number][]) {
    if (s > bestScore) {
      best = c;
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
  if (!f.heading) return false;
  const inHeading = SCANNER.scan(literalText(f.heading));
  return VOCABULARIES.some((v) => HEADINGS.get(v)!.some((p) => anyPresent(p.ids, inHeading) && p.re.test(f.heading)));
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
    // the literals the phrases need, looked for once in the block (too long a block needs none),
    // and those the headings' patterns need, once in its heading
    const present = f.text.length <= MAX_PHRASE_TEXT ? SCANNER.scan(literalText(f.text)) : NONE;
    const inHeading = f.heading ? SCANNER.scan(literalText(f.heading)) : NONE;
    const hrefHits = linkKinds(f);
    const classHits = classKinds(f);
    VOCABULARIES.forEach((v, i) =>
      scoreVocabulary(
        v,
        f,
        { present, inHeading, hrefHits: hrefHits[i], classHit: (classHits & (1 << i)) !== 0 },
        (c, n, cue) => found.push([c, n, cue]),
      ),
    );
    return found;
  });
}

const MAX_PHRASE_TEXT = 3000;
const NONE = new Uint8Array(0);
/** Each vocabulary's phrases beside the literals one of which a match needs (see vocab/literals.ts). */
const LITERALS = new Map(VOCABULARIES.map((v) => [v, v.phrases.map((re) => ({ re, literals: requiredLiterals(re) }))]));
/** The same for the headings' patterns, tried on every block's heading (most fail on a literal). */
const HEADING_LITERALS = new Map(
  VOCABULARIES.map((v) => [v, v.headings.map((re) => ({ re, literals: requiredLiterals(re) }))]),
);
const SCANNER = literalScanner(
  [...LITERALS.values(), ...HEADING_LITERALS.values()].flat().flatMap((p) => p.literals ?? []),
);
type Gated = { re: RegExp; ids: number[] | null }[];
const gated = (ps: { re: RegExp; literals: string[] | null }[]): Gated =>
  ps.map((p) => ({ re: p.re, ids: p.literals?.map((l) => SCANNER.idOf(l)) ?? null }));
const PHRASES = new Map([...LITERALS].map(([v, ps]) => [v, gated(ps)]));
const HEADINGS = new Map([...HEADING_LITERALS].map(([v, ps]) => [v, gated(ps)]));

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

/** Whether one of the literals a phrase needs is in the block (always, for a phrase that needs none). */
function anyPresent(ids: number[] | null, present: Uint8Array): boolean {
  if (!ids) return true;
  for (let k = 0; k < ids.length; k++) if (present[ids[k]] === 1) return true;
  return false;
}

const LINK_KINDS = {};
// the bit of a link whose target looks like a donation page (a structural cue, not a vocabulary's)
const DONATE_BIT = 1 << VOCABULARIES.length;

/**
 * Which vocabularies' link targets each link's href matches, as bits, kept per link for the
 * analysis: nested blocks share their links, and every level used to read and test them all again.
 */
function linkBits(a: Element): number {
  return remembered(LINK_KINDS, a, () => {
    const href = a.getAttribute('href') ?? '';
    let bits = 0;
    if (href)
      VOCABULARIES.forEach((v, i) => {
        if (v.hrefs.some((re) => re.test(href))) bits |= 1 << i;
      });
    if (/contribute|donat|support|membership/i.test(href)) bits |= DONATE_BIT;
    return bits;
  });
}

/** For each vocabulary (by index), how many of the block's links point where its kind does. */
function linkKinds(f: BlockFeatures): number[] {
  const counts = VOCABULARIES.map(() => 0);
  for (const a of f.links) {
    const bits = linkBits(a);
    if (!bits) continue;
    for (let i = 0; i < counts.length; i++) if (bits & (1 << i)) counts[i]++;
  }
  return counts;
}

/** What was found in one block once, for every vocabulary: literals in its text and heading, and
 * this vocabulary's links and class tokens. */
interface BlockHits {
  present: Uint8Array;
  inHeading: Uint8Array;
  hrefHits: number;
  classHit: boolean;
}

function scoreVocabulary(
  v: Vocabulary,
  f: BlockFeatures,
  { present, inHeading, hrefHits, classHit }: BlockHits,
  add: (c: BlockCategory, n: number, cue: string) => void,
): void {
  if (f.heading && HEADINGS.get(v)!.some((p) => anyPresent(p.ids, inHeading) && p.re.test(f.heading)))
    add(v.id, W.heading, `heading:${v.id}`);
  // phrases count per distinct pattern, and only in blocks short enough to be a widget: a long
  // article passage that mentions "newsletter" once is not a newsletter box
  if (f.text.length <= MAX_PHRASE_TEXT) {
    let hits = 0;
    for (const p of PHRASES.get(v)!) if (anyPresent(p.ids, present) && p.re.test(f.text)) hits++;
    if (hits) add(v.id, Math.min(W.phraseCap, hits) * W.phrase, `text:${v.id}×${hits}`);
  }
  if (classHit) add(v.id, W.token, `class:${v.id}`);
  const n = hrefHits;
  if (n) add(v.id, Math.min(W.hrefCap, n) * W.href, `links:${v.id}×${n}`);
}

function scoreStructure(
  f: BlockFeatures,
  ctx: ClassifyContext,
  add: (c: BlockCategory, n: number, cue: string) => void,
): void {
  // an e-mail field beside a free-text box is a comment form; alone, a sign-up
  if (f.hasTextarea && f.hasForm) add('comments', 3, 'form:textarea');
  else if (f.hasEmailInput) add('newsletter', 3, 'form:email');
  if (f.hasForm && /subscribe|sign ?up|abonn|suscri|подпис/i.test(f.buttons.join(' ')))
    add('newsletter', 1.5, 'button:subscribe');
  // cheapest test first: every link's text is read only for a short block with a donation link
  if (
    f.words < 400 &&
    f.links.some((a) => (linkBits(a) & DONATE_BIT) !== 0) &&
    /donate|contribute|support|spenden|soutenir|don$|donar|поддерж/i.test(
      f.buttons.join(' ') + ' ' + f.links.map((a) => a.textContent).join(' '),
    )
  ) {
    add('donation', 1, 'link:donate');
  }
  if (f.role === 'dialog' || f.role === 'alertdialog' || f.fixed) add('consent', 0.5, 'overlay');
  if (f.nosnippet) add('other', 0.5, 'data-nosnippet');

  if (f.tag === 'nav' || f.role === 'navigation' || f.role === 'menubar') add('nav', 3, 'landmark:nav');
  if ((f.tag === 'header' || f.role === 'banner') && !ctx.inArticle) add('nav', 2, 'landmark:header');
  if ((f.tag === 'footer' || f.role === 'contentinfo') && !ctx.inArticle) add('footer', 3, 'landmark:footer');
  if (f.tag === 'aside' || f.role === 'complementary') add('sidebar', ctx.inArticle ? 1 : 2, 'landmark:aside');

  // link lists: many short links (menus) or headline-length links (teasers)
  if (f.links.length >= 3 && f.linkDensity > 0.6) {
    const avgWords = f.words / f.links.length;
    if (avgWords <= 3 && !ctx.inArticle) add('nav', 2, 'links:menu');
    else if (avgWords > 3) add(ctx.afterMain || ctx.beforeMain ? 'related' : 'sidebar', 2, 'links:teasers');
  }
  if (f.repetition >= 0.6 && f.links.length >= 3) add('related', 1.5, 'teaser-list');
  if (f.words < 5 && f.iframes > 0) add('ad', 2, 'iframe');
  if (f.words === 0 && f.images > 0 && f.links.some((a) => /^https?:/.test(a.getAttribute('href') ?? '')))
    add('ad', 1, 'image-link');
  if (f.ariaHidden && f.words > 0) add('other', 0.5, 'aria-hidden');
}
