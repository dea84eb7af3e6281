import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

// The first stage of automatic marking: a decision, cheap enough for every page the reader opens,
// whether the page may hold an article. Only then is the analysis loaded into it. A page let through
// that is no article costs the analysis once; an article held back loses its marks until the reader
// opens the popup, so the gate leans towards letting pages through.

/**
 * The text test's numbers, chosen on the corpora (`npm run eval -- --only gate`, which prints the
 * grid): 654 articles of the Scrapinghub and trafilatura-dev sets against 48 pages with no article
 * (40 generated section fronts and search pages of real sites, 8 trafilatura-dev pages the analysis
 * declines). A paragraph is a <p> of at least `paragraph` characters (80 of 60, 80, 100, 140 held
 * back the fewest articles for the listings let through); an article body is one element holding at
 * least `body` characters of them, the analysis's own minimum article length.
 */
export const GATE_TEXT = { paragraph: 80, body: 250 } as const;

export type GateText = { paragraph: number; body: number };

export type GateSignal = 'metadata' | 'paragraphs' | 'readerable' | 'none';

export interface GateVerdict {
  article: boolean;
  /** What decided it. */
  signal: GateSignal;
}

/**
 * A page may hold an article when it says so of itself, when one element holds an article body of
 * paragraphs (a section front's or a search page's snippets sit each in a teaser of its own), or,
 * on a page that hardly uses <p> at all (text in <div>s with <br>s, <pre>), when Readability's own
 * readerable check passes.
 */
export function articleGate(doc: Document, text: GateText = GATE_TEXT): GateVerdict {
  if (declaresArticle(doc)) return { article: true, signal: 'metadata' };
  const paragraphs = paragraphText(doc, text);
  if (paragraphs.body) return { article: true, signal: 'paragraphs' };
  if (paragraphs.total < text.body && isProbablyReaderable(doc)) return { article: true, signal: 'readerable' };
  return { article: false, signal: 'none' };
}

/** Whether one element's own long paragraphs reach an article body, and all long paragraphs' length. */
function paragraphText(doc: Document, text: GateText): { body: boolean; total: number } {
  const byParent = new Map<Element | null, number>();
  let total = 0;
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const length = (p.textContent ?? '').trim().length;
    if (length < text.paragraph) continue;
    total += length;
    const sum = (byParent.get(p.parentElement) ?? 0) + length;
    if (sum >= text.body) return { body: true, total };
    byParent.set(p.parentElement, sum);
  }
  return { body: false, total };
}

/** Schema.org types whose page is an article (and their subtypes a page may name instead). */
const ARTICLE_TYPE = /^(\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Review|Interview)$/;
/** Types that declare a page of many items: their nested articles are teasers, not the page. */
const LIST_TYPE = /^(CollectionPage|ItemList|SearchResultsPage)$/;

/** The page says of itself that it is an article: Open Graph, article meta tags or JSON-LD. */
export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/^article\b/i.test(og.trim())) return true;
  if (doc.querySelector('meta[property="article:published_time"]')) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const types = topLevelTypes(script.textContent ?? '');
    if (types.some((t) => LIST_TYPE.test(t))) return false;
    if (types.some((t) => ARTICLE_TYPE.test(t))) return true;
  }
  return false;
}

/** The @type of each top-level JSON-LD item (and of each item of a top-level @graph). */
function topLevelTypes(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const items = (Array.isArray(data) ? data : [data]).flatMap((d) =>
    d && typeof d === 'object' && Array.isArray((d as { '@graph'?: unknown[] })['@graph'])
      ? (d as { '@graph': unknown[] })['@graph']
      : [d],
  );
  return items.flatMap((d) => {
    const t = d && typeof d === 'object' ? (d as { '@type'?: unknown })['@type'] : undefined;
    return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
  });
}
