import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage, parseHtml, readHtml } from '../../cli/load-page';
import { analyzePage } from '../../utils/analyze';
import { serializableAnalysis } from '../../utils/serialize';
import { trDevPage } from '../helpers/tr-dev';

// Two short posts from trafilatura-dev whose text is mostly links, but links to other sites: a
// party branch's call to sign a petition, and a podcast's show notes. A section front or a search
// page is links too, to its own site's stories.
const analyse = (html: string) => {
  const doc = parseHtml(html).window.document;
  return analyzePage(doc, doc.URL);
};

describe('a short post whose links lead to other sites', () => {
  it.each([
    ['die-partei.net.luebeck', 'Die GEMA dreht völlig am Zeiger!'],
    ['1337kultur.de.picard', 'Thema dieser Folge ist die neue Star Trek-Serie Picard.'],
  ])('%s is an article, not a listing', (name, sentence) => {
    const a = analyse(readHtml(trDevPage(name)));
    expect(a.isArticle).toBe(true);
    expect(serializableAnalysis(a).main.text.replace(/\s+/g, ' ')).toContain(sentence);
  });

  it('is a listing once the same links lead to its own site', () => {
    const html = readHtml(trDevPage('die-partei.net.luebeck')).replace(
      /href="?http:\/\/www\.openpetition\.de[^"\s>]*"?/g,
      'href="/luebeck/petition/"',
    );
    const a = analyse(html);
    expect(a.isArticle).toBe(false);
    expect(a.reason).toMatch(/lists other pages/);
  });
});

// Search results and a section front made from real Scrapinghub pages (scripts/nonarticle-pages.ts:
// the site's own header, navigation and footer kept, the article replaced by teasers). Their
// snippets are long enough to count as paragraphs of substance, so it is the headlines opening the
// blocks that tell them apart from two trafilatura-dev articles that also keep many links to their
// own site's stories in the body: a news story with a related-stories strip, a blog's post page.
const listingDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/listings');

describe('a page of teasers whose snippets read as paragraphs', () => {
  it.each(['space.com-search', 'forbes.com-section'])('%s has no article of its own', (name) => {
    const page = loadPage(path.join(listingDir, `${name}.html.gz`));
    try {
      const a = analyzePage(page.document, page.url);
      expect(a.isArticle).toBe(false);
      expect(a.reason).toMatch(/lists other pages/);
    } finally {
      page.close();
    }
  });

  it.each([
    ['lostiempos.com-juicio', 'El juicio por el caso denominado "golpe II" ingresó a su fase final.'],
    ['interscenar.io.hoeren', 'So wie wir heute mit zwischenmenschlichen Beziehungen umgehen'],
  ])('%s, an article with many links to its own stories, stays an article', (name, sentence) => {
    const a = analyse(readHtml(trDevPage(name)));
    expect(a.isArticle).toBe(true);
    expect(serializableAnalysis(a).main.text.replace(/\s+/g, ' ')).toContain(sentence);
  });
});
