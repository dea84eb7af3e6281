import { linkDensity, visibleText, wordCount, wordsUpTo } from '../dom/text';
import { blockUnits } from './block-units';
import type { MainUnits } from './main-body';

// Readability keeps one container. When a site sets its article in several sibling containers
// (a party's press release in one field per section, a magazine's text between its header and
// its share bar, a forum thread's posts, a recipe's steps beside its ingredients), the container it
// keeps is a fragment, and the rest of the article is left around the body, where the outer pass
// finds it with no evidence of being anything ("other", no cue). Such a block is added to the body
// when it is prose, near the body, and weighs enough against the body that the body looks like a
// fragment of the same text rather than the article with a stray paragraph beside it.

export interface FragmentRule {
  /** At most this many levels from the first paragraph up to the ancestor the block shares with it. */
  maxDistance: number;
  /** The block has at least this many words … */
  minWords: number;
  /** … at least one sentence end … */
  minSentences: number;
  /** … at most this share of its text in links … */
  maxLinkDensity: number;
  /** … and the body has at most this many times the block's words. */
  maxBodyRatio: number;
  /** A block with more date or time stamps than this is a thread of entries. */
  maxStamps: number;
}

/** A block around the body that the outer pass could not name: no category, no cue. */
export interface UnnamedBlock {
  el: Element;
  cues: string[];
}

const SENTENCE_END = /[.!?…。！？](?=\s|$)/g;

/**
 * The unnamed blocks that continue the article beside the body. Not one: a block whose opening
 * another block repeats (the same passage shown twice is a promotion laid out for two screens) or
 * the body already holds (the article's text shown again, for another screen), nor a thread of
 * dated entries (readers' comments under a heading the vocabularies do not know).
 */
export function fragmentContinuations(blocks: UnnamedBlock[], main: MainUnits, rule: FragmentRule): Element[] {
  const first = main.originals.find((e): e is Element => !!e);
  if (!first) return [];
  const texts = blocks.map((b) => visibleText(b.el));
  // the body's lower-cased text and the blocks' openings are made only for a block that passed the
  // tests before them (on most pages none does), and the body's words are counted only as far as
  // the block's weight against them needs: the whole body was joined, lower-cased and counted on
  // every page
  let inBody: string | undefined;
  let openings: Map<string, number> | undefined;
  return blocks
    .filter((b, i) => {
      if (b.cues.length) return false;
      const text = texts[i];
      const words = wordCount(text);
      return (
        words >= rule.minWords &&
        bodyWordsAtMost(main, Math.floor(rule.maxBodyRatio * words)) &&
        (text.match(SENTENCE_END)?.length ?? 0) >= rule.minSentences &&
        linkDensity(b.el, text) <= rule.maxLinkDensity &&
        distanceFrom(first, b.el) <= rule.maxDistance &&
        (openings ??= openingCounts(texts)).get(opening(text)) === 1 &&
        !shownInBody(comparable(text), (inBody ??= comparable(main.units.map((u) => u.text).join(' ')))) &&
        stamps(text) <= rule.maxStamps
      );
    })
    .map((b) => b.el);
}

/**
 * Whether the body has at most `most` words (whole words: at most the block's words times a
 * ratio), its paragraphs counted one after another only until it has more. (Their words are those of
 * the paragraphs joined by spaces: a space ends a word.)
 */
function bodyWordsAtMost(main: MainUnits, most: number): boolean {
  let left = most;
  for (const u of main.units) if ((left -= wordsUpTo(u.text, left)) < 0) return false;
  return true;
}

const opening = (t: string) => t.replace(/\s+/g, ' ').trim().slice(0, OPENING_CHARS);

/** How many of the texts open with each opening. */
function openingCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(opening(t), (counts.get(opening(t)) ?? 0) + 1);
  return counts;
}

const comparable = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The stamp a comment or post carries: a numeric date (22.04.2020, 14. 01. 2020), a clock time, or
 * an age ("6 years ago").
 */
const ENTRY_STAMP =
  /\b(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}:\d{2}|\d+ (?:years?|months?|weeks?|days?|hours?|minutes?) ago)\b/g;

/** The block's text opens and closes as a stretch of the body does: the same text shown again. */
function shownInBody(text: string, body: string): boolean {
  return body.includes(text.slice(0, OPENING_CHARS)) && body.includes(text.slice(-OPENING_CHARS));
}

/** The entry stamps in a text; a machine's timestamp printed in the page (2021-10-27T20:35:36) is none. */
function stamps(text: string): number {
  return text.replace(MACHINE_TIME, ' ').match(ENTRY_STAMP)?.length ?? 0;
}

const MACHINE_TIME = /\d{4}-\d{2}-\d{2}T[\d:.+\-Z]*/g;

/** Characters of a block's opening compared to tell a passage shown twice. */
const OPENING_CHARS = 60;

/** Levels from `first`'s parent up to the ancestor it shares with `el` (Infinity at the page's root). */
export function distanceFrom(first: Element, el: Element): number {
  let shared = first.parentElement;
  let distance = 1;
  while (shared && !shared.contains(el)) {
    shared = shared.parentElement;
    distance++;
  }
  return shared && shared.tagName !== 'BODY' && shared.tagName !== 'HTML' ? distance : Infinity;
}

/** The body with each block's paragraphs put in at its place in the page. */
export function withBlocks(main: MainUnits, blocks: Element[]): MainUnits {
  const units = [...main.units];
  const originals = [...main.originals];
  for (const el of blocks) {
    const at = originals.findIndex((o) => !!o && !!(el.compareDocumentPosition(o) & FOLLOWING));
    const added = blockUnits(el);
    const i = at < 0 ? units.length : at;
    units.splice(i, 0, ...added);
    originals.splice(i, 0, ...added.map((u) => u.el));
  }
  return { units, originals };
}

/** Node.DOCUMENT_POSITION_FOLLOWING, without the global `Node` the CLI's DOM may not define. */
const FOLLOWING = 4;
