#!/usr/bin/env node
// Builds the web-archive fixtures of the batch tests (tests/fixtures/warc/) from the project's
// fixture pages, written with warcio as crawlers write them (digests included):
//   pages.warc.gz  one gzip member per record: the pages in UTF-8, in windows-1252 named by the HTTP
//                  header, in windows-1252 named by <meta> only, as XHTML; and what batch mode must
//                  pass over: a warcinfo, a request, an image, a 404
//   corrupt.warc   good pages around a record with a broken HTTP head, one whose payload does not
//                  match its WARC-Payload-Digest, and a last record cut off mid-payload
// Run: npx tsx scripts/make-warc-fixtures.ts
import fs from 'node:fs';
import path from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { CP1252_80_9F } from '../cli/batch/warc';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/warc');
const page = (p: string) => fs.readFileSync(path.join(ROOT, 'tests/fixtures', p), 'utf8');
const IFP = page('seeds/ifp-kanaani-cia.html');
const MOSCOW = page('seeds/moscowtimes-iran-permission.html');
const NOT_ARTICLE = page('pages/not-article.html');
const XSS = page('pages/xss-article.html');
const DATE = '2022-12-19T10:00:00Z';

/** windows-1252 bytes of the text; characters it lacks become numeric references, as a server would */
function cp1252(text: string): Buffer {
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b), b);
  const out: number[] = [];
  for (const ch of text) {
    const b = byteOf.get(ch);
    if (b !== undefined) out.push(b);
    else for (const c of `&#${ch.codePointAt(0)};`) out.push(c.charCodeAt(0));
  }
  return Buffer.from(out);
}

function response(url: string, body: Uint8Array | string, contentType: string, status = '200 OK'): WARCRecord {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return WARCRecord.create(
    {
      url,
      date: DATE,
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: `HTTP/1.1 ${status}`,
      httpHeaders: { 'Content-Type': contentType, 'Content-Length': String(bytes.length) },
    },
    [bytes],
  );
}

async function serialize(records: WARCRecord[], gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const r of records) parts.push(await WARCSerializer.serialize(r, { gzip }));
  return Buffer.concat(parts);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const ifpUrl =
    'https://ifpnews.com/iran-says-cia-chief-claims-regarding-tehran-moscow-ties-baseless-propaganda-campaign/';
  const ifpLatin1 = cp1252(IFP.replace('<meta charset="UTF-8">', '<meta charset="windows-1252">'));
  const pages = [
    WARCRecord.createWARCInfo(
      { filename: 'pages.warc.gz', warcVersion: 'WARC/1.1' },
      { software: 'verbatim fixtures' },
    ),
    WARCRecord.create({ url: ifpUrl, date: DATE, type: 'request', statusline: 'GET / HTTP/1.1', httpHeaders: {} }, []),
    response(ifpUrl, IFP, 'text/html; charset=UTF-8'),
    response(`${ifpUrl}?as=windows-1252`, cp1252(IFP), 'text/html; charset=windows-1252'),
    response(`${ifpUrl}?as=meta-windows-1252`, ifpLatin1, 'text/html'),
    response(
      'https://www.themoscowtimes.com/2022/12/18/iran-says-doesnt-need-permission-to-expand-russia-ties-a79737',
      MOSCOW,
      'application/xhtml+xml',
    ),
    response('https://ifpnews.com/logo.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10), 'image/png'),
    response('https://daily.example/missing', NOT_ARTICLE, 'text/html', '404 Not Found'),
  ];
  fs.writeFileSync(path.join(OUT, 'pages.warc.gz'), await serialize(pages, true));

  const good = await serialize([response('https://daily.example/', NOT_ARTICLE, 'text/html; charset=utf-8')], false);
  const badHead = (await serialize([response('https://daily.example/bad-head', NOT_ARTICLE, 'text/html')], false))
    .toString('latin1')
    .replace('HTTP/1.1 200 OK', 'HTTP/1.1 2OO OK'); // the same length, so the record's length still holds
  const badDigest = (await serialize([response('https://daily.example/bad-digest', XSS, 'text/html')], false))
    .toString('latin1')
    .replace(/(WARC-Payload-Digest: sha256:)(.)/, (_, h, c) => h + (c === 'a' ? 'b' : 'a'));
  const after = await serialize([response('https://daily.example/after', XSS, 'text/html')], false);
  const cut = await serialize([response('https://daily.example/cut-off', XSS, 'text/html')], false);
  fs.writeFileSync(
    path.join(OUT, 'corrupt.warc'),
    Buffer.concat([
      good,
      Buffer.from(badHead, 'latin1'),
      Buffer.from(badDigest, 'latin1'),
      after,
      cut.subarray(0, cut.length - 1000),
    ]),
  );
  console.log(`written: ${path.relative(ROOT, OUT)}/pages.warc.gz, corrupt.warc`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
