import { outletOf } from '../library/search';
import type { RememberedQuote, SavedQuote } from '../library/types';
import type { AlsoPart, AlsoReported, PageLinkRequest, PageLinks } from './also';
import type { DiffPart } from './direct';
import { linkQuote, type Link } from './link';
import { LinkIndex } from './quote-index';
import { articleRecords, toLinkRecord, type LinkRecord } from './record';
import { isContentWord, spannedWords, stem } from './words';
import { siteHost } from '../site-host';

// The articles that count for "Also reported by": the reader's saved quotes, and the remembered
// articles when the reader keeps them. Runs where the library lives (the background), never in a
// page: the index is built once from the stored quotes and kept up to date as pages are linked,
// and built again after the library changes elsewhere.

export interface LinkerDeps {
  saved(): Promise<SavedQuote[]>;
  remembered(): Promise<RememberedQuote[]>;
  /** Keeps an analysed article (called only when the reader remembers articles). */
  remember(article: string, quotes: RememberedQuote[]): Promise<void>;
  now(): Date;
}

/** What the "Also reported by" line says of a remembered or saved quote's page. */
interface Source {
  outlet: string;
  url: string | null;
  title: string | null;
  published: string | null;
  saved: boolean;
}

interface Built {
  index: LinkIndex;
  sources: Map<string, Source>;
}

export interface Linker {
  /** Links a page's quotes to the articles that count; remembers the page first when `remember`. */
  linkPage(page: PageLinkRequest, remember: boolean): Promise<PageLinks>;
  /** The library changed elsewhere: the next page builds the index again. */
  invalidate(): void;
}

export function createLinker(deps: LinkerDeps): Linker {
  let built: Promise<Built> | null = null;
  const build = async (): Promise<Built> => {
    const [saved, remembered] = await Promise.all([deps.saved(), deps.remembered()]);
    const index = new LinkIndex();
    const sources = new Map<string, Source>();
    for (const r of remembered) addRemembered(index, sources, r);
    for (const q of saved) addSaved(index, sources, q);
    return { index, sources };
  };
  return {
    async linkPage(page, remember) {
      const b = await (built ??= build().catch((e) => {
        built = null;
        throw e;
      }));
      const records = articleRecords(page);
      const out: PageLinks = {};
      for (const r of records) {
        const also = alsoReported(r, linkQuote(r, b.index), b);
        if (also.length) out[r.quote] = also;
      }
      if (remember) {
        const kept = rememberedQuotes(page, deps.now());
        await deps.remember(page.id, kept);
        b.index.removeArticle(page.id);
        for (const q of kept) addRemembered(b.index, b.sources, q);
      }
      return out;
    },
    invalidate() {
      built = null;
    },
  };
}

function addSaved(index: LinkIndex, sources: Map<string, Source>, q: SavedQuote): void {
  const outlet = outletOf(q);
  const article = { id: q.articleKey, title: q.page.title, site: outlet, published: q.page.published };
  const r = toLinkRecord(article, { ...q, speaker: { name: q.speaker.name, role: q.speaker.role } });
  index.add(r);
  sources.set(r.key, { outlet, url: q.page.url, title: q.page.title, published: q.page.published, saved: true });
}

function addRemembered(index: LinkIndex, sources: Map<string, Source>, q: RememberedQuote): void {
  const outlet = q.site?.trim() || hostOf(q.url);
  const article = { id: q.article, title: q.title, description: q.description, site: outlet, published: q.published };
  const r = toLinkRecord(article, q.quote);
  index.add(r);
  sources.set(r.key, { outlet, url: q.url, title: q.title, published: q.published, saved: false });
}

function rememberedQuotes(page: PageLinkRequest, now: Date): RememberedQuote[] {
  const { id, url, title, description, site, published } = page;
  return page.quotes.map((quote) => ({
    key: `${id}#${quote.id}`,
    article: id,
    url,
    title,
    description,
    site,
    published,
    quote,
    rememberedAt: now.toISOString(),
  }));
}

const hostOf = (url: string) => siteHost(url) ?? url;

/** One report per other article (its strongest link), the earliest published first. */
function alsoReported(r: LinkRecord, links: Link[], b: Built): AlsoReported[] {
  const best = new Map<string, { link: Link; other: LinkRecord }>();
  for (const link of links) {
    const other = b.index.get(link.to);
    if (!other) continue;
    const seen = best.get(other.article);
    // the strongest link; among equals, the reader's own saved quote over a remembered one
    if (!seen || link.score > seen.link.score || (link.score === seen.link.score && b.sources.get(other.key)?.saved))
      best.set(other.article, { link, other });
  }
  return [...best.values()]
    .map(({ link, other }): AlsoReported => {
      const s = b.sources.get(other.key)!;
      return {
        outlet: s.outlet,
        url: s.url,
        title: s.title,
        date: s.published ?? other.date,
        relation: link.relation,
        kind: other.kind,
        score: link.score,
        parts: link.diff ? diffParts(link.diff) : sharedParts(other.text, r.stems),
        saved: s.saved,
      };
    })
    .sort((x, y) => (x.date ?? '\uffff').localeCompare(y.date ?? '\uffff') || x.outlet.localeCompare(y.outlet));
}

/** The word diff of this page's quote against theirs: what both have, what only one has, a space apart. */
export function diffParts(diff: readonly DiffPart[]): AlsoPart[] {
  const parts: AlsoPart[] = [];
  diff.forEach((d, i) => {
    if (i) parts.push({ op: 'plain', text: ' ' });
    parts.push({ op: d.op === 'same' ? 'plain' : d.op, text: d.text });
  });
  return parts;
}

/** A paraphrase's own words, with those whose stem this page's quote also uses marked as shared. */
export function sharedParts(text: string, stems: readonly string[]): AlsoPart[] {
  const mine = new Set(stems);
  const { words, spans } = spannedWords(text);
  const parts: AlsoPart[] = [];
  const push = (op: AlsoPart['op'], s: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += s;
    else if (s) parts.push({ op, text: s });
  };
  let at = 0;
  words.forEach((w, i) => {
    const [from, to] = spans[i];
    push('plain', text.slice(at, from));
    push(isContentWord(w) && mine.has(stem(w)) ? 'shared' : 'plain', text.slice(from, to));
    at = to;
  });
  push('plain', text.slice(at));
  return parts;
}
