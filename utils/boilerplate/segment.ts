import type { BlockCategory, BoilerplateBlock } from '../types';
import { BLOCK_TAGS, isSkippedElement, linkDensity, visibleText, wordCount } from '../dom/text';
import { sameHost } from '../dom/links';
import { blockFeatures, hasAnyToken, repetitionOf, tokensOf, wordsExceed, type BlockFeatures } from './features';
import {
  addressLine,
  bylineLine,
  captionLines,
  creditAgencies,
  dateWords,
  filedLines,
  hoverTokens,
  metaWords,
  tagLines,
} from './categories/other';
import { other } from './categories/other';
import { promoLines } from './categories/ad';
import { contactLines } from './categories/author-bio';
import { unicodeWords } from './vocab/words';
import { classify, mayHaveStrongCue, type Classification, type ClassifyContext } from './classify';
import { labelFor } from './labels';
import { VOCABULARIES } from './vocab';
import { CATEGORIES } from './categories';
import { sidebar } from './categories/sidebar';
import { skipLinkLine } from './categories/nav';
import { drain } from '../stages';
import { ancestorsOf } from '../dom/ancestors';
import { elementsIn } from '../dom/subtree';
import { cannotScoreInside, INNER_LEAST_SCORE } from './inner-precheck';
import { joinedByFlags, matchesOne } from './joined';

/** The kinds told by their own words (see `StructuralHints`), the one that wins a tie first. */
const TOLD_BY_WORDS: BlockCategory[] = CATEGORIES.flatMap((c) =>
  c.hints?.toldByWords === undefined ? [] : [{ id: c.id, tieRank: c.hints.toldByWords }],
)
  .sort((a, b) => a.tieRank - b.tieRank)
  .map((c) => c.id);
/** The kinds that are regions around the article, never flagged inside its body on their score alone. */
const AROUND_BODY_ONLY: BlockCategory[] = CATEGORIES.filter((c) => c.hints?.aroundBodyOnly).map((c) => c.id);
const SIDEBAR_LANDMARK_TOKENS = sidebar.hints?.landmarkTokens ?? [];

// Two passes. Inside Readability's result we look for the boilerplate it keeps (appeals, ad
// labels, captions) and must be strict: a false hit deletes article text. Around the body we cut
// the rest of the page into blocks (a whole sidebar split into its widgets, a footer, a cookie
// bar) and name each; there a block is boilerplate by definition and only its kind is in doubt.

export interface FlaggedElement {
  el: Element;
  classification: Classification;
  category: BlockCategory;
}

export const INSIDE_MIN_SCORE = 3;
/** Inside the body, a block longer than this many words needs a strong cue (not its words alone). */
const STRONG_CUE_WORDS = 60;
export const OUTSIDE_MIN_SCORE = 2;
/**
 * A widget's own line (a category's `lines`) is at most this long, as a promo line is: the longest
 * seen is an embed's consent notice of 31 words; the patterns are anchored, the bound is a guard.
 */
const WIDGET_LINE_MAX_WORDS = 40;
/** Each category's whole-line patterns, for the line's kind. */
const WIDGET_LINES = VOCABULARIES.flatMap((v) => (v.lines ?? []).map((re) => ({ re, category: v.id })));

/**
 * The widget lines joined into one pattern per set of flags: the thirty patterns were each tried on
 * every short line standing alone in the body, and almost none is a widget's.
 */
const WIDGET_LINE_GATES = joinedByFlags(WIDGET_LINES.map((w) => w.re));

/** Whether one of the widget lines matches `line`: when none does, no kind need be asked. */
export function mayBeWidgetLine(line: string): boolean {
  return matchesOne(WIDGET_LINE_GATES, line);
}

/**
 * The kind of widget a short standing-alone line (its visible text, which comes with its spaces
 * collapsed: collapsing it again copied every line) is by its words alone, or null.
 */
function widgetLineKind(line: string): BlockCategory | null {
  if (!mayBeWidgetLine(line)) return null;
  return WIDGET_LINES.find((w) => w.re.test(line))?.category ?? null;
}

const RELATED_LINE = unicodeWords(
  /^(read|see) (more|also)\b|^related( (stories|articles|coverage|content|news))?\s*:|^(also read|recommended|more on this|lesen sie auch|mehr zum thema|siehe auch|weiterlesen|lire aussi|à lire aussi|lee también|leggi anche|читайте также|смотрите также|по теме)\b/i,
);
/**
 * A related label that opens a paragraph made of its links ("Siehe auch <br> <a>…</a> <a>…</a>"):
 * at least this share of its text is links, whatever its length. Every such paragraph on both
 * corpora is a list of the site's other posts; article paragraphs that open "Read more" or "See also"
 * are sentences with a link or two in them (well under half links).
 */
const RELATED_PARAGRAPH_LINKS = 0.8;

/**
 * A line whose one link points the reader elsewhere: "Hier geht es zur neuen Vorstandsstruktur",
 * "... weiter zu "die Wortwahl"", "Alkohol beim Angeln – Diskussion im Forum".
 */
const pointerLine = unicodeWords(
  /^(\.{2,}|…)?\s*(hier geht('s| es) (zu|zur|zum)\b|weiter zu(m|r)?\b|zur diskussion\b)|\s[–-]\s(zur )?diskussion im forum$/i,
);
/** A pointer line is short: the longest seen has 7 words. */
const POINTER_MAX_WORDS = 12;
/** A teaser card holds a headline, a snippet and its "more" link: at most this many words. */
const TEASER_CARD_MAX_WORDS = 80;
/** The words of a teaser's "more" link, in the languages we read. */
const MORE_LINK =
  /^(mehr|weiterlesen|mehr lesen|zum artikel|read more|more|continue reading|lire la suite|leer más|czytaj dalej)\W*$/i;

/**
 * Another story's teaser Readability swept in: a headline that is only a link, a snippet, and a
 * "mehr" / "read more" link to the same page (ndr.de's "Weitere Informationen" box).
 */
function isTeaserCard(el: Element, links: Element[], words: number): boolean {
  if (words > TEASER_CARD_MAX_WORDS || links.length < 2) return false;
  const last = links[links.length - 1];
  const href = last.getAttribute('href');
  if (!href || !MORE_LINK.test(visibleText(last).trim())) return false;
  const heading = el.querySelector('h2, h3, h4, h5');
  const headline = heading?.getElementsByTagName('a')[0];
  return (
    !!heading &&
    !!headline &&
    headline.getAttribute('href') === href &&
    visibleText(headline).trim() === visibleText(heading).trim() &&
    visibleText(el).trim().startsWith(visibleText(heading).trim())
  );
}

/** A row of the post's categories or tags is short: the longest seen has 6 words. */
const TAG_ROW_MAX_WORDS = 20;
/** Where a tag or category link leads ("/category/themen/corona-die-folgen/", "/tag/…"). */
const TAG_HREFS = other.hrefs;

/**
 * The post's categories as a row of links with nothing but commas between them ("Corona & die
 * Folgen, Debatte, Deutschland, Politik"): every link leads to a tag or category page. (`links`:
 * every link of the line, in document order.)
 */
function isTagRow(links: Element[], text: string): boolean {
  if (links.length < 2 || !links.every((a) => TAG_HREFS.some((re) => re.test(a.getAttribute('href') ?? ''))))
    return false;
  let rest = text;
  for (const a of links) rest = rest.replace(visibleText(a), '');
  return /^[\s,;|·•/]*$/.test(rest);
}

/** Boilerplate inside Readability's article element (clone nodes). */
export function findInnerBoilerplate(article: Element, title: string | null = null): FlaggedElement[] {
  return drain(findInnerBoilerplateSteps(article, title));
}

/** The same, yielding after each block it inspects: a place where the analysis may pause. */
export function* findInnerBoilerplateSteps(
  article: Element,
  title: string | null = null,
): Generator<void, FlaggedElement[], void> {
  const total = visibleText(article).length || 1;
  const out: FlaggedElement[] = [];
  // the headline and the lines that sign and date the story come before its first real paragraph
  const firstProse = firstProseBlock(article);
  // depth first, in document order, each level with its own run of related links (an explicit
  // stack: one generator for the whole walk, not one per element). Each level steps from a child to
  // its next sibling, where listing every element's children made an array of each (the article is
  // Readability's detached copy: nothing moves its elements while the walk pauses)
  const stack: { next: Element | null; relatedRun: boolean }[] = [
    { next: article.firstElementChild, relatedRun: false },
  ];
  while (stack.length) {
    const level = stack[stack.length - 1];
    const child = level.next;
    if (!child) {
      stack.pop();
      continue;
    }
    level.next = child.nextElementSibling;
    if (isSkippedElement(child)) continue;
    const text = visibleText(child);
    if (!text && child.tagName !== 'FIGURE') continue;
    // after a "You may also like" label, the run of link-only lines that follows is its list
    if (level.relatedRun) {
      if (isStoryLink(child, text)) {
        out.push(flag(child, 'related', 'list:after-label'));
        continue;
      }
      level.relatedRun = false;
    }
    const flagged = inspectInner(child, text, total, firstProse, title);
    yield;
    if (flagged) {
      out.push(flagged);
      level.relatedRun =
        flagged.category === 'related' && wordCount(text) <= 8 && flagged.el.getElementsByTagName('a').length === 0;
    } else if (!isDataTable(child)) stack.push({ next: child.firstElementChild, relatedRun: false });
  }
  return out;
}

/**
 * A table Readability kept as data (a spec sheet, results): its cells are the article's figures,
 * not widgets, and looking into each of hundreds of cells cost some pages more than Readability
 * itself. The table as a whole is still inspected. (Readability 0.6 leaves its verdict on the table
 * element; without it, every table is looked into as before.)
 */
function isDataTable(el: Element): boolean {
  return el.tagName === 'TABLE' && (el as { _readabilityDataTable?: unknown })._readabilityDataTable === true;
}

const flag = (el: Element, category: BlockCategory, cue: string, score = 3): FlaggedElement => ({
  el,
  category,
  classification: { category, score, cues: [cue], scores: { [category]: score } },
});

/** The first block of running text: a sentence-length paragraph that is not a link. */
function firstProseBlock(article: Element): Element | null {
  const ps = article.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const t = visibleText(ps[i]);
    if (t.length >= 120 && wordCount(t) >= 20 && linkDensity(ps[i], t) < 0.5) return ps[i];
  }
  return null;
}

/** Only the words a date or time is written with ("Nov. 20, 2019 6:02 AM EST", "Published 1 day ago"). */
function isDateLine(text: string): boolean {
  // a date has a digit: most lines asked have none, and their words need not be listed (dropping
  // a fraction of a second below leaves its digits before it)
  if (!/\d/.test(text)) return false;
  // a machine timestamp's fraction of a second ("17:13:04.031886+02:00") is not a word of its own
  text = text.replace(/(\d:\d{2})[.,]\d{1,9}\b/g, '$1');
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length || words.length > 16) return false;
  let dated = /\d{1,2}:\d{2}/.test(text) || hasNumericDate(text);
  for (const w of words) {
    if (!dateWords.test(w) && !metaWords.test(w)) return false;
    if (
      /^\p{L}{3,}$/u.test(w) &&
      !metaWords.test(w) &&
      !durationWords.test(w) &&
      !/^(at|on|of|the|de|del|às|um|le|el|am|uhr|года?)$/.test(w)
    )
      dated = true;
  }
  return dated;
}

/**
 * A unit of time dates a line only as "5 min ago": alone it is a duration ("15 – 30 Min" in a
 * recipe, "3 hours" of a podcast), and the line is the article's.
 */
const durationWords = /^(min|mins|minutes?|hours?|hrs?|days?)$/;

/**
 * "05.12.2022", "2022-12-05", "12/5/22": numbers that can be a day, a month and a year. A phone
 * number written the same way ("+81 158-23-2012") is not a date.
 */
function hasNumericDate(text: string): boolean {
  const day = (d: number) => d >= 1 && d <= 31;
  const month = (x: number) => x >= 1 && x <= 12;
  for (const m of text.matchAll(/(?<![\d+])(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})(?![\d/.-]\d)/g)) {
    const [a, b, c] = [m[1], m[2], m[3]].map(Number);
    if (m[1].length === 4 ? month(b) && day(c) : (day(a) && month(b)) || (month(a) && day(b))) return true;
  }
  return false;
}

/** The headline, byline and dateline: short lines that sign and date the article. */
function isMetaLine(
  el: Element,
  text: string,
  words: number,
  firstProse: Element | null,
  title: string | null,
): string | null {
  if (words > 24 || !standsAlone(el) || el.tagName === 'TD' || el.tagName === 'TH') return null;
  if (isDateLine(text.replace(/^\W+/, ''))) return 'dateline';
  if (words <= 18 && isByline(text)) return 'byline';
  // "05/10/2018 - Published by: Jane Doe - Category: Health", "24.01.2022 11:38 Kategorie: News",
  // "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: …": every part a date, a byline or a label, and
  // one of them a date, a byline or a label of the post's own record (views, category, tags); such a
  // label may follow a date without a separator, other labels may not (a podcast's "Veröffentlicht
  // am 16.08.2019 Dauer: 1 Stunde Lizenz: CC-BY 4.0" is the episode's own record, which its gold keeps)
  const parts = text.split(POST_RECORD_PARTS).filter(Boolean);
  const labelPart = (x: string) => /^[\p{L} ]{2,25}:\s*\S/u.test(x) && wordCount(x) <= 8;
  if (
    parts.length >= 2 &&
    parts.some((x) => isDateLine(x) || isByline(x) || postRecordLabel.test(x)) &&
    parts.every((x) => isDateLine(x) || isByline(x) || labelPart(x))
  )
    return 'dateline';
  if (
    /^H[1-3]$/.test(el.tagName) &&
    !!title &&
    precedes(el, firstProse) &&
    (sameTitle(text, title) || sameTitle(text, title.split(/\s+[|–—-]\s+/)[0]))
  )
    return 'headline';
  return null;
}

/** The labels of a post's own record: how often it was read, where it was filed, its rating. */
const POST_RECORD_WORDS =
  'aufrufe|zugriffe|gelesen|views|hits|kategorie|kategorien|category|categories|rubrik|tags|schlagwörter|rating|bewertung';
const postRecordLabel = new RegExp(`^(${POST_RECORD_WORDS})\\s*:`, 'i');
/** Where a dateline's parts meet: a separator, or the start of a post-record label. */
const POST_RECORD_PARTS = new RegExp(`\\s+[-–—|•·]\\s+|\\s*\\|\\s*|\\s+(?=(?:${POST_RECORD_WORDS})\\s*:\\s)`, 'i');

/** "By Jane Doe", "by Jane Doe and John Roe, Reuters", "By Jane Doe - 11/18/19 11:04 PM EST". */
function isByline(text: string): boolean {
  const m = bylineLine.exec(text);
  if (!m || /[.!?]$/.test(text)) return false;
  const rest = text.slice(m[0].length).replace(/^[\s,;:|–—-]+/, '');
  if (!rest || isDateLine(rest) || (wordCount(rest) <= 5 && /^\p{Lu}/u.test(rest) && !/\s\p{Ll}{4,}/u.test(rest)))
    return true;
  // the name may run into a date ("by Regan September 15, 2014"): give the date its words back
  const name = m[0].split(/\s+/);
  for (let k = name.length - 1; k >= 2; k--) if (isDateLine(name.slice(k).join(' ') + ' ' + rest)) return true;
  return false;
}

/**
 * A card that only shows on hover, nested in a sentence: its links are not the sentence's words
 * (the card repeats the name of the link just before it, which stays).
 */
function isHoverCard(el: Element, text: string): boolean {
  if (BLOCK_TAGS.has(el.tagName)) return false;
  return hasAnyToken(el, hoverTokens) && isCardOfTrigger(el, text);
}

/** An inline element with words of its line both before and after it (or an inline element around it). */
function inSentence(el: Element): boolean {
  let before = false,
    after = false;
  for (let e: Element | null = el; e && !BLOCK_TAGS.has(e.tagName); e = e.parentElement) {
    before ||= wordsBeside(e, 'previousSibling');
    after ||= wordsBeside(e, 'nextSibling');
    if (before && after) return true;
  }
  return false;
}

/** Words next to `el` on its line, on one side: up to a line break or a block. */
function wordsBeside(el: Element, dir: 'previousSibling' | 'nextSibling'): boolean {
  for (let n = el[dir]; n; n = n[dir]) {
    if (n.nodeType === 3) {
      if (/[\p{L}\p{N}]/u.test((n as Text).data)) return true;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.tagName === 'BR' || BLOCK_TAGS.has(e.tagName)) return false;
    if (!isSkippedElement(e) && /[\p{L}\p{N}]/u.test(visibleText(e))) return true;
  }
  return false;
}

/** How many more characters than its trigger's name the fuller name opening a hover card may
 * take: a middle name or two ("Kristi Lynn Noem", "Ilhan Abdullahi Omar"). */
const HOVER_CARD_NAME_SLACK = 16;

function isCardOfTrigger(el: Element, text: string): boolean {
  const prev = el.previousElementSibling;
  if (!prev || prev.tagName !== 'A' || !el.getElementsByTagName('a').length) return false;
  const name = visibleText(prev);
  if (name.length < 3) return false;
  if (text.startsWith(name)) return true;
  // the card may give the fuller name: "Kristi Noem" opens a card for "Kristi Lynn Noem"
  // (its links may be run together: "Kristi Lynn NoemSouth Dakota governor …")
  const nameWords = name.split(/\s+/);
  const opening = text.slice(0, name.length + HOVER_CARD_NAME_SLACK);
  return nameWords.length >= 2 && text.startsWith(nameWords[0]) && nameWords.every((w) => opening.includes(w));
}

/** An inline element that is a line of its own: nothing but blocks or line breaks beside it. */
function standsAlone(el: Element): boolean {
  if (BLOCK_TAGS.has(el.tagName)) return true;
  const alone = (n: Node | null, dir: 'previousSibling' | 'nextSibling'): boolean => {
    for (; n; n = n[dir]) {
      if (n.nodeType === 3) {
        if (/\S/.test((n as Text).data)) return false;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      return e.tagName === 'BR' || BLOCK_TAGS.has(e.tagName) || isSkippedElement(e) || !visibleText(e);
    }
    return true;
  };
  return alone(el.previousSibling, 'previousSibling') && alone(el.nextSibling, 'nextSibling');
}

/** The promo lines, joined (see joinedByFlags): one line of many matches one. */
const PROMO_LINES = joinedByFlags(promoLines);

/** A caption or a credit line: it labels a picture, it does not tell the story. */
function isCaption(el: Element, text: string, words: number): boolean {
  if (words > 80) return false;
  if (matchesOne(CAPTION_LINES, text)) return true;
  if (words <= 8 && creditAgencies.test(text) && /[,/|:]/.test(text)) return true;
  return words <= 60 && hasAnyToken(el, CAPTION_TOKENS);
}

const CAPTION_LINES = joinedByFlags(captionLines);

/** Class words sites give a picture's caption or credit ("legend" in French and Swiss markup, "BU" in German). */
const CAPTION_TOKENS = ['caption', 'credit', 'credits', 'wp-caption-text', 'copyright', 'legend', 'bildunterschrift'];

/** A line that is one link to another story of the same site, headline-length. */
function isStoryLink(el: Element, text: string): boolean {
  const words = wordCount(text);
  if (words < 3 || words > 30) return false;
  const links = el.getElementsByTagName('a');
  return (
    links.length >= 1 &&
    links.length <= 2 &&
    linkDensity(el, text) >= 0.9 &&
    sameHost(links[0].getAttribute('href') ?? '', el.ownerDocument.URL, false)
  );
}

/** Every item a link to another page of the same site: a list of stories, not of sources or shops. */
function isLinkList(list: Element): boolean {
  let items = 0,
    linked = 0;
  const page = list.ownerDocument.URL;
  for (const li of Array.from(list.children)) {
    if (li.tagName !== 'LI') return false;
    const t = visibleText(li);
    if (!t) continue;
    items++;
    const a = elementsIn(li, 'a')[0];
    if (a && wordCount(t) >= 3 && linkDensity(li, t) >= 0.9 && sameHost(a.getAttribute('href') ?? '', page, false))
      linked++;
  }
  // every item, or all but a promo line or two in a longer list
  return linked >= 2 && (linked === items || (linked >= 3 && linked >= 0.6 * items));
}

function upperShare(text: string): number {
  let up = 0,
    cased = 0;
  for (const ch of text) {
    const lo = ch.toLowerCase(),
      hi = ch.toUpperCase();
    if (lo === hi) continue;
    cased++;
    if (ch === hi) up++;
  }
  return cased ? up / cased : 0;
}

/** What a short line of the body is by the rules for lines (a caption, a dateline, a promo, a tag row, …), or null. */
function lineFlag(
  el: Element,
  text: string,
  words: number,
  firstProse: Element | null,
  title: string | null,
): FlaggedElement | null {
  if (isCaption(el, text, words)) return flag(el, 'other', 'caption');
  if (isHoverCard(el, text)) return flag(el, 'other', 'hovercard');
  // (whether the line comes before the first paragraph is asked only of a headline: placing each
  // line in the document walked up from it and from the paragraph)
  const meta = isMetaLine(el, text, words, firstProse, title);
  if (meta) return flag(el, 'other', meta);
  if (words <= 40 && matchesOne(PROMO_LINES, text))
    return /\bnewsletters?\b|\bsubscribe\b.{0,40}\b(e-?mail|inbox)\b/i.test(text)
      ? flag(el, 'newsletter', 'line:promo')
      : flag(el, 'ad', 'line:promo');
  // (an address or a handle has an "@": most lines have none, and are told so without a regex)
  if (
    words <= 40 &&
    text.includes('@') &&
    /[\w.+-]+@[\w-]+\.\w|(^|\s)@\w{2,}/.test(text) &&
    contactLines.some((re) => re.test(text))
  )
    return flag(el, 'author-bio', 'line:contact');
  if (standsAlone(el)) {
    // a contact line, or the page's own address printed above the story (a source URL stays)
    if (
      BLOCK_TAGS.has(el.tagName) &&
      addressLine.test(text) &&
      (!/^https?:/i.test(text) || sameHost(text, el.ownerDocument.URL, true))
    )
      return flag(el, 'other', 'line:address');
    if (words <= 40 && tagLines.test(text) && (text.match(/,/g)?.length ?? 0) >= 2)
      return flag(el, 'other', 'line:tags');
    // (the line's links as its features list them: kept for the block's other rules, not listed twice)
    if (words <= TAG_ROW_MAX_WORDS && isTagRow(blockFeatures(el, text, words).links, text))
      return flag(el, 'other', 'line:tags');
    if (filedLines.test(text)) return flag(el, 'other', 'line:filed');
    if (words <= 4 && skipLinkLine.test(text)) return flag(el, 'nav', 'line:skip');
    const widget = words <= WIDGET_LINE_MAX_WORDS ? widgetLineKind(text) : null;
    if (widget) return flag(el, widget, 'line:widget');
  }
  return null;
}

/** Another story's teaser card, a line pointing to a page elsewhere, or a related line made of its links. */
function pointsElsewhere(el: Element, text: string, words: number, f: BlockFeatures): boolean {
  return (
    isTeaserCard(el, f.links, words) ||
    (f.links.length === 1 && words <= POINTER_MAX_WORDS && pointerLine.test(text)) ||
    // (its links asked first: most blocks have too few for it, and their text is not read)
    (((f.words <= 16 && f.linkDensity > 0.4) || (f.links.length >= 2 && f.linkDensity >= RELATED_PARAGRAPH_LINKS)) &&
      RELATED_LINE.test(text.replace(/^[([]\s*/, '')))
  );
}

function inspectInner(
  el: Element,
  text: string,
  total: number,
  firstProse: Element | null,
  title: string | null,
): FlaggedElement | null {
  if (el.tagName === 'FIGCAPTION') return text ? flag(el, 'other', 'figcaption') : null;
  // a link or a bold phrase inside a sentence ("Follow us to stay up to date on industry trends",
  // "… and subscribe to our YouTube channel for video updates") is the sentence's words, whatever
  // they say: cutting it leaves a broken sentence. Only a hover card nested there is not its words.
  // (A credit or a date at the start or end of a line, "Foto: Bensing & Reith", is not inside one.)
  if (inSentence(el)) return isHoverCard(el, text) ? flag(el, 'other', 'hovercard') : null;
  // a block holding much of the article is a container to look into, not a candidate
  if (text.length > 0.4 * total && text.length > 400) return null;
  const words = wordCount(text);
  // page chrome Readability swept in along with the article: menus and the site header (a header
  // that holds the article's first paragraph is the article's own, with a breadcrumb in it: looked into)
  if (el.tagName === 'NAV' || el.getAttribute('role') === 'navigation') return flag(el, 'nav', 'landmark:nav');
  if (
    (el.tagName === 'HEADER' || el.getAttribute('role') === 'banner') &&
    !el.getElementsByTagName('h1').length &&
    el.getElementsByTagName('nav').length &&
    !(firstProse && el.contains(firstProse))
  )
    return flag(el, 'nav', 'landmark:header');
  // (a paragraph's own tag answered first: counting the paragraphs inside it walked its subtree)
  if (el.tagName === 'P' || words <= 20 || (words <= 80 && !elementsIn(el, 'p').length)) {
    const line = lineFlag(el, text, words, firstProse, title);
    if (line) return line;
  }
  // a list whose every item is a link to another story ("More: …", "Related: …")
  if ((el.tagName === 'UL' || el.tagName === 'OL') && isLinkList(el)) return flag(el, 'related', 'list:links');
  const f = blockFeatures(el, text, words);
  // a paragraph that is only a headline-like link ("MORE: …", an all-capitals teaser) points elsewhere
  // (a tag is in brackets: a line with no "[" has none, and is told so without a regex)
  const tagged =
    text.includes('[') &&
    (text.match(/\[(video|pics|photos?|insight|gallery|watch|live|poll|latest|analysis|more)\]/gi)?.length ?? 0) >=
      (f.links.length >= 2 ? 2 : 1);
  if (
    words >= 3 &&
    words <= 60 &&
    f.links.length >= 1 &&
    ((f.linkDensity >= 0.9 && (upperShare(text) >= 0.8 || tagged || (f.links.length >= 2 && /\|/.test(text)))) ||
      (f.linkDensity >= 0.6 && f.links.length >= 2 && tagged))
  ) {
    return flag(el, 'related', 'line:related');
  }
  // A paragraph of more than 60 words is flagged below only on a cue of the strong kinds: when it
  // cannot have one, the answer is no, and its words need not be read against every vocabulary.
  if (f.words > STRONG_CUE_WORDS && !mayHaveStrongCue(f)) return null;
  // a teaser card, a pointer or a related line is named by its links and words, whatever its score;
  // any other block only on its score, and none when its evidence cannot add up to one
  const related = pointsElsewhere(el, text, words, f);
  if (!related && cannotScoreInside(f)) return null;
  const c = classify(f, { inArticle: true, afterMain: false, beforeMain: false });
  if (related)
    return { el, category: 'related', classification: { ...c, category: 'related', cues: ['line:related'] } };
  if (
    c.category === 'nav' &&
    c.score >= 5 &&
    f.linkDensity > 0.8 &&
    f.links.length >= 4 &&
    f.words / f.links.length <= 3
  )
    return { el, category: 'nav', classification: c };
  // a rail of teasers under its own label ("Most read", "Trending") that Readability swept in
  if (
    c.category === 'sidebar' &&
    c.score >= 4.5 &&
    c.cues.some((q) => q.startsWith('heading:')) &&
    f.linkDensity > 0.4 &&
    f.links.length >= 3
  )
    return { el, category: 'sidebar', classification: c };
  if (c.score < INSIDE_MIN_SCORE || AROUND_BODY_ONLY.includes(c.category)) {
    // a short bio or appeal with both its words and its class name agreeing
    const both =
      c.cues.some((q) => q.startsWith('text:')) && c.cues.some((q) => q.startsWith('class:') || q.startsWith('links:'));
    if (!(both && c.score >= INNER_LEAST_SCORE && f.words <= 80 && TOLD_BY_WORDS.includes(c.category))) return null;
  }
  // vocabulary alone must be backed by a label, a form, links of the kind or a class hint,
  // unless the block is short: one sentence mentioning "donate" is reporting, not an appeal
  const strong = c.cues.some((q) => /^(heading|form|links|class|button|iframe|line)/.test(q));
  if (!strong && f.words > STRONG_CUE_WORDS) return null;
  if (c.category === 'author-bio' && !c.cues.some((q) => q.startsWith('text:') || q.startsWith('heading:')))
    return null;
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

export type OuterBlock = { el: Element; category: BlockCategory; classification: Classification };

export function findOuterBlocks(doc: Document, ctx: OuterContext): OuterBlock[] {
  return drain(findOuterBlocksSteps(doc, ctx));
}

/** The same, yielding after each region around the body it names: a place where the analysis may pause. */
export function* findOuterBlocksSteps(doc: Document, ctx: OuterContext): Generator<void, OuterBlock[], void> {
  const out: OuterBlock[] = [];
  const body = doc.body;
  if (!body) return out;
  const cover = flaggedCoverage(ctx.flagged);
  const container = articleContainer(ctx);
  TITLE_HEADINGS.set(ctx, titleHeadings(body, ctx.title));
  // depth first, in document order, down through the main units and their ancestors (an explicit
  // stack: one generator for the whole walk, where one per main paragraph cost a generator's start
  // for each, and each pause passed up through all of them)
  const stack: OuterLevel[] = [outerLevel(body, false, ctx)];
  while (stack.length) {
    const level = stack[stack.length - 1];
    const child = nextChild(level);
    if (!child) {
      stack.pop();
      continue;
    }
    if (isSkippedElement(child) || ctx.flagged.has(child)) continue;
    // the links and spans of a main paragraph are its text, not blocks of their own
    if (level.isUnit && !BLOCK_TAGS.has(child.tagName) && !ctx.mainSet.has(child) && !ctx.ancestorSet.has(child))
      continue;
    if (coveredByFlagged(child, cover, ctx)) continue;
    if (ctx.mainSet.has(child) || ctx.ancestorSet.has(child)) {
      const inArticle =
        level.inArticle || child.tagName === 'ARTICLE' || (ctx.ancestorSet.has(child) && child === container);
      // a paragraph with no element in it holds no block
      if (child.firstElementChild) stack.push(outerLevel(child, inArticle, ctx));
    } else if (child.firstChild) {
      region(child, null, level.inArticle, out, ctx, 0);
      holdPlaces(stack);
      yield;
    }
    // (an element with nothing in it (an icon, a spacer, an empty ad slot, a field) has no text and
    // no frame or picture inside: region would name nothing, and no work was done to pause after)
  }
  return out;
}

/**
 * One element the outer pass walks down through: the main body, or an ancestor of some of it. Its
 * children are read one by one as the walk reaches them, not listed first: most are a main
 * paragraph's links and emphasis. Until the walk first pauses, that is: see `holdPlaces`.
 */
interface OuterLevel {
  next: Element | null;
  /** The children still to walk, as they were at the walk's first pause (null before it). */
  rest: Element[] | null;
  /** The element is a main unit: only its block children may be blocks. */
  isUnit: boolean;
  inArticle: boolean;
}

function outerLevel(el: Element, inArticle: boolean, ctx: OuterContext): OuterLevel {
  return { next: el.firstElementChild, rest: null, isUnit: ctx.mainSet.has(el), inArticle };
}

function nextChild(level: OuterLevel): Element | null {
  if (level.rest) return level.rest.shift() ?? null;
  const child = level.next;
  level.next = child?.nextElementSibling ?? null;
  return child;
}

/**
 * Before a pause: the outer pass walks the live page, whose own scripts run while the analysis
 * waits, and a child removed then (a consent bar closed, an ad slot replaced) has no next sibling
 * to step to: the rest of its level would go unwalked. So each level's remaining children are
 * listed as they stand (once; the levels pushed later list theirs at their own first pause).
 */
function holdPlaces(stack: OuterLevel[]): void {
  for (const level of stack) {
    if (level.rest) continue;
    level.rest = [];
    for (let c = level.next; c; c = c.nextElementSibling) level.rest.push(c);
  }
}

/**
 * For every ancestor of elements already flagged inside the body, the text length they add up to: a wrapper mostly made of one (a <figure> around a flagged caption) is
 * covered and not reported twice. One walk up per flagged element instead of a scan per candidate.
 */
function flaggedCoverage(flagged: Set<Element>): Map<Element, number> {
  const cover = new Map<Element, number>();
  for (const f of flagged) {
    const len = visibleText(f).length;
    for (let a = f.parentElement; a; a = a.parentElement) cover.set(a, (cover.get(a) ?? 0) + len);
  }
  return cover;
}

/** A wrapper whose flagged blocks add up to this share of its text is covered by them. */
const COVERED_BY_FLAGGED = 0.8;

function coveredByFlagged(el: Element, cover: Map<Element, number>, ctx: OuterContext): boolean {
  const n = cover.get(el);
  if (!n) return false;
  // the body and its ancestors hold flagged lines among their paragraphs: a few paragraphs tell
  // them apart, where reading the whole container's text read the article's (needed nowhere else)
  if ((ctx.mainSet.has(el) || ctx.ancestorSet.has(el)) && mainTextOutweighs(el, n, ctx)) return false;
  const t = visibleText(el).length;
  return t > 0 && n >= COVERED_BY_FLAGGED * t;
}

/**
 * Whether the text of the main units inside `el` alone is too long for `n` characters of flagged
 * blocks to cover `el`. Why it is safe: an element's visible text is its children's joined, each
 * whole, so it is at least as long as the texts of disjoint descendants it shows added up; a unit
 * is counted only when nothing between it and `el` is skipped (it is then shown in `el`'s text) or
 * is a unit itself (its text is then counted with that unit's). Units are read in document order
 * until their text is enough.
 */
function mainTextOutweighs(el: Element, n: number, ctx: OuterContext): boolean {
  let shown = 0;
  for (const u of ctx.mainSet) {
    if (u === el || !el.contains(u) || !shownWithin(u, el, ctx.mainSet)) continue;
    shown += visibleText(u).length;
    if (n < COVERED_BY_FLAGGED * shown) return true;
  }
  return false;
}

/** Whether `u`'s text is part of its ancestor `el`'s on its own: no element between them is skipped or a main unit. */
function shownWithin(u: Element, el: Element, units: Set<Element>): boolean {
  for (let a = u.parentElement; a && a !== el; a = a.parentElement)
    if (isSkippedElement(a) || units.has(a)) return false;
  return true;
}

/**
 * The article container: the nearest common ancestor of the first and last paragraph (or either,
 * when one holds the other), the one element that contains both and has no child that does. Found
 * once per walk, where asking each ancestor of the body listed its children (a page wrapper's
 * hundreds) to ask each whether it held both.
 */
function articleContainer(ctx: OuterContext): Element | null {
  if (!ctx.firstMain || !ctx.lastMain) return null;
  const holdsFirst = ancestorsOf([ctx.firstMain]).add(ctx.firstMain);
  for (let a: Element | null = ctx.lastMain; a; a = a.parentElement) if (holdsFirst.has(a)) return a;
  return null;
}

function region(
  el: Element,
  landmark: BlockCategory | null,
  inArticle: boolean,
  out: OuterBlock[],
  ctx: OuterContext,
  depth: number,
  confidentOnly = false,
): void {
  const text = visibleText(el);
  if (!text && !mayBeAdSlot(el)) return;
  const f = blockFeatures(el, text);
  if (isArticleHeader(el, text, ctx)) {
    // the headline's wrapper may still hold a share bar or a tag list: look inside it, but the
    // headline, byline and dateline themselves are the article's, not clutter
    for (const child of Array.from(el.children))
      if (!isSkippedElement(child)) region(child, landmark, inArticle, out, ctx, depth + 1, true);
    return;
  }
  const cctx: ClassifyContext = {
    inArticle,
    afterMain: follows(el, ctx.lastMain),
    beforeMain: precedes(el, ctx.firstMain),
  };
  // a container that is split is named by its parts, not by its own words: it is classified first
  // only when that could make it a page landmark kept whole
  const early = mayBeLandmark(f, cctx) ? classify(f, cctx) : null;
  const strongLandmark =
    !!early &&
    early.cues.some((q) => q === 'landmark:nav' || q === 'landmark:footer' || q === 'landmark:header') &&
    early.score >= 3;
  const parts = strongLandmark || depth > 6 ? null : splitParts(el, cctx);
  if (parts) {
    const inner: BlockCategory | null = landmarkOf(f, inArticle) ?? landmark;
    for (const p of parts) region(p, inner, inArticle, out, ctx, depth + 1);
    return;
  }
  const c = early ?? classify(f, cctx);
  if (
    (f.tag === 'figure' || (f.tag !== 'body' && !wordsExceed(f, 59) && el.getElementsByTagName('figcaption').length)) &&
    !(c.category === 'author-bio' && c.score >= 2)
  ) {
    if (!confidentOnly && wordsExceed(f, 0))
      out.push({ el, category: 'other', classification: { ...c, category: 'other', cues: ['figcaption'] } });
    return;
  }
  if (confidentOnly && (c.score < INSIDE_MIN_SCORE || c.category === 'other' || c.category === 'author-bio')) return;
  let category: BlockCategory = c.score >= OUTSIDE_MIN_SCORE ? c.category : (landmark ?? wordedCategory(c) ?? 'other');
  if (
    category === 'author-bio' &&
    !wordsExceed(f, 14) &&
    !c.cues.some((q) => q.startsWith('text:') || q.startsWith('heading:'))
  )
    return; // a byline
  if (landmark === 'sidebar' && (category === 'related' || category === 'other')) category = 'sidebar';
  // an article's own <footer> holding just the writer's bio (no copyright, no link list)
  if (
    category === 'footer' &&
    !wordsExceed(f, 150) &&
    (c.scores['author-bio'] ?? 0) >= 1 &&
    !c.cues.some((q) => q.startsWith('text:footer')) &&
    f.linkDensity < 0.5
  )
    category = 'author-bio';
  if (category === 'other' && !wordsExceed(f, 2) && !f.iframes) return; // stray labels and icons
  out.push({ el, category, classification: { ...c, category } });
}

/**
 * Whether a region with no text may still be named: an embedded frame, or a picture in a slot its
 * class calls an ad. Asked before its features, which an empty icon or spacer never needs.
 */
function mayBeAdSlot(el: Element): boolean {
  // most regions without text are empty boxes, spacers and hidden fields: nothing inside to list
  if (!el.firstElementChild) return false;
  if (el.getElementsByTagName('iframe').length) return true;
  return (
    el.getElementsByTagName('img').length > 0 && /\bads?\b|advert|banner|sponsor/i.test([...tokensOf(el)].join(' '))
  );
}

/**
 * Whether classifying the region could give it a landmark cue (`landmark:nav`, `landmark:header`,
 * `landmark:footer`), which keeps a strong landmark whole. The classifier adds those cues on these
 * tags and roles alone (scoreStructure in ./classify.ts; tests/boilerplate/segment-prechecks.test.ts
 * fails if they drift apart); any other region's own classification is not needed when it is split.
 */
export function mayBeLandmark(f: Pick<BlockFeatures, 'tag' | 'role'>, cctx: ClassifyContext): boolean {
  return (
    f.tag === 'nav' ||
    f.role === 'navigation' ||
    f.role === 'menubar' ||
    (!cctx.inArticle && (f.tag === 'header' || f.role === 'banner' || f.tag === 'footer' || f.role === 'contentinfo'))
  );
}

/**
 * A weakly scored block outside the body whose own words name a kind that is told by words (a
 * cookie notice, an appeal, a sign-up line, a comment policy): those words beat a stray class name.
 */
function wordedCategory(c: Classification): BlockCategory | null {
  let best: BlockCategory | null = null;
  for (const k of TOLD_BY_WORDS) {
    if (c.scores[k] && c.scores[k]! >= 1 && (!best || c.scores[k]! > c.scores[best]!)) best = k;
  }
  return best;
}

/** The kind of page region a container is by its landmark cues alone (not its contents). */
function landmarkOf(f: ReturnType<typeof blockFeatures>, inArticle: boolean): BlockCategory | null {
  if (f.tag === 'aside' || f.role === 'complementary' || SIDEBAR_LANDMARK_TOKENS.some((t) => f.tokens.has(t)))
    return 'sidebar';
  if (!inArticle && (f.tag === 'footer' || f.role === 'contentinfo' || f.tokens.has('footer'))) return 'footer';
  if (
    !inArticle &&
    (f.tag === 'header' || f.tag === 'nav' || f.role === 'banner' || f.role === 'navigation' || f.tokens.has('header'))
  )
    return 'nav';
  return null;
}

/**
 * A container of several widgets (a sidebar holding "Most read" and a newsletter box, an article
 * footer holding tags, share buttons and an author bio) is split into them. A list of similar
 * items (a teaser list) is not split.
 */
function splitParts(el: Element, cctx: ClassifyContext): Element[] | null {
  // down through wrappers of one visible child (at most ten): a wrapper's first two visible
  // children tell whether it has one, where listing them all read each of a list's hundred items
  let node = el;
  let firstTwo = visibleChildren(node, 2);
  for (let i = 0; i < 10 && firstTwo.length === 1; i++) {
    node = firstTwo[0];
    firstTwo = visibleChildren(node, 2);
  }
  if (firstTwo.length < 2) return null;
  // only the wrapper's shape is asked here, not all its features (it may be a wrapper no rule
  // looks at again); a list of similar items is told before its items are listed
  if (repetitionOf(node) >= 0.6) return null;
  const kids = visibleChildren(node, Infinity);
  let labelled = 0;
  const widgets: BlockFeatures[] = [];
  for (const k of kids) {
    // a short label ("Most read", "Newsletter") or a lone button names its sibling; not a widget
    // (told by its words and links alone: its other features are read only if it becomes a region,
    // and its words counted only as far as these thresholds, when no rule counts them all)
    const kf = blockFeatures(k);
    if (!wordsExceed(kf, 5) && k.getElementsByTagName('a').length <= 1) continue;
    // (a part of 20 characters or fewer cannot hold more than its label: its label is not looked for)
    if (kf.text.length > 20 && wordsExceed(kf, 2) && isLabelled(kf)) labelled++;
    // two labelled parts split the container whatever the classifier says of them: they are then
    // classified as regions of their own, and one that is itself split, never (the parts after
    // them need not be weighed)
    if (labelled >= 2) return kids;
    widgets.push(kf);
  }
  return twoConfidentWidgets(widgets, kids.length, cctx) ? kids : null;
}

/** A part under its own short label: a heading or first line with 20 characters more after it. */
function isLabelled(kf: BlockFeatures): boolean {
  return !!kf.heading && kf.heading.length < 60 && kf.text.length > kf.heading.length + 20;
}

/**
 * Whether the classifier is sure of two of the container's widgets (`kids` parts in all), of two
 * kinds or beside a part it is not sure of. The widgets are classified one by one until the answer
 * is known: once two are sure and another part is not, or once too few are left to make two.
 */
function twoConfidentWidgets(widgets: BlockFeatures[], kids: number, cctx: ClassifyContext): boolean {
  const kinds = new Set<BlockCategory>();
  let sure = 0;
  for (let i = 0; i < widgets.length; i++) {
    if (sure + widgets.length - i < 2) return false;
    const kc = classify(widgets[i], cctx);
    if (kc.score >= 3 && kc.category !== 'other') {
      kinds.add(kc.category);
      sure++;
    }
    // a part not sure of: a short label left out above, or a widget classified so far
    const unsure = kids - widgets.length + (i + 1 - sure);
    if (kinds.size >= 2 || (sure >= 2 && unsure > 0)) return true;
  }
  return false;
}

/** The first `max` children of `el` that show text or a frame, stepped through (no list of all its children made). */
function visibleChildren(el: Element, max: number): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c && out.length < max; c = c.nextElementSibling)
    if (!isSkippedElement(c) && (visibleText(c) || c.getElementsByTagName('iframe').length)) out.push(c);
  return out;
}

/**
 * The page's h1 and h2 that give the headline, in document order. Every region asks whether it
 * holds one, and selecting each region's own h1 and h2 walked the page again at every level of
 * nesting: the page's few are found once, and a region holds the first of them it contains.
 */
const TITLE_HEADINGS = new WeakMap<OuterContext, Element[]>();

function titleHeadings(root: Element, title: string | null): Element[] {
  if (!title) return [];
  const all = Array.from(root.querySelectorAll('h1,h2'));
  if (/^H[12]$/.test(root.tagName)) all.unshift(root);
  // the title made comparable once, not again for each of the page's headings
  const y = comparableTitle(title);
  return all.filter((h) => sameComparable(comparableTitle(visibleText(h)), y));
}

function isArticleHeader(el: Element, text: string, ctx: OuterContext): boolean {
  if (!ctx.title) return false;
  // (a region is named only inside findOuterBlocksSteps, which finds them; else, from the region)
  const headings = TITLE_HEADINGS.get(ctx) ?? titleHeadings(el, ctx.title);
  // the region may be the headline itself (an <h1> straight inside <article>)
  const h = /^H[12]$/.test(el.tagName)
    ? headings.find((x) => x === el)
    : headings.find((x) => x !== el && el.contains(x));
  return !!h && text.length < visibleText(h).length + 400;
}

function sameTitle(a: string, b: string): boolean {
  return sameComparable(comparableTitle(a), comparableTitle(b));
}

/** A heading or title as sameTitle compares it: lower case, letters and digits, single spaces. */
function comparableTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameComparable(x: string, y: string): boolean {
  return !!x && (x === y || (x.length > 15 && (y.startsWith(x) || x.startsWith(y))));
}

function follows(el: Element, ref: Element | null): boolean {
  return !!ref && !!(ref.compareDocumentPosition(el) & 4) && !el.contains(ref);
}
function precedes(el: Element, ref: Element | null): boolean {
  return !!ref && !!(ref.compareDocumentPosition(el) & 2) && !el.contains(ref);
}

export function toBlock(
  el: Element,
  category: BlockCategory,
  c: Classification,
  placement: 'inside' | 'outside',
): BoilerplateBlock {
  return { category, label: labelFor(category, c.cues), text: visibleText(el), placement, cues: c.cues };
}
