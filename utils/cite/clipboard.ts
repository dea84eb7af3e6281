import DOMPurify from 'dompurify';
import type { Citation } from './shared';

// Citation HTML is built from escaped text already; it is sanitised again before it leaves the
// extension (clipboard) or is rendered (the popup's preview), so one slip in a formatter cannot
// turn page text into live markup.
const ALLOWED = {
  ALLOWED_TAGS: ['p', 'i', 'em', 'b', 'strong', 'a', 'br'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^https?:/i,
};

export function sanitizeCitationHtml(html: string, win: Window = window): string {
  return DOMPurify(win as Window & typeof globalThis).sanitize(html, ALLOWED);
}

export interface ClipboardLike {
  write?(items: ClipboardItem[]): Promise<void>;
  writeText(text: string): Promise<void>;
}

/** Puts the citation on the clipboard as text and as HTML (publication italic, live link). */
export async function copyCitation(citation: Citation, clipboard: ClipboardLike, win: Window = window): Promise<void> {
  const html = sanitizeCitationHtml(citation.html, win);
  const Item = (win as Window & typeof globalThis).ClipboardItem;
  if (clipboard.write && typeof Item === 'function') {
    try {
      await clipboard.write([
        new Item({
          'text/plain': new Blob([citation.text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse rich items; the text alone is still a citation.
    }
  }
  await clipboard.writeText(citation.text);
}
