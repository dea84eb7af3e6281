import { describe, expect, it } from 'vitest';
import { warcPages, type WarcPage } from '../../cli/batch/warc';
import { analyze, fixture, pages } from './cli';

// Web archives as crawls come: HTML responses among requests, images and errors, in any charset,
// and now and then a record that cannot be trusted.

const IFP = 'https://ifpnews.com/iran-says-cia-chief-claims-regarding-tehran-moscow-ties-baseless-propaganda-campaign/';

async function read(file: string): Promise<WarcPage[]> {
  const out: WarcPage[] = [];
  for await (const p of warcPages(fixture('warc', file), () => true)) out.push(p);
  return out;
}

describe('WARC input', () => {
  it('takes the 2xx HTML and XHTML responses only, each by its target URI', async () => {
    const ids = (await read('pages.warc.gz')).map((p) => p.id);
    expect(ids).toEqual([
      IFP,
      `${IFP}?as=windows-1252`,
      `${IFP}?as=meta-windows-1252`,
      'https://www.themoscowtimes.com/2022/12/18/iran-says-doesnt-need-permission-to-expand-russia-ties-a79737',
    ]); // not the warcinfo, the request, the PNG or the 404
  });

  it('decodes by the HTTP header charset, else the <meta> charset, else UTF-8', async () => {
    const [utf8, byHeader, byMeta] = (await read('pages.warc.gz')).map((p) => ('html' in p ? p.html : ''));
    const words = /Central Intelligence Agency’s chief about Iran’s/;
    expect(utf8).toMatch(words);
    expect(byHeader).toMatch(words);
    expect(byMeta).toMatch(words);
    expect(byHeader).toBe(utf8); // curly quotes and dashes too, which Node's own decoder gets wrong
    expect(byMeta).not.toMatch(/\uFFFD|â€/); // no replacement characters, no UTF-8 read as Latin-1
  });

  it('reads past the records it does not take, a last one cut short included', async () => {
    const listed: string[] = [];
    const wanted = (id: string) => id.endsWith('/after');
    for await (const p of warcPages(fixture('warc', 'corrupt.warc'), wanted, false)) listed.push(p.id);
    expect(listed).toEqual(['https://daily.example/after']);
  });

  it('gives a corrupt record an error line and goes on with the archive', () => {
    const r = analyze('--format', 'jsonl', '--jobs', '2', fixture('warc', 'corrupt.warc'));
    expect(r.status).toBe(1); // a page failed
    const file = fixture('warc', 'corrupt.warc');
    const got = pages(r.stdout).map((p) => ({ id: p.id, file: p.file, error: p.error, isArticle: p.isArticle }));
    expect(got).toEqual([
      { id: 'https://daily.example/', file, error: undefined, isArticle: false },
      { id: 'https://daily.example/bad-head', file, error: 'bad HTTP head in WARC record', isArticle: undefined },
      {
        id: 'https://daily.example/bad-digest',
        file,
        error: expect.stringMatching(/^WARC payload digest mismatch/),
        isArticle: undefined,
      },
      { id: 'https://daily.example/after', file, error: undefined, isArticle: true },
      {
        id: 'https://daily.example/cut-off',
        file,
        error: expect.stringMatching(/^truncated WARC record/),
        isArticle: undefined,
      },
    ]);
    expect(r.stderr).toMatch(/daily\.example\/bad-digest: WARC payload digest mismatch/);
  });
});
