import type { PageMetadata, PublishedFrom } from '../types';
import { dateLine } from './date-line';
import { collapseSpace, visibleText } from '../dom/text';
import { articleNodes, jsonLdNodes, ldNames, ldString, ldTypes, type LdNode } from './json-ld';
import { CHANGED_WORDS, dateFromUrl, localPublished, normalizeDate, parseShownDate, type ShownDate } from './dates';
import { siteHost } from '../site-host';
import { hasAnyToken } from '../boilerplate/features';
import { comments } from '../boilerplate/categories/comments';

// Each field takes the first source that answers, in the order publishers are most careful with:
// structured data (JSON-LD, Open Graph), then generic meta tags, then what the page shows.

type MetaTags = Map<string, string>;

/** Every <meta> of the page, read once: one pass instead of a selector query per key. */
function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, collapseSpace(content));
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = tags.get(k);
    if (v) return v;
  }
  return null;
}

const first = <T>(...xs: (T | null | undefined)[]): T | null => xs.find((x) => x != null && x !== '') ?? null;
/** Like `first`, for sources that cost a DOM search: each runs only if those before it gave nothing. */
const firstOf = <T>(...xs: (() => T | null | undefined)[]): T | null => {
  for (const x of xs) {
    const v = x();
    if (v != null && v !== '') return v;
  }
  return null;
};

export function extractMetadata(doc: Document, url: string, readabilityByline?: string | null): PageMetadata {
  const tags = readMetaTags(doc);
  const ld = articleNodes(jsonLdNodes(doc));
  const fromLd = (k: string) => first(...ld.map((n) => ldString(n[k])));

  const docTitle = collapseSpace(doc.title || doc.querySelector('title')?.textContent || '');
  // the name the site gives itself, apart from any title (a name guessed from the title's last
  // part cannot tell whether a headline ends with the site's name)
  const declaredSite = first(
    meta(tags, 'og:site_name', 'application-name', 'al:android:app_name'),
    ...ld.map((n) => publisherName(n)),
  );
  const site = first(declaredSite, siteFromTitle(docTitle), hostLabel(url));
  const title = firstOf(
    () => withoutSiteName(meta(tags, 'og:title', 'twitter:title'), declaredSite ?? hostLabel(url)),
    () => fromLd('headline'),
    () => h1Title(doc, docTitle),
    () => stripSite(docTitle, site),
    () => docTitle || null,
  );

  const canonical = first(
    doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'),
    meta(tags, 'og:url'),
    url,
  );
  const stamp = firstOf(
    () => first(...ld.map((n) => normalizeDate(ldString(n.datePublished) ?? ldString(n.dateCreated)))),
    () =>
      normalizeDate(
        meta(
          tags,
          'article:published_time',
          'og:article:published_time',
          'datepublished',
          'pubdate',
          'publishdate',
          'publish-date',
          'publish_date',
          'date',
          'dc.date.issued',
          'dc.date',
          'dcterms.created',
          'dcterms.date',
          'sailthru.date',
          'parsely-pub-date',
          'article.published',
          'article:published',
          'og:pubdate',
          'datecreated',
          'cxenseparse:recs:publishtime',
        ),
      ),
    () => normalizeDate(publishedLikeMeta(tags)),
    () => {
      const el = doc.querySelector('[itemprop="datePublished"]');
      return normalizeDate(el?.getAttribute('datetime') ?? el?.getAttribute('content'));
    },
    () => normalizeDate(firstTimeElement(doc)),
  );
  const urlDay = syndicatedFrom(tags, canonical, url)
    ? dateFromUrl(absolute(meta(tags, 'og:url')!, url))
    : (dateFromUrl(canonical ? absolute(canonical, url) : url) ?? dateFromUrl(url));
  let published = localPublished(stamp, () => shownPublished(doc), urlDay);
  let publishedFrom: PublishedFrom | null = !published ? null : stamp ? 'metadata' : urlDay ? 'url' : 'page';
  if (!published) {
    published = dateLine(doc);
    if (published) publishedFrom = 'date line';
  }
  const modified = first(
    ...ld.map((n) => normalizeDate(ldString(n.dateModified))),
    normalizeDate(meta(tags, 'article:modified_time', 'og:updated_time', 'datemodified', 'last-modified')),
  );

  const author = firstOf(
    () => first(...ld.map((n) => joinNames(ldNames(n.author)))),
    () => nonUrl(meta(tags, 'author', 'article:author', 'sailthru.author', 'parsely-author', 'dc.creator', 'byl')),
    () => bylineElement(doc),
    () => (readabilityByline ? cleanByline(readabilityByline) : null),
  );

  const language = first(
    doc.documentElement?.getAttribute('lang'),
    meta(tags, 'content-language', 'og:locale', 'dc.language'),
    ...ld.map((n) => ldString(n.inLanguage)),
  );

  return {
    title: title ? collapseSpace(title) : null,
    site: site ? collapseSpace(site) : null,
    author: author ? collapseSpace(author) : null,
    published,
    ...(publishedFrom ? { publishedFrom } : {}),
    modified,
    canonical: canonical ? absolute(canonical, url) : null,
    language: language ? language.replace('_', '-') : null,
    description: meta(tags, 'description', 'og:description', 'twitter:description'),
    url,
  };
}

function publisherName(n: LdNode): string | null {
  if (ldTypes(n).some((t) => /Article|Posting/.test(t))) return ldString(n.publisher);
  return null;
}

function joinNames(names: string[]): string | null {
  const uniq = [...new Set(names.map(collapseSpace).filter((n) => n && !/^https?:/.test(n)))];
  if (!uniq.length) return null;
  return uniq.length <= 2 ? uniq.join(' and ') : `${uniq.slice(0, -1).join(', ')} and ${uniq.at(-1)}`;
}

function nonUrl(s: string | null): string | null {
  return s && !/^https?:\/\//.test(s) && !/facebook\.com|twitter\.com/.test(s) ? s : null;
}

const TITLE_SEPARATORS = /\s+[|\-–—·:»]\s+/;
const TITLE_SEPARATORS_ALL = new RegExp(TITLE_SEPARATORS.source, 'g');

function siteFromTitle(t: string): string | null {
  const parts = t.split(TITLE_SEPARATORS);
  return parts.length > 1 && parts.at(-1)!.length <= 40 ? parts.at(-1)! : null;
}

/**
 * A <title> without its last part when that part is the site (or the site is not known): cut at the
 * last separator, so the headline keeps its own ("Iran: Talks resume | Week 2 | Site" → "Iran:
 * Talks resume | Week 2"), as a citation must quote it.
 */
function stripSite(t: string, site: string | null): string | null {
  if (!t) return null;
  const last = lastSeparator(t);
  if (!last) return t;
  const tail = t.slice(last.index + last[0].length);
  return !site || tail.toLowerCase().includes(site.toLowerCase().slice(0, 8)) ? t.slice(0, last.index) : t;
}

/** The last title separator in `t` that has words before it. */
function lastSeparator(t: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of t.matchAll(TITLE_SEPARATORS_ALL)) last = m;
  return last && last.index > 0 ? last : null;
}

/**
 * A headline some sites sign in their og:title too ("The Impeachment Clock | National Review"); a
 * citation names the site apart, so the headline drops the name when the last part is exactly it.
 */
function withoutSiteName(t: string | null, site: string | null): string | null {
  if (!t || !site) return t;
  const last = lastSeparator(t);
  if (!last) return t;
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\.(com|co\.uk|org|net)$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const tail = norm(t.slice(last.index + last[0].length));
  return tail && tail === norm(site) ? t.slice(0, last.index) : t;
}

function h1Title(doc: Document, docTitle: string): string | null {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => visibleText(h))
    .filter(Boolean);
  // an h1 is the headline only if the <title> starts with it (site logos are often h1 too)
  return h1s.find((h) => h.length > 10 && docTitle.toLowerCase().startsWith(h.toLowerCase().slice(0, 20))) ?? null;
}

function hostLabel(url: string): string | null {
  return siteHost(url) || null;
}

/** A meta tag of a name publishers invent for the publication date ("sn-post-date", "published_at"). */
function publishedLikeMeta(tags: MetaTags): string | null {
  for (const [k, v] of tags) {
    if (/modif|updat|expir|edit/.test(k)) continue;
    if (
      /(?:^|[:._-])(?:pub|publish|published|post|posted|creat|created|release|released|issued)[:._-]?(?:date|time|at|on)$|(?:^|[:._-])date[:._-]?(?:published|posted|created|issued)$/.test(
        k,
      )
    )
      return v;
  }
  return null;
}

/** The publication date the page shows its readers, from a time element or a date line near it. */
function shownPublished(doc: Document): ShownDate | null {
  const scope = doc.querySelector('article') ?? doc;
  const seen = new Set<Element>();
  // in this order, each list searched for only if those before it named no date: the class
  // selectors match against every element of the page, and a <time> usually answers first. (A
  // class with "dateline" in it has "date" in it: [class*="date" i] finds those, in the same list.)
  const lists = [
    () => scope.querySelectorAll('time'),
    () => doc.querySelectorAll('time'),
    () =>
      doc.querySelectorAll(
        '[itemprop="datePublished"], [class*="publish" i], [class*="timestamp" i], [class*="date" i]',
      ),
  ];
  function* candidates() {
    for (const list of lists) yield* Array.from(list());
  }
  let n = 0;
  for (const el of candidates()) {
    if (seen.has(el)) continue;
    if (++n > 30) break;
    seen.add(el);
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 120) continue;
    if (CHANGED_WORDS.test(text) || /updat|modif/i.test(el.getAttribute('class') ?? '')) continue;
    const d = parseShownDate(text);
    if (d && !inComments(el)) return d;
  }
  return null;
}

/**
 * Whether `el` stands in the page's comments (a container the comments vocabulary names by class or
 * id): a date there is when a reader wrote, not when the article was published (plentylife's post
 * hides its own date line, and "Mittwoch, Mai 10, 2017" under a comment was taken for it).
 */
function inComments(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement)
    if (hasAnyToken(e, comments.classTokens)) return true;
  return false;
}

/**
 * Whether the page is a copy of another site's article: its canonical link names another site
 * than its own address (og:url). msn.com's copy of a cnn.com story points its canonical at
 * cnn.com/2019/11/18/…; that day is the original's, and the copy's own stamp (a day later) is
 * what its readers see. (A subdomain of the same site, social.techcrunch.com, is no copy.)
 */
function syndicatedFrom(tags: MetaTags, canonical: string | null, url: string): boolean {
  const own = meta(tags, 'og:url');
  const a = own ? siteHost(own, url) : null;
  const b = canonical ? siteHost(canonical, url) : null;
  return !!a && !!b && a !== b && !a.endsWith(`.${b}`) && !b.endsWith(`.${a}`);
}

function firstTimeElement(doc: Document): string | null {
  const scope = doc.querySelector('article') ?? doc;
  const t = scope.querySelector('time[datetime][pubdate], time[datetime]') ?? doc.querySelector('time[datetime]');
  return t?.getAttribute('datetime') ?? null;
}

function bylineElement(doc: Document): string | null {
  const el = doc.querySelector(
    '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline__name, .author-name, .byline',
  );
  const t = el ? cleanByline(visibleText(el)) : null;
  return t && t.length <= 80 ? t : null;
}

function cleanByline(s: string): string | null {
  const t = collapseSpace(s)
    .replace(/^(by|von|par|por|di|door|автор)\s+/i, '')
    .replace(/\s*[|,]\s*(updated|published).*$/i, '');
  return t || null;
}

function absolute(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
