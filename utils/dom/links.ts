import { siteHostOf } from '../site-host';

// Where a link points, relative to the page it is on.

/** `href` points into the site of `page` (relative links do); `samePage` asks for the page itself. */
export function sameHost(href: string, page: string, samePage = false): boolean {
  try {
    const u = new URL(href, page),
      p = new URL(page);
    if (siteHostOf(u) !== siteHostOf(p)) return false;
    return !samePage || u.pathname.replace(/\/$/, '') === p.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}
