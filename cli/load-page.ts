import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { pageId } from './inputs';
import { decodeHtml } from './batch/warc';

export { expandInputs, pageId } from './inputs';

// Node's stand-in for the browser: jsdom, with scripts and subresources off. Some real pages carry
// CSS that jsdom's parser throws on while building the DOM; since the analysis never reads
// stylesheets, such a page is parsed again with its <style> blocks emptied rather than lost.

export interface LoadedPage {
  id: string;
  file: string;
  url: string;
  document: Document;
  close(): void;
}

/**
 * A saved page's text, decoded as a browser would: by the charset its <meta> names (a German page
 * in ISO-8859-1 read as UTF-8 loses every umlaut, and with it every sentence that has one), else
 * as UTF-8.
 */
export function readHtml(file: string): string {
  let buf = fs.readFileSync(file);
  if (file.endsWith('.gz')) buf = zlib.gunzipSync(buf);
  return decodeHtml(buf, '');
}

export function parseHtml(html: string, url = 'https://example.invalid/'): JSDOM {
  const virtualConsole = new VirtualConsole(); // page errors are the page's business, not ours
  const opts = { url: pageUrl(html) ?? url, virtualConsole, pretendToBeVisual: false };
  return withStyleFallbacks(html, (h) => new JSDOM(h, opts));
}

/** `build(html)`; if jsdom throws on the page's CSS, again with its <style> blocks emptied, then also without style attributes. */
export function withStyleFallbacks<T>(html: string, build: (html: string) => T): T {
  try {
    return build(html);
  } catch {
    const noStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '<style></style>');
    try {
      return build(noStyles);
    } catch {
      return build(noStyles.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, ''));
    }
  }
}

/** The page's own address (canonical link or og:url), so relative links and dates in URLs work. */
export function pageUrl(html: string): string | null {
  const head = html.slice(0, 200_000);
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1] ?? null;
  let canonical: string | null = null,
    ogUrl: string | null = null;
  // attributes come in any order: <meta content="…" property="og:url">
  for (const m of head.matchAll(/<(link|meta)\b[^>]*>/gi)) {
    const tag = m[0];
    if (m[1].toLowerCase() === 'link' && !canonical && /^canonical$/i.test(attr(tag, 'rel') ?? ''))
      canonical = attr(tag, 'href');
    else if (
      m[1].toLowerCase() === 'meta' &&
      !ogUrl &&
      /^og:url$/i.test(attr(tag, 'property') ?? attr(tag, 'name') ?? '')
    )
      ogUrl = attr(tag, 'content');
  }
  for (const cand of [canonical, ogUrl]) {
    if (!cand) continue;
    try {
      const u = new URL(cand.replace(/&amp;/g, '&'));
      if (/^https?:$/.test(u.protocol)) return u.href;
    } catch {
      /* a relative or broken address: try the next */
    }
  }
  return null;
}

export function loadPage(file: string): LoadedPage {
  const html = readHtml(file);
  const dom = parseHtml(html, 'file://' + path.resolve(file));
  return {
    id: pageId(file),
    file,
    url: dom.window.location.href,
    document: dom.window.document,
    close: () => dom.window.close(),
  };
}
