// Pages no extension may script, or that are not web pages at all. The popup says so plainly
// instead of surfacing the browser's injection error.

const BROWSER_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|view-source|resource|data|blob):/i;
const STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

export const RESTRICTED_MESSAGES = {
  browser: 'This is one of the browser’s own pages. Extensions cannot read it, so there is nothing to analyse here.',
  store: 'Browsers keep extensions out of their add-on stores, so Verbatim cannot read this page.',
  pdf: 'This tab shows a PDF. Verbatim reads web pages, not PDF documents.',
  unknown:
    'The browser keeps extensions off this page (its own pages, add-on stores and a few others are off limits). Open a news article and try again.',
} as const;

export function restrictedReason(url: string | undefined | null): string | null {
  if (!url) return null;
  if (BROWSER_SCHEMES.test(url)) return RESTRICTED_MESSAGES.browser;
  if (STORES.some((re) => re.test(url))) return RESTRICTED_MESSAGES.store;
  try {
    if (/\.pdf$/i.test(new URL(url).pathname)) return RESTRICTED_MESSAGES.pdf;
  } catch {
    return RESTRICTED_MESSAGES.unknown;
  }
  return null;
}
