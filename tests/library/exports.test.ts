// @vitest-environment node
// (adm-zip finds no entries under jsdom; nothing here needs a page but the JSDOM made below)
import AdmZip from 'adm-zip';
import Ajv from 'ajv';
import { parse as parseBibtex } from 'astrocite-bibtex';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { JSDOM } from 'jsdom';
import { CSV_COLUMNS } from '../../utils/library/export/csv';
import { exportFile } from '../../utils/library/export';
import { quoteLink } from '../../utils/library/export/fields';
import { parseJsonl, toJsonl } from '../../utils/library/export/jsonl';
import { toMarkdownNotes } from '../../utils/library/export/markdown';
import { toBibtex, toCslJson, toRis } from '../../utils/library/export/bibliography';
import type { SavedQuote } from '../../utils/library/types';
import { allSeedRequests, clock, freshLibrary, seedRequests } from './helpers';

// Every export format, read back by a reader that did not write it: csv-parse for CSV, yaml and
// markdown-it for the Obsidian notes, astrocite for BibTeX and RIS, ajv for CSL-JSON, JSON.parse
// and the library's own import for JSON Lines (the round trip). The library holds both seed
// articles, plus a story whose title and note carry HTML, script, a Markdown link and a spreadsheet
// formula, and a 10,000-character quote.

const EVIL_TITLE = 'Breaking <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))';
const EVIL_NOTE =
  '=HYPERLINK("http://evil.example","x")\n<b onclick="alert(4)">bold</b> & [link](http://evil.example) $x$ %%hidden%% #tag';
const LONG = 'The ministry said, “we will answer every question”, and it did. '.repeat(200).slice(0, 10_000);

let records: SavedQuote[];
beforeAll(async () => {
  const c = clock();
  const { library } = freshLibrary({ now: c.now });
  for (const r of allSeedRequests()) {
    await library.save(r);
    c.tick(60_000);
  }
  const [base] = seedRequests('ifp-kanaani-cia');
  const evil = structuredClone(base);
  evil.page = {
    ...evil.page,
    title: EVIL_TITLE,
    url: 'https://example.org/evil',
    canonical: null,
    site: 'Example, "News"',
  };
  evil.note = EVIL_NOTE;
  evil.quote.text = 'We will see, he said, "as always"\nand more.';
  await library.save(evil);
  c.tick(60_000);
  const long = structuredClone(base);
  long.page = { ...long.page, url: 'https://example.org/long', canonical: null, title: 'A long statement' };
  long.quote.text = LONG;
  long.quote.anchor = { ...long.quote.anchor, exact: LONG, prefix: 'The ministry: ', suffix: ' Then it ended.' };
  await library.save(long);
  records = await library.all();
});

const evilRecord = () => records.find((r) => r.page.url === 'https://example.org/evil')!;
const articles = () => new Set(records.map((r) => r.articleKey)).size;

describe('JSON Lines', () => {
  it("one JSON object per line, with the CLI's quote fields and the library's", () => {
    const lines = toJsonl(records).trimEnd().split('\n');
    expect(lines).toHaveLength(records.length);
    for (const line of lines) {
      const o = JSON.parse(line);
      expect(o).toMatchObject({ format: 'verbatim-library', schema: 2 });
      for (const k of ['text', 'kind', 'speaker', 'date', 'dateSource', 'dateText', 'anchor'])
        expect(o).toHaveProperty(k);
      expect(Object.keys(o.speaker).sort()).toEqual(['mention', 'name', 'role']);
      expect(Object.keys(o.anchor).sort()).toEqual(['end', 'exact', 'paragraph', 'prefix', 'start', 'suffix']);
      for (const k of ['id', 'page', 'fragment', 'link', 'note', 'tags', 'savedAt', 'updatedAt'])
        expect(o).toHaveProperty(k);
      expect(o.link).toMatch(/#:~:text=/);
    }
  });

  it('importing an export into an empty library restores it exactly, and exports the same file again', async () => {
    const file = toJsonl(records);
    const { library } = freshLibrary();
    expect(await library.importRecords(parseJsonl(file))).toEqual({ added: records.length, updated: 0, unchanged: 0 });
    expect(await library.all()).toEqual(records);
    expect(toJsonl(await library.all())).toBe(file);
    // importing it again changes nothing
    expect(await library.importRecords(parseJsonl(file))).toEqual({ added: 0, updated: 0, unchanged: records.length });
  });

  it('a file exported by schema v1 (no links yet) is imported with links made from the anchors', () => {
    const v1 = toJsonl(records)
      .trimEnd()
      .split('\n')
      .map((l) => {
        const { fragment: _f, link: _l, ...o } = JSON.parse(l);
        return JSON.stringify({ ...o, schema: 1 });
      })
      .join('\n');
    const back = parseJsonl(v1);
    expect(back).toHaveLength(records.length);
    for (const r of back) expect(r.fragment).toMatch(/^text=/);
  });

  it.each([
    ['a CSV file', 'quote,kind\n"x",direct\n', /not a Verbatim library export/],
    [
      'the CLI’s own JSON Lines (pages, not saved quotes)',
      '{"id":"page","metadata":{},"quotes":[]}\n',
      /not a Verbatim library export/,
    ],
    ['an empty file', '\n\n', /The file is empty/],
    ['binary noise', '\u0000\u0001PK\u0003\u0004garbage', /not a Verbatim library export/],
    [
      'a bad line after good ones',
      `${toJsonl([]).trim()}REPLACE`,
      /Line 3 of the file is not JSON. Nothing was imported/,
    ],
    [
      'a record with a wrong field',
      'REPLACE_KIND',
      /"kind" is not one of direct, indirect, mixed\. Nothing was imported/,
    ],
    ['a file from a newer Verbatim', 'REPLACE_SCHEMA', /newer version of Verbatim/],
  ])('%s: a clear error, and the library is left as it was', async (_what, raw, message) => {
    const good = toJsonl(records.slice(0, 2));
    const text =
      raw === 'REPLACE_KIND'
        ? good.replace('"kind":"', '"kind":"rumour')
        : raw === 'REPLACE_SCHEMA'
          ? good.replace(/"schema":2/g, '"schema":9')
          : raw.endsWith('REPLACE')
            ? `${good}not json at all\n`
            : raw;
    const { library } = freshLibrary();
    await library.importRecords(records.slice(2, 4));
    const before = await library.all();
    expect(() => parseJsonl(text)).toThrow(message);
    expect(await library.all()).toEqual(before);
  });
});

describe('CSV', () => {
  it('RFC 4180: CRLF records, a header, quoted fields; csv-parse reads back every value', async () => {
    const file = await exportFile('csv', records, { now: new Date('2026-11-22T10:00:00Z'), scope: 'library' });
    const text = file.data as string;
    expect(file.name).toBe('verbatim-library-2026-11-22.csv');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(records.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of records) {
      const row = byId.get(r.id)!;
      expect(row.quote).toBe(r.text);
      expect(row.link).toBe(quoteLink(r));
      expect(row.date).toBe(r.date ?? '');
    }
    expect(byId.get(evilRecord().id)!.outlet).toBe('Example, "News"');
  });

  it('a note or title that a spreadsheet would run as a formula is kept as text', () => {
    return exportFile('csv', [evilRecord()], { now: new Date(), scope: 'x' }).then((f) => {
      const [row] = parseCsv(f.data as string, { columns: true }) as Record<string, string>[];
      expect(row.note).toBe(`'${EVIL_NOTE}`);
    });
  });
});

describe('Markdown for Obsidian', () => {
  const md = new MarkdownIt({ html: true, linkify: true });

  it('a note per article: YAML front matter, then a blockquote per quote with speaker, date, link and note', () => {
    const notes = toMarkdownNotes(records);
    expect(notes).toHaveLength(articles());
    for (const note of notes) {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(note.text)!;
      expect(m).not.toBeNull();
      const front = parseYaml(m[1]);
      const quotes = records.filter((r) => r.page.title === front.title);
      expect(quotes.length).toBeGreaterThan(0);
      expect(front.source).toBe(quotes[0].page.canonical ?? quotes[0].page.url);
      if (quotes[0].page.published) expect(String(front.published)).toContain(quotes[0].page.published.slice(0, 4));
      expect(front.tags).toContain('quotes');
      const dom = new JSDOM(md.render(note.text.slice(m[0].length))).window.document;
      const blocks = [...dom.querySelectorAll('body > blockquote')];
      expect(blocks).toHaveLength(quotes.length);
      for (const q of quotes) {
        const block = blocks.find((b) =>
          b.textContent!.replace(/\s+/g, ' ').includes(q.text.replace(/\s+/g, ' ').slice(0, 60)),
        );
        expect(block, q.text.slice(0, 40)).toBeTruthy();
        expect(block!.querySelector('a')!.getAttribute('href')).toBe(quoteLink(q));
        if (q.speaker.name) expect(block!.querySelector('strong')!.textContent).toContain(q.speaker.name);
      }
    }
  });

  it('HTML, script, links and formulas in a title or note stay text in the rendered note', () => {
    const [note] = toMarkdownNotes([evilRecord()]);
    const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(note.text)![1]);
    expect(front.title).toBe(EVIL_TITLE);
    const html = md.render(note.text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const dom = new JSDOM(html).window.document;
    expect(dom.querySelectorAll('script, img, b, [onclick], [onerror]')).toHaveLength(0);
    // the only links are the quote's own and web addresses the note spells out (autolinked as
    // Obsidian does): the title's javascript: link is text
    const links = [...dom.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(links).toContain(quoteLink(evilRecord()));
    expect(links.every((h) => /^https?:\/\//.test(h))).toBe(true);
    expect(dom.body.textContent).toContain('[click](javascript:alert(3))');
    expect(dom.querySelector('h1')!.textContent).toBe(EVIL_TITLE);
    expect(dom.body.textContent).toContain('<b onclick="alert(4)">bold</b>');
    expect(dom.body.textContent).toContain('%%hidden%%');
    expect(note.name).not.toMatch(/[\\/:*?"<>|#^[\]]/);
  });

  it('several articles come as a zip of notes; one article as its note', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const zip = await exportFile('markdown', records, { now, scope: 'library' });
    expect(zip.name).toBe('verbatim-library-2026-11-22-markdown.zip');
    const entries = new AdmZip(Buffer.from(zip.data as Uint8Array)).getEntries();
    expect(entries.map((e) => e.entryName).sort()).toEqual(
      toMarkdownNotes(records)
        .map((n) => n.name)
        .sort(),
    );
    expect(entries[0].getData().toString('utf8')).toMatch(/^---\n/);
    const one = records.filter((r) => r.page.site === 'The Moscow Times');
    const single = await exportFile('markdown', one, { now, scope: 'x' });
    expect(single.name).toBe("Iran Says Doesn't Need 'Permission' to Expand Russia Ties.md");
  });
});

describe('BibTeX, RIS and CSL-JSON (citation-js)', () => {
  it('BibTeX: one entry per article that astrocite reads back: title, journal, author, year, URL, quotes in the annotation', () => {
    const entries = parseBibtex(toBibtex(records));
    expect(entries).toHaveLength(articles());
    const mt = entries.find((e) => e['container-title'] === 'The Moscow Times')!;
    expect(mt.title).toBe("Iran Says Doesn't Need 'Permission' to Expand Russia Ties");
    expect(mt.author).toEqual([{ family: 'AFP' }]);
    expect(String(mt.issued!['date-parts']![0][0])).toBe('2022');
    expect(mt.URL).toBe(
      'https://www.themoscowtimes.com/2022/12/18/iran-says-doesnt-need-permission-to-expand-russia-ties-a79737',
    );
    const quotes = records.filter((r) => r.page.site === 'The Moscow Times');
    for (const q of quotes) expect(String(mt.annote)).toContain(q.text.slice(0, 30));
    const evil = entries.find((e) => String(e.title).startsWith('Breaking'))!;
    expect(String(evil.title)).not.toMatch(/<script|<img/);
  });

  it('RIS: one newspaper reference per article that astrocite reads back, with the author, the date and the quotes', () => {
    const text = toRis(records);
    expect(text.split('\r\n').every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    const items = parseRis(text);
    expect(items).toHaveLength(articles());
    const mt = items.find((e) => e.title === "Iran Says Doesn't Need 'Permission' to Expand Russia Ties")!;
    expect(mt.type).toBe('article-newspaper');
    expect(mt.author).toEqual([{ family: 'AFP' }]);
    expect(mt.issued!['date-parts']![0].map(Number)).toEqual([2022, 12, 18]);
    expect(mt.URL).toBe(
      'https://www.themoscowtimes.com/2022/12/18/iran-says-doesnt-need-permission-to-expand-russia-ties-a79737',
    );
    for (const q of records.filter((r) => r.page.site === 'The Moscow Times')) {
      expect(String(mt.note)).toContain(q.text.slice(0, 30));
      expect(String(mt.note)).toContain(quoteLink(q)!);
    }
  });

  it('CSL-JSON: valid CSL data (checked by ajv against the CSL 1.0.2 fields used), the quotes in each annotation', () => {
    const items = JSON.parse(toCslJson(records));
    const name = {
      type: 'object',
      properties: { family: { type: 'string' }, given: { type: 'string' }, literal: { type: 'string' } },
      additionalProperties: false,
    };
    const date = {
      type: 'object',
      required: ['date-parts'],
      properties: {
        'date-parts': {
          type: 'array',
          minItems: 1,
          items: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer' } },
        },
      },
    };
    const schema = {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type'],
        properties: {
          id: { type: 'string' },
          type: { enum: ['article-newspaper'] },
          title: { type: 'string' },
          'container-title': { type: 'string' },
          author: { type: 'array', items: name },
          issued: date,
          accessed: date,
          URL: { type: 'string', pattern: '^https?://' },
          language: { type: 'string' },
          annote: { type: 'string' },
        },
        additionalProperties: false,
      },
    };
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toHaveLength(articles());
    const long = items.find((i: { title: string }) => i.title === 'A long statement');
    expect(long.annote).toContain(LONG);
  });
});
