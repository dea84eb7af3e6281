import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMetadata } from '../../utils/metadata/metadata';
import { dateFromUrl, localPublished, parseShownDate } from '../../utils/metadata/dates';
import { MONTH_NAMES } from '../../utils/metadata/month-names';
import { parseLenient } from '../../utils/metadata/json-ld';
import { loadPage, pageUrl } from '../../cli/load-page';

// The publication date is what every undated quote falls back to, so it must be the calendar day
// the article's readers saw, from whichever source the page gives.

/** The metadata of a real page copied into tests/fixtures/metadata (by its file name, less .html.gz). */
function metadataOf(name: string) {
  const p = loadPage(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'metadata', `${name}.html.gz`),
  );
  try {
    return extractMetadata(p.document, p.url);
  } finally {
    p.close();
  }
}

const page = (head: string, body = '<article><p>Text.</p></article>', url = 'https://news.example/story') =>
  extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, { url }).window.document, url);

describe('publication date sources', () => {
  it('reads JSON-LD with a trailing comma or a raw line break in a string', () => {
    expect(parseLenient('{"a": ["x", "y", ], "b": 1,}')).toEqual({ a: ['x', 'y'], b: 1 });
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A\nB","datePublished":"2019-11-18T16:06:51-05:00","keywords":["x",]}</script>';
    expect(page(ld).published).toBe('2019-11-18T16:06:51-05:00');
  });

  it('reads a date meta tag of a name the publisher invented', () => {
    expect(page('<meta name="sn-post-date" content="2019/11/19">').published).toBe('2019-11-19');
    expect(page('<meta name="article:modified-date" content="2019/11/25">').published).toBeNull();
  });

  it('reads a date from the canonical URL when the page gives no other', () => {
    const m = page(
      '<link rel="canonical" href="https://www.example.com/story/news/2019/11/19/teachers-protest/40651467/">',
      '<p>x</p>',
      'file:///tmp/page.html',
    );
    expect(m.published).toBe('2019-11-19');
    expect(dateFromUrl('https://www.spokesman.com/stories/2019/nov/19/meth-ads/')).toBe('2019-11-19');
  });

  it('rejects placeholder dates such as 0001-01-01', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>';
    expect(page(ld, '<p>x</p>', 'https://example.com/news/2019/11/19/a/').published).toBe('2019-11-19');
  });
});

describe('a UTC stamp that crossed midnight', () => {
  it('takes the day and offset from the date line the page shows', () => {
    const m = page(
      '<meta name="datePublished" content="2019-11-19 02:24:00">',
      '<article><time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm</time><p>x</p></article>',
    );
    expect(m.published).toBe('2019-11-18T21:24:00-05:00');
  });

  it('reads the date line of an element whose class names it, when the page has no <time>', () => {
    const m = page(
      '<meta name="datePublished" content="2019-11-19 02:24:00">',
      '<article><div class="story-Dateline">Nov 18, 2019 at 9:24 pm</div><p>x</p></article>',
    );
    expect(m.published).toBe('2019-11-18T21:24:00-05:00');
  });

  it('takes the day from the URL when the page shows none', () => {
    expect(localPublished('2019-11-20T01:50:59Z', () => null, '2019-11-19')).toBe('2019-11-19');
    const m = page(
      '<meta property="article:published_time" content="2019-11-20T01:53:14.418Z">',
      '<p>x</p>',
      'https://www.latimes.com/business/story/2019-11-19/gannett',
    );
    expect(m.published?.slice(0, 10)).toBe('2019-11-19');
  });

  it('keeps a stamp with a real offset, and a UTC stamp the page agrees with', () => {
    expect(localPublished('2019-11-18T23:04:24-05:00', () => ({ day: '2019-11-19', time: null }), '2019-11-19')).toBe(
      '2019-11-18T23:04:24-05:00',
    );
    expect(localPublished('2019-11-19T09:44:09+00:00', () => ({ day: '2019-11-19', time: '09:44' }), null)).toBe(
      '2019-11-19T09:44:09+00:00',
    );
  });

  it('never moves a day against the clock (an updated date is not the published one)', () => {
    // 20:00 UTC cannot be the previous local day anywhere
    expect(localPublished('2019-11-18T20:00:00Z', () => ({ day: '2019-11-17', time: null }), null)).toBe(
      '2019-11-18T20:00:00Z',
    );
    expect(localPublished('2019-11-18T03:00:00Z', () => null, '2019-11-12')).toBe('2019-11-18T03:00:00Z');
  });

  it('moves east too: late UTC evening is the next morning in India', () => {
    expect(localPublished('2019-11-19T20:08:07Z', () => ({ day: '2019-11-20', time: '01:38' }), null)).toBe(
      '2019-11-20T01:38:00+05:30',
    );
  });

  it('skips an "Updated" line when reading the shown date', () => {
    const m = page(
      '<meta property="article:published_time" content="2019-11-19T03:00:00Z">',
      '<article><div class="date">Updated Nov. 20, 2019</div><div class="date">Published Nov. 18, 2019, 10:00 p.m.</div><p>x</p></article>',
    );
    expect(m.published?.slice(0, 10)).toBe('2019-11-18');
  });

  it('parses the shown date line only when it names a full date', () => {
    expect(parseShownDate('1 day ago')).toBeNull();
    expect(parseShownDate('November 19, 2019 at 8:59 pm')).toEqual({ day: '2019-11-19', time: '20:59' });
  });
});

describe('the CLI page address', () => {
  it('finds og:url whatever the attribute order', () => {
    expect(pageUrl('<meta content="https://www.example.com/2019/11/19/a/" property="og:url">')).toBe(
      'https://www.example.com/2019/11/19/a/',
    );
    expect(
      pageUrl(
        '<link href="https://a.example/x" rel="canonical"><meta property="og:url" content="https://b.example/y">',
      ),
    ).toBe('https://a.example/x');
  });
});

describe('written-out publication stamps', () => {
  it('keeps the clock and zone of "19 Nov 2019 07:09 GMT" and "01:38:07 PM IST Nov 20, 2019"', async () => {
    const { normalizeDate } = await import('../../utils/metadata/dates');
    expect(normalizeDate('19 Nov 2019 07:09 GMT')).toBe('2019-11-19T07:09:00Z');
    expect(normalizeDate('01:38:07 PM IST Nov 20, 2019')).toBe('2019-11-20T13:38:07+05:30');
    expect(normalizeDate('Nov 18, 2019')).toBe('2019-11-18');
  });
});

describe('the date line under the headline', () => {
  // (copies of two pages of the Scrapinghub corpus)

  it('dates a page with no date in its metadata, its URL or a date element, and says so', () => {
    // sciencealert.com ("18 NOV 2019" under the byline) and quantamagazine.org ("November 15, 2019")
    for (const [id, day] of [
      ['14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f', '2019-11-18'],
      ['bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06', '2019-11-15'],
    ]) {
      const m = metadataOf(id);
      expect(m.published).toBe(day);
      expect(m.publishedFrom).toBe('date line');
    }
  });

  it('takes no "Updated" line and no date far below the headline', () => {
    const filler = '<p>' + 'Words of the article. '.repeat(30) + '</p>';
    expect(page('', '<h1>Headline</h1><p>Updated Nov 13, 2019, 10:28am EST</p>').published).toBeNull();
    expect(page('', `<h1>Headline</h1>${filler}<p>November 18, 2019</p>`).published).toBeNull();
    expect(page('', '<h1>Headline</h1><p>By A. Writer</p><p>November 18, 2019</p>').published).toBe('2019-11-18');
  });

  it('reads a date line just above the headline when none is below it', () => {
    // blog.comwrap.com (Scrapinghub ba07d1e64775): byline and date over the <h1>
    const comwrap =
      '<p class="about"><span>Von</span> <a>Moritz Bachmann</a> <span>publiziert am 30. Juli 2018</span></p>' +
      '<h1>Take C.A.R.E. - comwrap auf der DMEXCO 2018</h1><p>Am 12. Bis 13. September startet wieder die DMEXCO 2018 in Köln – und comwrap ist mit dabei.</p>';
    expect(page('', comwrap).published).toBe('2018-07-30');
    // stol.it (trafilatura-dev): the day's date in the site's header is far above; the article's is next to its headline
    const nav = '<ul>' + '<li>Chronik</li><li>Lokal</li><li>Politik</li><li>Wirtschaft</li>'.repeat(6) + '</ul>';
    const stol = `<div>Donnerstag, 16. Februar 2012</div>${nav}<div>Politik</div><div>14. Februar 2012</div><div>Drucken</div><div>© 2012 APA/AP</div><h1>Verfassungsgericht: Berlusconis Sex-Prozess geht weiter</h1><p>Text.</p>`;
    expect(page('', stol).published).toBe('2012-02-14');
    expect(page('', `<div>Donnerstag, 16. Februar 2012</div>${nav}<h1>Headline</h1><p>Text.</p>`).published).toBeNull();
    // a date line under the headline comes first
    expect(
      page('', '<p>14. Februar 2012</p><h1>Headline</h1><p>By A. Writer</p><p>November 18, 2019</p>').published,
    ).toBe('2019-11-18');
  });

  it('says where a date from the metadata came from', () => {
    expect(page('<meta property="article:published_time" content="2019-11-18T16:06:51-05:00">').publishedFrom).toBe(
      'metadata',
    );
  });
});

describe('a copy of another site’s article', () => {
  it('takes its own stamp, not the day in the canonical link to the original', () => {
    // msn.com's copy of a cnn.com story (Scrapinghub 9eef8162bbb6): canonical cnn.com/2019/11/18/…,
    // og:url on msn.com, <time datetime="2019-11-19T11:45:59.000Z">; its quotes' gold is the 19th
    const file = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      '..',
      'fixtures',
      'metadata',
      '9eef8162bbb67b0bd73792313b91b87dc9304f43f85f479e67e71c166417451e.html.gz',
    );
    const p = loadPage(file);
    const m = extractMetadata(p.document, p.url);
    p.close();
    expect(m.published?.slice(0, 10)).toBe('2019-11-19');
  });

  it('still corrects a UTC stamp by the URL of the same site (or a subdomain of it)', () => {
    const head = (og: string) =>
      `<link rel="canonical" href="https://www.example.com/2019/11/18/story/"><meta property="og:url" content="${og}"><meta property="article:published_time" content="2019-11-19T02:00:00Z">`;
    expect(page(head('https://social.example.com/2019/11/18/story/')).published).toBe('2019-11-18');
    expect(page(head('https://www.copies.example/ar-123')).published).toBe('2019-11-19T02:00:00Z');
  });
});

describe('the date a page shows, read right', () => {
  it('takes the date after a weekday and clock chrono reads first, with that clock', () => {
    // catchitkansas.com (Scrapinghub 3ce1c8fdf6ad): <span itemprop="datePublished">
    expect(parseShownDate('Posted: Fri 6:45 PM, Feb 16, 2018')).toEqual({ day: '2018-02-16', time: '18:45' });
    // pagesix.com (trafilatura-dev): the clock after the date, behind a bar
    expect(parseShownDate('February 24, 2020 | 9:25pm')).toEqual({ day: '2020-02-24', time: '21:25' });
    // a clock that is not next to the date is not the date's
    expect(parseShownDate('6:45 PM Kansas news, Feb 16, 2018')?.time).toBeNull();
  });

  it('reads German date lines to the day', () => {
    // chrono's English parser read these as the 1st of the month (or 14:00), or not at all
    // (trafilatura-dev pages: disfunctions.de, bos-fahrzeuge.info, correctiv.org, wordpress blogs)
    expect(parseShownDate('14. November 2019 Forschung, Projekte, Sprachpunkt')).toEqual({
      day: '2019-11-14',
      time: null,
    });
    expect(parseShownDate('Dienstag, 2. November 2021')?.day).toBe('2021-11-02');
    expect(parseShownDate('Erstellt von Fabian am Dienstag 6. Mai 2014')?.day).toBe('2014-05-06');
    expect(parseShownDate('22. Dezember 2019 um 11:16 Uhr')).toEqual({ day: '2019-12-22', time: '11:16' });
    expect(parseShownDate('Veröffentlicht am 5. November 2023, 14:09')).toEqual({ day: '2023-11-05', time: '14:09' });
    expect(parseShownDate('01. December 2017')?.day).toBe('2017-12-01');
    expect(parseShownDate('Dezember 26, 2019')?.day).toBe('2019-12-26');
    expect(parseShownDate('31 Okt, 2023')?.day).toBe('2023-10-31');
    expect(parseShownDate('Mittwoch, Mai 10, 2017 4:14:00 PM')).toEqual({ day: '2017-05-10', time: '16:14' });
  });

  it('reads a date written with dots day first', () => {
    // chrono's English parser took these for US dates, month first (trafilatura-dev: bos-fahrzeuge.info,
    // baechli-bergsport.ch and ten more)
    expect(parseShownDate('02.11.2021')?.day).toBe('2021-11-02');
    expect(parseShownDate('Janic Cathomen, 01.12.2021')?.day).toBe('2021-12-01');
    expect(parseShownDate('Publiziert: 03.04.2020, 12:35')).toEqual({ day: '2020-04-03', time: '12:35' });
  });

  it('still names no day where the German text names none', () => {
    expect(parseShownDate('Konzert-Highlights im November 2022')).toBeNull();
    // (chrono's German parser reads "heute" here as today)
    expect(parseShownDate('1968 bis heute Knabenmusik in der St.-Georgs-Gemeinde Ulm')).toBeNull();
  });

  it('dates whole pages by the line under their headline', () => {
    for (const [name, day] of [
      // "Posted: Fri 6:45 PM, Feb 16, 2018"; was no date
      ['3ce1c8fdf6ad2ded9e48a68be71eb069fc453ef1b75f47698428a1fdda0deb24', '2018-02-16'],
      // "Dienstag, 2. November 2021" under the headline; was 2021-02-11, from a teaser's "02.11.2021" read the US way
      ['bos-fahrzeuge.info-haubenfahrzeuge', '2021-11-02'],
    ]) {
      expect(metadataOf(name).published).toBe(day);
    }
  });

  it('takes no date from the comments under the article', () => {
    for (const [name, day] of [
      // the post's own date line is hidden; "Mittwoch, Mai 10, 2017 4:14:00 PM" is a comment's, in
      // <div class="comment-block">: better no date than a reader's
      ['plentylife.blogspot.pamela-reif', null],
      // "Feb 7, 2014 at 10:53" is the first comment's (<li class="comment">); the question is of the 6th
      ['german.stackexchange.com.ausgeraubt', '2014-02-06T20:37:20'],
    ] as const) {
      expect(metadataOf(name).published ?? null).toBe(day);
    }
  });
});

describe('date lines in other languages', () => {
  // Lines from pages of the two corpora: chrono's English parser read none of them to the day
  it('reads a day, a month name and a year in French, Spanish, Portuguese, Italian, Polish and Russian', () => {
    // sibenlab.blogspot.com, regards.fr, lopinion.fr, psl.eu (trafilatura-dev)
    expect(parseShownDate('mardi 5 juin 2018')?.day).toBe('2018-06-05');
    expect(parseShownDate('| 30 septembre 2018')?.day).toBe('2018-09-30');
    expect(parseShownDate('Edition du lundi 12 octobre 2020')?.day).toBe('2020-10-12');
    expect(parseShownDate('06 Novembre 2019')?.day).toBe('2019-11-06');
    // pagina12.com.ar, losandes.com, libero.pe, biobiochile.cl, elenacional.com, unocero.com
    expect(parseShownDate('04 de mayo de 2022')?.day).toBe('2022-05-04');
    expect(parseShownDate('miércoles, 4 de mayo de 2022')?.day).toBe('2022-05-04');
    expect(parseShownDate('sabado 07 de mayo del 2022')?.day).toBe('2022-05-07');
    expect(parseShownDate('Domingo 01 Mayo, 2022 | 13:43')).toEqual({ day: '2022-05-01', time: '13:43' });
    expect(parseShownDate('11 mayo 2022')?.day).toBe('2022-05-11');
    expect(parseShownDate('27 de agosto 2019')?.day).toBe('2019-08-27');
    // Scrapinghub pt-BR pages; vegolosi.it
    expect(parseShownDate('sexta-feira, 22 de outubro de 2010 às 20:13')).toEqual({ day: '2010-10-22', time: '20:13' });
    expect(parseShownDate('30 Settembre 2020')?.day).toBe('2020-09-30');
    // wsieciprawdy.pl, sportowefakty.wp.pl (genitive month names); Scrapinghub ru pages
    expect(parseShownDate('opublikowano: 7 kwietnia 2021')?.day).toBe('2021-04-07');
    expect(parseShownDate('28 Września 2020, 18:00')).toEqual({ day: '2020-09-28', time: '18:00' });
    expect(parseShownDate('24 сентября 2018')?.day).toBe('2018-09-24');
    // (kinds users reported, from Dutch and Indonesian pages the corpora do not have)
    expect(parseShownDate('7 december 2019')?.day).toBe('2019-12-07');
    expect(parseShownDate('7 Desember 2019')?.day).toBe('2019-12-07');
  });

  it('keeps the clock after the word for "at" or a slash, and a clock written 10h30', () => {
    // regards.fr's comment dates; the pt-BR page of Scrapinghub; a German date line
    expect(parseShownDate('Le 7 décembre 2019 à 13:45')).toEqual({ day: '2019-12-07', time: '13:45' });
    expect(parseShownDate('segunda-feira, 22 de janeiro de 2018 às 0:13')).toEqual({
      day: '2018-01-22',
      time: '00:13',
    });
    expect(parseShownDate('12 de março de 2021 às 10h30')).toEqual({ day: '2021-03-12', time: '10:30' });
    expect(parseShownDate('12. November 2015 / 13:48')).toEqual({ day: '2015-11-12', time: '13:48' });
  });

  it('takes a month name that is also a word only between a day and a year', () => {
    expect(parseShownDate('Mars 2020 : la mission décolle')).toBeNull();
    expect(parseShownDate('set 2019')).toBeNull();
    // (no year: regards.fr's later comments)
    expect(parseShownDate('Le 9 janvier à 13:06')).toBeNull();
  });

  it('reads English and German date lines as before', () => {
    for (const [line, day, time] of [
      ['November 19, 2019 at 8:59 pm', '2019-11-19', '20:59'],
      ['Posted: Fri 6:45 PM, Feb 16, 2018', '2018-02-16', '18:45'],
      ['18 NOV 2019', '2019-11-18', null],
      ['22. Dezember 2019 um 11:16 Uhr', '2019-12-22', '11:16'],
      ['31 Okt, 2023', '2023-10-31', null],
      ['Mittwoch, Mai 10, 2017 4:14:00 PM', '2017-05-10', '16:14'],
      ['Publiziert: 03.04.2020, 12:35', '2020-04-03', '12:35'],
    ] as const)
      expect(parseShownDate(line)).toEqual({ day, time });
  });

  it('names no month twice in its table of month names', () => {
    const seen = new Map<string, number>();
    for (const [lang, months] of Object.entries(MONTH_NAMES)) {
      expect(months, lang).toHaveLength(12);
      months.forEach((row, month) => {
        for (const form of row.split(' ').filter(Boolean)) {
          expect(seen.get(form) ?? month, `${lang} ${form}`).toBe(month);
          seen.set(form, month);
        }
      });
    }
  });

  it('dates a French article by its date line, not by a reader’s comment or the day it was updated', () => {
    // regards.fr: "Par Loïc Le Clerc | 30 septembre 2018" under the site's <h1>; "Article mis à jour
    // le 7 janvier 2020"; comments dated <abbr class="date">Le 11 septembre 2018 à 12:57</abbr>
    const m = metadataOf('regards.fr.enquetes');
    expect(m.published).toBe('2018-09-30');
    expect(m.publishedFrom).toBe('date line');
  });
});
