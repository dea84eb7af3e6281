import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import { articleGate, declaresArticle } from '../../utils/gate/article-gate';
import { listingPage } from '../../scripts/nonarticle-pages';

// Automatic marking loads the analysis only into pages this first stage lets through: every kind of
// article must pass, and section fronts and search pages must not.

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const read = (rel: string) => {
  const buf = fs.readFileSync(path.join(FIXTURES, rel));
  return (rel.endsWith('.gz') ? zlib.gunzipSync(buf) : buf).toString('utf8');
};
const doc = (html: string, url = 'https://example.org/') => parseHtml(html, url).window.document;
const CORPUS = '3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2';
const OTHER = '264dc3ae31249cb1f50c50986e0952a4708c2e705d18a2d8bf0e525da6e2b485';
const corpusPage = (id: string) => read(`quotes/${id}.html.gz`);
const urlOf = (id: string) => JSON.parse(read(`quotes/${id}.gold.json`)).url as string;

/** The page without what it says of itself, so only its text can decide. */
function withoutMetadata(html: string): string {
  return html
    .replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta[^>]+(og:type|article:)[^>]*>/gi, '');
}

describe('the first stage of automatic marking', () => {
  it.each(['seeds/moscowtimes-iran-permission.html', 'seeds/ifp-kanaani-cia.html'])(
    'lets the seed article %s through',
    (file) => {
      expect(articleGate(doc(read(file))).article).toBe(true);
    },
  );

  it('lets a news article through on its paragraphs alone, with no metadata', () => {
    const d = doc(withoutMetadata(corpusPage(CORPUS)), urlOf(CORPUS));
    expect(declaresArticle(d)).toBe(false);
    expect(articleGate(d)).toEqual({ article: true, signal: 'paragraphs' });
  });

  it.each(['section', 'search'] as const)('holds back a %s page of the same real site', (kind) => {
    const snippets = JSON.parse(read(`quotes/${OTHER}.gold.json`))
      .quotes.map((q: { text: string }) => q.text)
      .filter((t: string) => t.length > 60);
    const html = listingPage(corpusPage(CORPUS), urlOf(CORPUS), kind, [...snippets, ...snippets, ...snippets], 'x');
    expect(html).toBeTruthy();
    expect(articleGate(doc(html!)).article).toBe(false);
  });

  it.each(['hostile/home.html', 'hostile/search.html', 'pages/not-article.html'])('holds back %s', (file) => {
    expect(articleGate(doc(read(file))).article).toBe(false);
  });

  it("takes a list page's JSON-LD teasers for teasers, not for the page", () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      mainEntity: { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'A' }] },
    });
    const page = read('hostile/home.html').replace(
      '</head>',
      `<script type="application/ld+json">${ld}</script></head>`,
    );
    expect(declaresArticle(doc(page))).toBe(false);
  });

  it('believes an article page that names itself one among other JSON-LD items', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite' }, { '@type': 'WebPage' }, { '@type': ['NewsArticle'], headline: 'B' }],
    });
    expect(declaresArticle(doc(`<html><head><script type="application/ld+json">${ld}</script></head></html>`))).toBe(
      true,
    );
  });
});
