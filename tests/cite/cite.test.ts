import { describe, expect, it } from 'vitest';
import { cite, CITATION_FORMATS, isCitationFormat } from '../../utils/cite';
import { personName, parseDate, quoteBody, safeUrl } from '../../utils/cite/shared';
import type { PageMetadata } from '../../utils/types';

const URL_MT =
  'https://www.themoscowtimes.com/2022/12/18/iran-says-doesnt-need-permission-to-expand-russia-ties-a79737';
const metadata: PageMetadata = {
  title: "Iran Says Doesn't Need 'Permission' to Expand Russia Ties",
  site: 'The Moscow Times',
  author: 'AFP',
  published: '2022-12-18T15:04:00+03:00',
  modified: null,
  canonical: URL_MT,
  language: 'en',
  description: null,
  url: URL_MT,
};
const quote = {
  text: 'Tehran acts independently in regulating its foreign relations and does not seek permission from anyone.',
  kind: 'direct' as const,
  speaker: { name: 'Nasser Kanani', role: "Iran's Foreign Ministry spokesperson", mention: 'Kanani' },
  date: { iso: '2022-12-18', source: 'text' as const, words: null },
};
const accessed = new Date(2026, 10, 22);
const input = { quote, metadata, accessed };
const undated = { quote, metadata: { ...metadata, author: null, published: null }, accessed };

describe('citations, full metadata', () => {
  it('plain text matches the example in the issue', () => {
    expect(cite('plain', input).text).toBe(
      `"Tehran acts independently in regulating its foreign relations and does not seek permission from anyone." — Nasser Kanani, Iran's Foreign Ministry spokesperson, Dec. 18, 2022. Quoted in "Iran Says Doesn't Need 'Permission' to Expand Russia Ties," The Moscow Times, Dec. 18, 2022, ${URL_MT}`,
    );
  });

  it('plain HTML italicises the publication and links the URL', () => {
    const { html } = cite('plain', input);
    expect(html).toContain('<i>The Moscow Times</i>');
    expect(html).toContain(`<a href="${URL_MT}">${URL_MT}</a>`);
  });

  it('markdown is a block quote with the speaker in bold and the title linked', () => {
    expect(cite('markdown', input).text).toBe(
      `> "Tehran acts independently in regulating its foreign relations and does not seek permission from anyone."\n>\n> — **Nasser Kanani**, Iran's Foreign Ministry spokesperson, Dec. 18, 2022. Quoted in [Iran Says Doesn't Need 'Permission' to Expand Russia Ties](${URL_MT}), *The Moscow Times*, Dec. 18, 2022.`,
    );
  });

  it('APA 7: narrative "as cited in" and the reference entry', () => {
    expect(cite('apa', input).text).toBe(
      `Nasser Kanani (as cited in AFP, 2022): "Tehran acts independently in regulating its foreign relations and does not seek permission from anyone."\n\nAFP. (2022, December 18). Iran Says Doesn't Need 'Permission' to Expand Russia Ties. The Moscow Times. ${URL_MT}`,
    );
  });

  it('MLA 9: "qtd. in" and the works-cited entry without the URL scheme', () => {
    expect(cite('mla', input).text).toBe(
      `Nasser Kanani: "Tehran acts independently in regulating its foreign relations and does not seek permission from anyone" (qtd. in AFP).\n\nAFP. "Iran Says Doesn't Need 'Permission' to Expand Russia Ties." The Moscow Times, 18 Dec. 2022, ${URL_MT.replace('https://', '')}.`,
    );
  });

  it('Chicago: note with "quoted in" and the long date', () => {
    expect(cite('chicago', input).text).toBe(
      `"Tehran acts independently in regulating its foreign relations and does not seek permission from anyone."\n\nNasser Kanani, Iran's Foreign Ministry spokesperson, quoted in AFP, "Iran Says Doesn't Need 'Permission' to Expand Russia Ties," The Moscow Times, December 18, 2022, ${URL_MT}.`,
    );
  });

  it.each(CITATION_FORMATS)('%s: every format italicises the publication in HTML', (format) => {
    expect(cite(format, input).html).toContain('<i>The Moscow Times</i>');
  });
});

describe('citations degrade as the styles prescribe', () => {
  it('plain: no date gives "n.d." and the accessed date', () => {
    expect(cite('plain', undated).text).toContain('The Moscow Times, n.d., accessed Nov. 22, 2026, https://');
  });

  it('APA: no author puts the site in the author position once; no date retrieves', () => {
    const { text } = cite('apa', undated);
    expect(text).toContain('Nasser Kanani (as cited in The Moscow Times, n.d.)');
    expect(text).toContain(
      `The Moscow Times. (n.d.). Iran Says Doesn't Need 'Permission' to Expand Russia Ties. Retrieved November 22, 2026, from ${URL_MT}`,
    );
    expect(text.match(/The Moscow Times/g)).toHaveLength(2);
  });

  it('MLA: no author starts with the title; no date ends with "Accessed"', () => {
    const { text } = cite('mla', undated);
    expect(text).toContain(`(qtd. in "Iran Says Doesn't Need")`);
    expect(text.split('\n\n')[1]).toBe(
      `"Iran Says Doesn't Need 'Permission' to Expand Russia Ties." The Moscow Times, ${URL_MT.replace('https://', '')}. Accessed 22 Nov. 2026.`,
    );
  });

  it('Chicago: no date gives "n.d., accessed"', () => {
    expect(cite('chicago', undated).text).toContain('The Moscow Times, n.d., accessed November 22, 2026, https://');
  });

  it('a person author is inverted in APA and MLA, an organisation is not', () => {
    const person = { ...input, metadata: { ...metadata, author: 'Jane Q. Doe' } };
    expect(cite('apa', person).text).toContain('Doe, J. Q. (2022, December 18).');
    expect(cite('mla', person).text).toContain('Doe, Jane Q. "Iran');
    expect(cite('mla', person).text).toContain('(qtd. in Doe)');
    expect(personName('IFP Editorial Staff')).toBeNull();
    expect(personName('AFP')).toBeNull();
  });

  it('no speaker name falls back to the role, then to "unattributed"', () => {
    const byRole = { ...input, quote: { ...quote, speaker: { name: null, role: 'the spokesman', mention: 'He' } } };
    expect(cite('plain', byRole).text).toContain('" — The spokesman, Dec. 18, 2022. Quoted in');
    const nobody = { ...input, quote: { ...quote, speaker: { name: null, role: null, mention: null }, date: null } };
    expect(cite('plain', nobody).text).toContain('" — unattributed. Quoted in');
  });

  it('reported speech says "Reported in", not "Quoted in"', () => {
    const reported = { ...input, quote: { ...quote, kind: 'indirect' as const } };
    expect(cite('plain', reported).text).toContain('. Reported in "Iran Says');
  });

  it('a month-only quote date prints the month', () => {
    const monthOnly = { ...input, quote: { ...quote, date: { iso: '2022-11', source: 'text' as const, words: null } } };
    expect(cite('plain', monthOnly).text).toContain('spokesperson, Nov. 2022. Quoted');
    expect(parseDate('2022-11')).toEqual({ year: 2022, month: 10, day: null });
  });

  it('no site and no URL still yields a citation', () => {
    const bare = {
      quote,
      metadata: { ...metadata, site: null, canonical: null, url: 'about:blank', published: null, author: null },
      accessed,
    };
    for (const f of CITATION_FORMATS) expect(cite(f, bare).text).toContain('Tehran acts independently');
  });
});

describe('page text stays text', () => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const hostile = {
    quote: { ...quote, text: `He said ${evil} it`, speaker: { name: `Mal <b>lory</b>`, role: null, mention: null } },
    metadata: {
      ...metadata,
      title: `Title ${evil}`,
      site: `Site <i>x</i>`,
      canonical: 'javascript:alert(1)',
      url: 'javascript:alert(2)',
    },
    accessed,
  };

  it.each(CITATION_FORMATS)('%s HTML escapes every page-derived string and never links javascript:', (format) => {
    const { html } = cite(format, hostile);
    expect(html).not.toMatch(/<img|<script|<b>lory|javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img, script').length).toBe(0);
    expect(doc.body.textContent).toContain('<script>');
  });

  it('markdown escapes page text so it cannot become markup', () => {
    const { text } = cite('markdown', hostile);
    expect(text).toContain('\\<img');
    expect(text).not.toContain('](javascript:');
  });

  it('safeUrl only accepts http(s)', () => {
    expect(safeUrl('javascript:alert(1)', 'data:text/html,x', 'https://a.example/b')).toBe('https://a.example/b');
    expect(safeUrl('ftp://x', null)).toBeNull();
  });

  it('inner double quotes become single, trailing clause punctuation goes', () => {
    expect(quoteBody('acts independently and does not seek "permission" from anyone,')).toBe(
      "acts independently and does not seek 'permission' from anyone",
    );
  });

  it('recognises its formats', () => {
    expect(isCitationFormat('apa')).toBe(true);
    expect(isCitationFormat('harvard')).toBe(false);
  });
});
