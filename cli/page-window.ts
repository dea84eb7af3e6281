import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';
import { pageUrl, withStyleFallbacks } from './load-page';

// The batch workers' stand-in for the browser: one jsdom window for all the pages a worker
// analyses, each page parsed by that window's DOMParser into a document of its own. Measured on
// the 181 Scrapinghub pages, a window per page (`parseHtml`) spent over half of the CLI's time in
// building the window and, mostly, in turning every <style> block into a CSS object model, which
// jsdom does only for a document with a window and which the analysis never reads: it takes
// element text and attributes, and Readability its inline styles, which are parsed as before.
// The document has the page's address and no window, as a browser's DOMParser gives it.
//
// jsdom 29 keeps every document parsed in a window alive for as long as the window (memory grew
// by about 6 MB a page), in two places:
// - the window's named properties (window.foo for an element with id="foo") track elements of
//   every document made in the window, where they belong to the window's own document only;
// - each document's selector engine (dom-selector's Finder) registers ten listeners on the window
//   for focus and hover, never removed, and each listener holds the document.
// So the tracker is limited to documents with a window (module-wide, the windowless pages no
// longer enter it), and the listeners a page adds are removed once it is done.

export interface PageWindow {
  /** The page as a document at `url` (the page's own canonical address, when it names one). */
  parse(html: string, url: string): Document;
  /** Lets go of what the last page left in the window; its document must not be used after. */
  release(): void;
}

type Listener = Parameters<Window['addEventListener']>;

export function createPageWindow(): PageWindow {
  keepNamedPropertiesToWindowDocuments();
  const dom = new JSDOM('', { virtualConsole: new VirtualConsole() }); // page errors are the page's business
  const window = dom.window;
  const added: Listener[] = [];
  const addEventListener = window.addEventListener.bind(window);
  window.addEventListener = (...args: Listener) => {
    added.push(args);
    addEventListener(...args);
  };
  return {
    parse(html, url) {
      dom.reconfigure({ url: pageUrl(html) ?? url });
      const parser = new window.DOMParser();
      return withStyleFallbacks(html, (h) => parser.parseFromString(h, 'text/html'));
    },
    release() {
      for (const args of added.splice(0)) window.removeEventListener(...args);
    },
  };
}

interface TrackedElement {
  _ownerDocument: { _defaultView: unknown };
}
type Tracker = (element: TrackedElement, ...rest: unknown[]) => void;

let trackerLimited = false;

function keepNamedPropertiesToWindowDocuments(): void {
  if (trackerLimited) return;
  trackerLimited = true;
  const require = createRequire(import.meta.url);
  const tracker = require('jsdom/lib/jsdom/living/window-properties.js') as Record<string, Tracker>;
  for (const name of ['elementAttached', 'elementAttributeModified']) {
    const track = tracker[name];
    if (typeof track !== 'function') continue; // another jsdom: the memory test will say so
    tracker[name] = (element, ...rest) => {
      if (element._ownerDocument._defaultView) track(element, ...rest);
    };
  }
}
