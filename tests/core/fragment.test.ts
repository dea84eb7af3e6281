// The rest of an article Readability kept a fragment of: the site set its text in sibling
// containers, Readability kept one, and the outer pass found the others around the body with no
// evidence of being anything. Real trafilatura-dev pages; the sentences are ones their gold wants in
// the main body, or keeps out of it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../cli/load-page';
import { analyzePage } from '../../utils/analyze';
import { trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe('the article beside the fragment Readability kept', () => {
  it("adds a magazine's sections set between its header and its share bar, in page order (tierwelt.ch)", () => {
    const a = analysed('tierwelt.ch-plez');
    expect(a.main).toContain('nicht jedes Fell aus einer Zucht oder gezieltem Wildfang');
    expect(a.main).toContain('Sind die Haarspitzen sichtbar');
    expect(a.main.indexOf('Lange Zeit galt (echter) Pelz')).toBeLessThan(a.main.indexOf('So geht pelzfrei einkaufen'));
    // the share bar and the related story stay out
    expect(a.main).not.toContain('Die aktuelle Ausgabe');
    expect(a.main).not.toContain('Pelzdeklarationskontrolleure haben im vergangenen');
  });

  it("adds a forum thread's posts around the one Readability kept, not the similar threads (katzen-forum.net)", () => {
    const a = analysed('katzen-forum.net-Pepe');
    expect(a.main).toContain('auf seiner beigefarbenen');
    expect(a.main).toContain('schon seit 5 Uhr draußen');
    expect(a.main).not.toContain('Ähnliche Themen');
  });

  it("leaves out readers' comments, a thread of dated entries under a heading no vocabulary names (achgut.com)", () => {
    const a = analysed('achgut.com-coronalage');
    expect(a.main).toContain('Noch nicht offiziell ist die Zahl');
    expect(a.main).not.toContain('Leserpost');
    expect(a.main).not.toContain('Karsten Dörre / 22.04.2020');
  });

  it('does not add the text the body already shows, set again for another screen (stuttgart.de)', () => {
    const a = analysed('stuttgart.de');
    expect(a.main.split('Das Bohnenviertel entstand als erstes Wohnquartier').length).toBe(2);
  });

  it("does not add a site's staff list and its appeal for money (Snopes: 'we need your financial support')", () => {
    const file = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      '../fixtures/boilerplate/pages/8380689f358c.html.gz',
    );
    const page = loadPage(file);
    try {
      const a = analyzePage(page.document, page.url);
      if (!a.isArticle) throw new Error('the Snopes page is an article');
      const main = a.main.text.replace(/\s+/g, ' ');
      expect(main).toContain('net worth of $17 million');
      expect(main).not.toContain('Doreen Marchionni');
      expect(main).not.toContain('We need your financial support');
      expect(a.blocks.find((b) => b.text.includes('We need your financial support'))?.category).toBe('donation');
    } finally {
      page.close();
    }
  });
});
