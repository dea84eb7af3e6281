import type { SavedPage } from './types';

// How "the same quote" is recognised, so saving twice never duplicates: the same words (compared
// with spacing, case and quotation-mark style folded) from the same article. The article is its
// canonical URL when the page declares an http(s) one (AMP and tracking variants of a story share
// it), else the page's URL, without its fragment and without click-tracking parameters.

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|ocid|cmpid|smid|ref_src)$/i;

export function articleKey(page: Pick<SavedPage, 'url' | 'canonical'>): string {
  for (const candidate of [page.canonical, page.url]) {
    if (!candidate) continue;
    let u: URL;
    try {
      u = new URL(candidate);
    } catch {
      continue;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
    u.hash = '';
    // forEach, not the iterator: a Firefox content script's URLSearchParams comes from the page
    // and its iterator is not iterable there, which broke "also reported" in the hover card.
    const keys: string[] = [];
    u.searchParams.forEach((_, k) => keys.push(k));
    for (const k of keys) if (TRACKING.test(k)) u.searchParams.delete(k);
    return u.href.replace(/\?$/, '');
  }
  return page.url || 'about:blank';
}

/** The words as the duplicate check compares them. */
export function foldWords(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The saved quote's id: a 64-bit hash (two 32-bit lanes) of the article and the folded words. */
export function quoteId(key: string, text: string): string {
  const s = `${key}\u0000${foldWords(text)}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `q${hex(h2)}${hex(h1)}`;
}
