import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { TextDecoder } from 'node:util';
import zlib from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';

// Pages out of a web archive (.warc, .warc.gz, as crawlers and Common Crawl write them), read with
// Webrecorder's warcio. Only responses that are pages count: a 2xx status and an HTML type. A record
// that cannot be trusted (an HTTP head that does not parse, a payload whose digest does not match
// the one the archive recorded, a record cut short) is reported by its target URI, or by the file
// and offset when it has none, and the archive is read on.

export type WarcPage =
  { id: string; file: string; url: string; html: string } | { id: string; file: string; error: string };

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/**
 * The archive's pages. `wanted(id)` is asked before a payload is read, so the records another shard
 * takes, or a resumed run has done, are read past undecoded. `withHtml: false` lists without decoding
 * any payload (to count the work before it starts).
 */
export async function* warcPages(
  file: string,
  wanted: (id: string) => boolean,
  withHtml = true,
): AsyncGenerator<WarcPage> {
  const parser = new WARCParser(fs.createReadStream(file));
  for (;;) {
    let record: WARCRecord | null;
    let offset = parser.offset;
    try {
      record = await parser.parse();
      offset = parser.offset;
    } catch (e) {
      yield { id: `${file}@${offset}`, file, error: `unreadable WARC record: ${(e as Error).message}` };
      return; // the reader has lost its place in the file: nothing after this can be trusted
    }
    if (!record) return;
    const page = await pageOf(record, file, offset, wanted, withHtml);
    if (record.consumed === '') await skip(record);
    if (page) yield page;
  }
}

async function pageOf(
  record: WARCRecord,
  file: string,
  offset: number,
  wanted: (id: string) => boolean,
  withHtml: boolean,
): Promise<WarcPage | null> {
  if (record.warcType !== 'response') return null;
  const id = record.warcTargetURI || `${file}@${offset}`;
  const http = record.httpHeaders;
  const status = Number(http?.statusCode);
  if (!http || !Number.isInteger(status) || status < 100 || status > 599)
    return wanted(id) ? { id, file, error: 'bad HTTP head in WARC record' } : null;
  const contentType = http.headers.get('content-type') ?? '';
  if (status < 200 || status > 299 || !HTML_TYPES.test(contentType) || !wanted(id)) return null;
  if (!withHtml) return { id, file, url: id, html: '' };
  try {
    const payload = await record.readFully(false);
    const error = payloadError(record, payload);
    if (error) return { id, file, error };
    return { id, file, url: id, html: decodeHtml(decodeBody(payload, http.headers), contentType) };
  } catch (e) {
    return { id, file, error: `unreadable WARC record: ${(e as Error).message}` };
  }
}

/**
 * Reads past a record we do not take, chunk by chunk. warcio's own skip loops for ever on a record
 * cut short at the end of the file (it waits for bytes that never come), so the parser is told the
 * record is consumed.
 */
async function skip(record: WARCRecord): Promise<void> {
  for await (const _ of record.reader);
  record.consumed = 'skipped';
}

/** The record cut short, or its payload not the one the archive's digest names. */
function payloadError(record: WARCRecord, payload: Uint8Array): string | null {
  const expected = record.warcContentLength - httpHeadLength(record);
  if (payload.length < expected) return `truncated WARC record: ${payload.length} of ${expected} payload bytes`;
  const digest = record.warcPayloadDigest;
  if (!digest) return null;
  const m = /^(sha-?1|sha-?256|md5):(.+)$/i.exec(digest.trim());
  if (!m) return null; // an algorithm Node does not name the same way: nothing to check against
  const hash = createHash(m[1].toLowerCase().replace('-', '')).update(payload).digest();
  const got = m[2].trim();
  const ok = got.toUpperCase() === base32(hash) || got.toLowerCase() === hash.toString('hex');
  return ok ? null : `WARC payload digest mismatch (${digest})`;
}

/** Bytes of the HTTP status line and headers at the start of the record's block. */
function httpHeadLength(record: WARCRecord): number {
  const head = record.httpHeaders;
  if (!head) return 0;
  return Buffer.byteLength(head.toString()) + 2; // toString ends the last header with CRLF; one more ends the head
}

// RFC 4648 base32, the digests' usual spelling in WARC files
function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** The entity as the server sent it → the page's bytes: chunked transfer and gzip/deflate/br undone. */
function decodeBody(payload: Uint8Array, headers: { get(name: string): string | null | undefined }): Buffer {
  let body: Buffer = Buffer.from(payload);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.gunzipSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  return body;
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The charset the HTTP header names, else the page's <meta>, else UTF-8. */
export function decodeHtml(bytes: Buffer, contentType: string): string {
  const label = charsetIn(contentType) ?? metaCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8'); // a label the decoder does not know
  }
  const text = decoder.decode(bytes);
  // Node 20 decodes windows-1252 (the encoding "latin1" and "iso-8859-1" mean on the web) as
  // ISO-8859-1, so its curly quotes, dashes and euro sign come out as C1 controls
  return decoder.encoding === 'windows-1252'
    ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80])
    : text;
}

/** windows-1252's bytes 0x80–0x9F (WHATWG Encoding); the five it leaves undefined stay as they are. */
export const CP1252_80_9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

function charsetIn(contentType: string): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

/** <meta charset> or <meta http-equiv="Content-Type" content="…charset=…"> in the page's head. */
function metaCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\scharset\s*=\s*["']?([\w.:-]+)/i.exec(m[0]);
    if (direct) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(m[0])) {
      const c = /content\s*=\s*["']([^"']*)["']/i.exec(m[0]);
      if (c && charsetIn(c[1])) return charsetIn(c[1]);
    }
  }
  return null;
}
