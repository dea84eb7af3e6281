import { expect } from 'vitest';
import { formatAp, parseDate } from '../../utils/cite/shared';
import { bestMatch, LABELS, type Gold } from './gold';

// What the end-to-end runs read from the marked page and the popup, and how they hold it against
// the seeds' gold: the same in Chromium and in Firefox. The readers run inside the page, so each is
// self-contained (no imports, no outer names): Playwright sends them as their source, and so does
// the Firefox harness.

export interface MarkBox {
  category: string;
  label: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** In the page: how the overlay, its article box and that box's tab are styled. */
export function overlayStyleInPage() {
  const host = document.querySelector('verbatim-overlay') as HTMLElement;
  const main = host.shadowRoot!.querySelector<HTMLElement>('.box--main');
  const tab = main?.querySelector<HTMLElement>('.tab');
  return {
    hostPosition: getComputedStyle(host).position,
    hostZ: getComputedStyle(host).zIndex,
    boxPosition: main ? getComputedStyle(main).position : null,
    boxOutline: main ? getComputedStyle(main).outlineStyle : null,
    tabColor: tab ? getComputedStyle(tab).color : null,
  };
}

/** What overlayStyleInPage reads when the marks' own stylesheet applies (a page's CSP must not stop it). */
export const OVERLAY_STYLED: ReturnType<typeof overlayStyleInPage> = {
  hostPosition: 'absolute',
  hostZ: '2147483647',
  boxPosition: 'absolute',
  boxOutline: 'solid',
  tabColor: 'rgb(255, 255, 255)',
};

/** In the page: every mark's box and label, from the overlay's shadow root. */
export function overlayBoxesInPage(): MarkBox[] {
  const host = document.querySelector('verbatim-overlay');
  return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.box') ?? [])].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      category: el.dataset.category!,
      label: el.dataset.label!,
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
    };
  });
}

/** In the page: the text of every quote highlight. */
export function highlightsInPage(): string[] {
  const out: string[] = [];
  for (const name of ['verbatim-quote', 'verbatim-reported']) {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
    for (const r of h ?? []) out.push(r.toString());
  }
  return out;
}

export interface BlockCentre {
  category: string;
  contains: string;
  x: number;
  y: number;
}

/** In the page: the centre of the smallest element holding each gold block's text. */
export function goldBlockCentresInPage(blocks: Gold['blocks']): BlockCentre[] {
  const smallest = (root: Element, text: string): Element | null => {
    if (!(root.textContent ?? '').replace(/\s+/g, ' ').includes(text)) return null;
    for (const c of Array.from(root.children)) {
      const hit = smallest(c, text);
      if (hit) return hit;
    }
    return root;
  };
  return blocks.map((g) => {
    const r = smallest(document.body, g.contains)!.getBoundingClientRect();
    return { ...g, x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

export interface ListedQuote {
  text: string;
  name: string;
  date: string | null;
}

/** In the popup: the quotes as listed, with speaker and date. */
export function listedQuotesInPopup(): ListedQuote[] {
  return [...document.querySelectorAll('.quote')].map((li) => ({
    text: li.querySelector('.quote__text')!.textContent!,
    name: li.querySelector('.quote__name')!.textContent!,
    date: li.querySelector('time')?.textContent ?? null,
  }));
}

/** One mark is the article, and every gold block lies inside a mark of its kind with its label. */
export function expectGoldBlocksMarked(boxes: MarkBox[], centres: BlockCentre[]): void {
  expect(boxes.filter((x) => x.category === 'main').map((x) => x.label)).toEqual(['Article']);
  for (const c of centres) {
    const around = boxes.filter((x) => c.x >= x.left && c.x <= x.right && c.y >= x.top && c.y <= x.bottom);
    expect(
      around.map((x) => `${x.category}:${x.label}`),
      c.contains,
    ).toContain(`${c.category}:${LABELS[c.category]}`);
  }
}

export function expectGoldQuotesHighlighted(ranges: string[], gold: Gold): void {
  for (const q of gold.quotes.filter((x) => x.required))
    expect(
      bestMatch(ranges, (r) => r, q.text),
      q.text,
    ).toBeTruthy();
}

/** Every required gold quote is listed, with one of its speaker's names and its date. */
export function expectGoldQuotesListed(items: ListedQuote[], gold: Gold): void {
  for (const q of gold.quotes.filter((x) => x.required)) {
    const hit = bestMatch(items, (i) => i.text.replace(/^“|”$/g, ''), q.text);
    expect(hit, q.text).toBeTruthy();
    expect([q.speaker, ...q.aliases], q.text).toContain(hit!.name);
    expect(hit!.date, q.text).toBe(q.date ? formatAp(parseDate(q.date)!) : null);
  }
}

/** The page's HTML after the marks came and went is the HTML before; a failure shows where they part. */
export function expectSameHtml(after: string, before: string): void {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  expect(after.slice(Math.max(0, i - 80), i + 120), 'first difference').toBe(
    before.slice(Math.max(0, i - 80), i + 120),
  );
  expect(after).toBe(before);
}
