// A site's host as readers name it: the address's host name without "www.", so
// www.themoscowtimes.com and themoscowtimes.com are one outlet. Used wherever a site is named by its
// address (citations, the library's outlets, linking) or two addresses are compared.

export const siteHostOf = (u: URL): string => u.hostname.replace(/^www\./, '');

/** The site host of `url` (resolved against `base`), or null when it is not an address. */
export function siteHost(url: string, base?: string): string | null {
  try {
    return siteHostOf(new URL(url, base));
  } catch {
    return null;
  }
}
