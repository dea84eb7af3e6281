// Boilerplate that stayed in the body on sites never tuned on (trafilatura-dev's 'without' snippets
// that leaked): a related label and the links under it ("Weiterlesen:", "Siehe auch", "Diese Artikel
// könnten dich ebenfalls interessieren:"), label lines standing alone ("Kontakt:", "Quellenangaben:",
// "Inhaltsverzeichnis"), a post's record ("24.01.2022 11:38 Kategorie: News", "asked Feb 6, 2014 at
// 20:37"), promos and disclosures ("Get the latest news … app", "erhalten Sie exklusive Angebote",
// "Bei den Verlinkungen handelt es sich um Affiliate Links"), an appeal and a citation note. Real
// pages: the line leaves the body as its kind, and a sentence of the article the gold keeps stays.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import { findInnerBoilerplate } from '../../utils/boilerplate/segment';
import { expectLineFlagged, trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe('boilerplate lines that leaked into the body', () => {
  it.each([
    // a related label and the links to the site's stories under it
    ['1000things.at-Wellnessoasen', 'Weiterlesen:', 'related', 'im Thermen- & Vulkanland wissenschaftlich belegt ist?'],
    [
      '1000things.at-Wellnessoasen',
      'Herbstlicher Wochenend-Ausflug in die Südoststeiermark',
      'related',
      'Kein Wunder also, dass schon ein paar Tage Urlaub im Winter hier die reinste Energieladung sind.',
    ],
    [
      'd73e0fa055834b2dbb2036ba27d46597',
      'Richtig frühstücken: Die besten Tipps für einen flachen Bauch',
      'related',
      'Für Rapunzelhaare sorgt übrigens auch',
    ],
    [
      'archive.org.nesselsetzer.wordpress.com.antipoden',
      'Die dümmste aller Verschwörungstheorien: Chemtrails',
      'related',
      'ob auf der anderen Seite der Erde überhaupt Menschen leben können',
    ],
    // label lines
    ['mpimet.de.klimasystem', 'Kontakt:', 'author-bio', 'Die Daten werden mithilfe von NVIDIA'],
    ['careelite.de-flaechenverbrauch', 'Quellenangaben:', 'other', 'Eine bemerkenswerte Statistik macht besonders'],
    ['silkes-weinkeller.de-dekantieren', 'Inhaltsverzeichnis', 'nav', 'einen Wein zu dekantieren'],
    // the post's own record
    ['taucher.net-tauchmesse', '24.01.2022 11:38 Kategorie: News', 'other', 'Optimismus und damit die Vorfreude'],
    ['german.stackexchange.com.ausgeraubt', 'asked Feb 6, 2014 at 20:37', 'other', 'Ich wurde ausgeraubt'],
    // promos, disclosures, an appeal, a citation note
    [
      'for-me-online.de-pubertät',
      'Werden Sie Mitglied bei for me und erhalten Sie exklusive Angebote!',
      'ad',
      'Dann ist sie wohl in der Pubertät!',
    ],
    [
      'haustiermagazin.com-katzenspielzeug',
      'Bei den Verlinkungen handelt es sich um Affiliate Links',
      'ad',
      'Welches Spiel zu deiner Mieze passt',
    ],
    [
      'verfassungsblog.de.expertinnen',
      'would you consider supporting our work?',
      'donation',
      'Selbstgewissheit abrüsten',
    ],
    ['verfassungsblog.de.expertinnen', 'SUGGESTED CITATION', 'other', 'eine besondere Vorbildfunktion.'],
  ])('%s: "%s" is a %s block, and the article stays', (name, line, category, sentence) => {
    expectLineFlagged(analysed(name), line, category, sentence);
  });

  it.each([
    ['viconsortium.com-cocaine', 'Get the latest news straight to your phone with the VI Consortium app.', 'ad'],
    ['fluter.de.vorbild', 'Dieser Text wurde veröffentlicht unter der Lizenz', 'footer'],
  ])('%s: "%s" is a %s block', (name, line, category) => {
    expectLineFlagged(analysed(name), line, category);
  });

  it.each([
    // resonator-podcast.de: the episode's record, which the gold keeps; "Dauer:" and "Lizenz:" are not
    // a post's record labels, so the line is not split into a date and labels
    [
      '<p>Veröffentlicht am 16.08.2019<br/> Dauer: 1 Stunde 4 Minuten <br/>Lizenz: <a href="https://creativecommons.org/licenses/by/4.0/deed.de">CC-BY 4.0</a> <br/>Downloads: 22.273</p>',
      false,
    ],
    // taucher.net: a date, then the post's category with no separator between them
    ['<p>24.01.2022 11:38 Kategorie: News</p>', true],
    // wpolityce.pl: a machine timestamp with its fraction of a second
    ['<p>opublikowano: 2021-04-29 17:13:04.031886+02:00</p>', true],
    // schleifen.ucoz.de: views, author, tags and rating, and no date
    ['<p>Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder, ich und.. | Rating: 0.0/0</p>', true],
  ])('%s is a dateline: %s', (html, dateline) => {
    const doc = parseHtml(`<article>${html}<p>${PROSE}</p></article>`).window.document;
    const flagged = findInnerBoilerplate(doc.querySelector('article')!);
    expect(flagged.some((f) => f.classification.cues.includes('dateline'))).toBe(dateline);
  });
});

describe('teasers and pointers inside the body (real fragments)', () => {
  const inner = (html: string) => {
    const doc = parseHtml(`<article><p>${PROSE}</p>${html}<p>${PROSE}</p></article>`, 'https://www.example.de/a').window
      .document;
    return findInnerBoilerplate(doc.querySelector('article')!).map((f) => [f.category, f.el.textContent!.trim()]);
  };
  it.each([
    // ndr.de: another story's teaser card, its headline a link and its "mehr" link to the same page
    [
      '<div class="teaserpadding"> <h2> <a href="/ratgeber/gesundheit/Coronavirus-Fragen-und-Antworten,corona100.html"> Was Sie zum Coronavirus wissen müssen </a> </h2> <div class="teasertext"> <p> Das Coronavirus breitet sich auch in Deutschland immer weiter aus. Was muss jetzt beachtet werden, um eine Ansteckung zu verhindern? Hier finden Sie Antworten auf viele Fragen. <a href="/ratgeber/gesundheit/Coronavirus-Fragen-und-Antworten,corona100.html" class="cta">mehr</a> </p> </div> </div>',
      'Was Sie zum Coronavirus wissen müssen',
    ],
    // bayrische-bembel.de, chadim.net, fisch-hitparade.de: a line whose one link points elsewhere
    [
      '<p><a href="https://assets.eintracht.de/public/uploads/a68a.pdf">Hier geht es zur neuen Vorstandsstruktur</a></p>',
      'Hier geht es',
    ],
    [
      '<p style="text-align: right;">... weiter zu "<a href="/text-planung/die-wortwahl">die Wortwahl</a>"</p>',
      'weiter zu',
    ],
    [
      '<p><a href="https://www.fisch-hitparade.de/forum/threads/angeln-und-alkohol-ja-oder-nein.7108/page-22">Alkohol beim Angeln – Diskussion im Forum</a></p>',
      'Diskussion im Forum',
    ],
  ])("%s is another story's teaser or pointer", (html, words) => {
    expect(inner(html).find(([, t]) => t.includes(words))?.[0]).toBe('related');
  });

  it('keeps a sentence that says "Hier geht es zu…" without a link, and a teaser-like block without a "more" link', () => {
    expect(inner('<p>Hier geht es zur Sache: Die Gemeinde stimmt am Sonntag ab.</p>')).toEqual([]);
    expect(
      inner(
        '<div><h2><a href="/a">Was Sie zum Coronavirus wissen müssen</a></h2><p>Das Coronavirus breitet sich aus.</p></div>',
      ),
    ).toEqual([]);
  });

  it("names the post's row of category links page furniture, and keeps a sentence with such a link (islamische-zeitung.de)", () => {
    const row =
      '<div class="iz-newslist__meta"><span class="post-category-info"><a href="https://islamische-zeitung.de/category/themen/corona-die-folgen/">Corona &amp; die Folgen</a></span>, <span class="post-category-info"><a href="https://islamische-zeitung.de/category/rubriken/debatte/">Debatte</a></span>, <span class="post-category-info"><a href="https://islamische-zeitung.de/category/news/deutschland/">Deutschland</a></span>, <span class="post-category-info"><a href="https://islamische-zeitung.de/category/rubriken/politik/">Politik</a></span></div>';
    expect(inner(row)).toEqual([['other', 'Corona & die Folgen, Debatte, Deutschland, Politik']]);
    const sentence =
      '<p>Mehr zur <a href="https://islamische-zeitung.de/category/rubriken/debatte/">Debatte</a> und zu <a href="https://islamische-zeitung.de/category/rubriken/politik/">Politik</a> lesen Sie morgen.</p>';
    expect(inner(sentence)).toEqual([]);
  });

  it('names a zoom button run into its caption a caption (macwelt.de)', () => {
    const html =
      '<div class="description"><a class="btn" href="//bilder.macwelt.de/4311932_original.jpg"><strong>Vergrößern</strong> </a> <strong class="title">Eine kleine runde Aussparung für die Facetime-Kamera im Display des iPhones 14.</strong></div>';
    expect(inner(html)).toEqual([['other', expect.stringContaining('Eine kleine runde Aussparung')]]);
    expect(inner('<p>Vergrößern Sie das Bild mit einem Doppelklick.</p>')).toEqual([]);
  });
});

const PROSE =
  'Die Tauchmesse in Tulln wurde abgesagt, weil die Veranstalter angesichts der Lage keine Planungssicherheit sahen und die Aussteller frühzeitig informieren wollten.';
