import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../cli/load-page';
import { analyzeLive } from '../../utils/analyze';
import { applyMarks, findQuoteRange, leftOutOf } from '../../utils/marks';

// A quote is found again in the page by its words. When the analysis took something out of a
// paragraph's text (a name's hover card laid in the sentence), the words run across it in the page.

// (a copy of a page of the Scrapinghub corpus: The Hill, whose names open a card of headlines)
const THE_HILL = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'marks',
  '6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85.html.gz',
);

describe('a quote whose sentence holds a hover card', () => {
  const page = loadPage(THE_HILL);
  const { analysis, live } = analyzeLive(page.document, page.url, { now: new Date('2026-12-05') });
  if (!analysis.isArticle) throw new Error('The Hill page is an article');
  const quote = analysis.quotes.find((q) => q.text.startsWith('A New York man pleaded guilty'))!;
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('is found in its paragraph, the card passed over', () => {
    // "… to kill Rep. Ilhan Omar[the card: "Ilhan Omar", "Hillicon Valley: …", "MORE"] (D-Minn.), …"
    expect(quote.text).toBe('A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.)');
    expect(findQuoteRange(page.document, live.mainElements, quote)).toBeNull();
    const range = findQuoteRange(page.document, live.mainElements, quote, undefined, leftOutOf(analysis, live));
    const shown = collapse(range?.toString() ?? '');
    expect(shown.startsWith('A New York man pleaded guilty')).toBe(true);
    // (the range runs across the card, which the page does not show until a hover)
    expect(shown.endsWith('(D-Minn.)')).toBe(true);
    expect(live.mainElements[quote.anchor.paragraph].contains(range!.startContainer)).toBe(true);
  });

  it('is highlighted by the marks, as every other quote of the article', () => {
    const marks = applyMarks({
      document: page.document,
      window: page.document.defaultView as Window & typeof globalThis,
      analysis,
      live,
    });
    expect(marks.ranges.has(quote.id)).toBe(true);
    expect(analysis.quotes.filter((q) => !marks.ranges.has(q.id))).toEqual([]);
    marks.remove();
  });
});
