// Boilerplate Readability keeps inside its article: captions and credits, headline, byline and
// dateline, teaser links, promos, menus. On real pages, what must go and what must stay.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import { analyzePage } from '../../utils/analyze';
import { serializableAnalysis, type SerializedAnalysis } from '../../utils/serialize';
import { analyzeLabelledPage, loadLabelled } from './labelled';

const set = loadLabelled();
const pages: Record<string, SerializedAnalysis> = {};
beforeAll(() => {
  for (const id of ['624fcd903d56', 'eb62ac8425e5', '156770d676ce', '51374560f400', '686bb170effe', '7a457a4f7173'])
    pages[id] = analyzeLabelledPage(set, id);
}, 120_000);

const main = (id: string) => pages[id].main.text;
const flagged = (id: string, text: string) => pages[id].blocks.find((b) => b.text.includes(text));

describe('captions and credits', () => {
  it('drops "(Image: GETTY)" captions and keeps the story (express.co.uk)', () => {
    expect(main('624fcd903d56')).not.toContain('China has warned they will cease control of Hong Kong');
    expect(main('624fcd903d56')).toContain('Many of the protesters wear masks to shield their identities');
    expect(flagged('624fcd903d56', 'China has warned they will cease control')?.label).toBe('Photo caption');
  });
  it('drops an "(Image: © NASA…)" credit line (space.com)', () => {
    expect(main('686bb170effe')).not.toContain('Image: © NASA');
  });
  it('drops the caption above it, a <div class="caption-text"> Readability rebuilds as a <p> (space.com)', () => {
    expect(main('686bb170effe')).not.toContain("An artist's illustration of a plume of water vapor");
    expect(main('686bb170effe')).toMatch(/^The Jupiter moon Europa's elusive and enigmatic water-vapor plumes/);
    expect(flagged('686bb170effe', "An artist's illustration of a plume")?.label).toBe('Photo caption');
  });
  it('drops an "(AP Photo/…)" caption (foxbusiness.com)', () => {
    expect(main('51374560f400')).not.toContain('Vicente Aguiar loads garage door trims');
  });
});

describe('headline, byline and dateline', () => {
  it('drops "PUBLISHED: 10:48, Tue, Nov 19, 2019" lines (express.co.uk)', () => {
    expect(main('624fcd903d56')).not.toMatch(/PUBLISHED: 10:48/);
  });
  it('keeps the date that closes an embedded tweet, which is part of the quote (thehill.com)', () => {
    expect(main('156770d676ce')).toContain('— Robert Maguire (@RobertMaguire_) November 18, 2019');
  });
  it('keeps figures in a table, which are not dates (foxbusiness.com)', () => {
    expect(main('51374560f400')).toContain('225.86');
  });
});

describe('teasers and promos inside the body', () => {
  it('drops an all-capitals link to another story and the app promo (foxnews.com)', () => {
    expect(main('eb62ac8425e5')).not.toContain('TAYLOR SWIFT CLEARED TO PERFORM HITS');
    expect(main('eb62ac8425e5')).not.toContain('CLICK HERE TO GET THE FOX NEWS APP');
    expect(flagged('eb62ac8425e5', 'CLICK HERE TO GET THE FOX NEWS APP')?.category).toBe('ad');
  });
  it("drops a list of links to the site's other stories (space.com)", () => {
    expect(main('686bb170effe')).not.toContain('NASA Europa Mission Could Potentially Spot Signs of Alien Life');
    expect(flagged('686bb170effe', 'NASA Europa Mission Could Potentially')?.category).toBe('related');
  });
  it('drops "SEE MORE:" lines (express.co.uk)', () => {
    expect(main('624fcd903d56')).not.toContain('SEE MORE: Hong Kong protests');
  });
  it('drops the sign-up box in the body (nbcnews.com) but keeps the last paragraph', () => {
    expect(main('7a457a4f7173')).not.toContain('Get breaking news alerts');
    expect(main('7a457a4f7173')).toMatch(/Omar/);
  });
  it("drops a politician's hover card that opens with a fuller name than its link (thehill.com)", () => {
    // <a>Kristi Noem</a><span class="rollover-people-block">Kristi Lynn Noem … headlines</span>: the
    // card's headlines were read into the sentence, and its name glued to the speaker's
    expect(main('156770d676ce')).toContain('South Dakota Gov. Kristi Noem (R) is defending');
    expect(main('156770d676ce')).not.toContain('Kristi Lynn Noem');
    expect(main('156770d676ce')).not.toContain('South Dakota drops pipeline protest laws after lawsuit');
  });
});

describe('outer blocks', () => {
  it('does not list the links inside a main paragraph as blocks of their own', () => {
    for (const id of Object.keys(pages)) {
      const paragraphs = pages[id].main.paragraphs;
      for (const b of pages[id].blocks) {
        if (b.placement !== 'outside' || b.text.length < 12) continue;
        // a fragment of a longer paragraph would be a link or a span of running text
        const host = paragraphs.find((p) => p.includes(b.text) && p.length > b.text.length * 1.5);
        expect(host, `${id}: ${b.text.slice(0, 60)}`).toBeUndefined();
      }
    }
  });
});

// Synthetic pages for the languages the corpus lacks: the rules are the same, the words differ.
const PARA = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Absatz ${i + 1}: Die Stadtverwaltung hat am Montag neue Regeln für den Verkehr in der Innenstadt vorgestellt, die ab dem kommenden Jahr gelten sollen und lange diskutiert wurden.</p>`,
  ).join('\n');

function analyzeHtml(body: string, lang = 'de'): SerializedAnalysis {
  const dom = parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>Neue Verkehrsregeln für die Innenstadt</title></head><body><article>${body}</article></body></html>`,
    'https://zeitung.example/lokales/verkehr',
  );
  return serializableAnalysis(analyzePage(dom.window.document, 'https://zeitung.example/lokales/verkehr'));
}

describe('other languages', () => {
  it('German: byline, dateline and newsletter box go; the story stays', () => {
    const a =
      analyzeHtml(`<h1>Neue Verkehrsregeln für die Innenstadt</h1><p>Von Max Mustermann</p><p>Veröffentlicht am 3. März 2024, 10:15 Uhr</p>${PARA(6)}
      <div class="box"><h3>Newsletter abonnieren</h3><p>Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.</p><form><input type="email" name="email"><button>Jetzt anmelden</button></form></div>`);
    expect(a.main.text).toContain('Absatz 3');
    expect(a.main.text).not.toContain('Von Max Mustermann');
    expect(a.main.text).not.toContain('Veröffentlicht am');
    expect(a.main.text).not.toContain('Newsletter abonnieren');
    expect(a.blocks.find((b) => b.text.includes('Newsletter abonnieren'))?.category).toBe('newsletter');
  });
  it('French: a "Lire aussi" line and a "Photo :" credit go', () => {
    const a = analyzeHtml(
      `${PARA(3)}<p><a href="/autre-article">Lire aussi : La mairie présente son plan vélo</a></p><figure><img src="x.jpg"><span>Photo : Jean Dupont / AFP</span></figure>${PARA(3)}`,
      'fr',
    );
    expect(a.main.text).not.toContain('Lire aussi');
    expect(a.main.text).not.toContain('Jean Dupont / AFP');
  });
  it('a "You may also like…" label and the link-only lines after it go; a later paragraph stays', () => {
    const a = analyzeHtml(
      `${PARA(4)}<p>You may also like...</p><p><a href="/lokales/radweg">Neuer Radweg am Fluss eröffnet</a></p><p><a href="/lokales/bus">Busse fahren ab Mai öfter</a></p>${PARA(1).replace('Absatz 1', 'Schlussabsatz')}`,
    );
    expect(a.main.text).not.toContain('Neuer Radweg am Fluss');
    expect(a.main.text).not.toContain('Busse fahren ab Mai');
    expect(a.main.text).toContain('Schlussabsatz');
    expect(a.blocks.filter((b) => b.category === 'related').length).toBeGreaterThanOrEqual(2);
  });
  it('Russian: a "Читайте также" line goes and is called related', () => {
    const a = analyzeHtml(
      `${PARA(3)}<p><a href="/news/2">Читайте также: Мэрия представила новый план</a></p>${PARA(3)}`,
      'ru',
    );
    expect(a.main.text).not.toContain('Читайте также');
    expect(a.blocks.find((b) => b.text.includes('Читайте также'))?.category).toBe('related');
  });
});
