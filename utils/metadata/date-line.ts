import { CHANGED_WORDS, parseShownDate } from './dates';

// The date line under (or just above) a headline ("18 NOV 2019", "November 15, 2019"): what a
// reader sees as the article's date when the page has no machine-readable one, no <time> and no
// date in its URL.

/**
 * How much text may stand between a headline and its date line (a byline, a kicker, share
 * buttons). On the 74 quote dev articles the first date after an <h1> was the publication day at
 * 47 to 391 characters on 55 pages and beyond that only scattered (597, 781, 1315 correct; 1759
 * wrong: a date in the comments): 400 keeps every close one and none of the far ones.
 */
const DATE_LINE_REACH = 400;
/**
 * How much text may stand between a headline and a date line above it, read when none follows the
 * headline: a byline and date over the <h1> ("publiziert am 30. Juli 2018", "14. Februar 2012 |
 * Drucken"). On the pages of both corpora with a machine-readable date and no date line below
 * their headline, the nearest date line above it named that day on 41 of 43 pages within 80
 * characters (72 at most; of the two others one a day off, one a date of the page's topic) and on
 * 1 of 2 beyond (100: a week off): 80 keeps the close ones.
 */
const DATE_ABOVE_REACH = 80;
/** A date line is short: a date, perhaps with a time or "Published". */
const DATE_LINE_MAX = 60;
/** Headlines looked at: a site's logo or section title is often an <h1> before the article's. */
const HEADLINES_MAX = 3;

/**
 * The day of the first date line within reach after one of the page's first headlines, else of the
 * nearest one just above one of them.
 */
export function dateLine(doc: Document): string | null {
  const headlines = Array.from(doc.querySelectorAll('h1')).slice(0, HEADLINES_MAX);
  for (const h of headlines) {
    const day = dateNear(doc, h, 'after', DATE_LINE_REACH);
    if (day) return day;
  }
  for (const h of headlines) {
    const day = dateNear(doc, h, 'before', DATE_ABOVE_REACH);
    if (day) return day;
  }
  return null;
}

function dateNear(doc: Document, headline: Element, side: 'before' | 'after', reach: number): string | null {
  const walk = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  walk.currentNode = headline;
  const step = () => (side === 'after' ? walk.nextNode() : walk.previousNode());
  let read = 0;
  for (let n = step(); n && read < reach; n = step()) {
    const el = n.parentElement;
    if (!el || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
    const t = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const d = t.length <= DATE_LINE_MAX ? parseShownDate(t) : null;
    // ("Updated Nov 13, 2019" is when it changed, not when it was published)
    if (d && !CHANGED_WORDS.test(el.parentElement?.textContent ?? t)) return d.day;
    read += t.length;
  }
  return null;
}
