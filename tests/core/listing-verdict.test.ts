import { describe, expect, it } from 'vitest';
import { parseHtml, readHtml } from '../../cli/load-page';
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
