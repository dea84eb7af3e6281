import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { FIRST_PAGE, NEXT_PAGE } from '../../components/library/LibraryList';
import { cite } from '../../utils/cite';
import { parseJsonl, toJsonl } from '../../utils/library/export/jsonl';
import { fromFlatDate } from '../../utils/quote-date';
import type { SaveRequest } from '../../utils/library/types';
import { allSeedRequests, clock, freshLibrary, seedRequests } from './helpers';
import { renderRoot, settle } from '../helpers/render-root';
import { panelApi } from './panel-helpers';

// The side panel in jsdom over a real library (fake-indexeddb): what a reader sees and does.

const root = renderRoot();

const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector(sel) as T;
const $$ = (sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));
const type = async (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const button = (name: string | RegExp, within: ParentNode = root) =>
  Array.from(within.querySelectorAll<HTMLElement>('button, a')).find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  )!;

async function mountWith(requests: SaveRequest[]) {
  const c = clock();
  const listeners = { notify: (_ids: string[]) => {} };
  const { library } = freshLibrary({ now: c.now, onChange: (ids) => listeners.notify(ids) });
  for (const r of requests) {
    await library.save(r);
    c.tick();
  }
  const { api } = panelApi({ library });
  listeners.notify = api.announce;
  await act(() => render(<LibraryApp api={api} />, root));
  await settle(() => expect($('.library')?.dataset.status).toBe('ready'));
  return { api, library, clock: c };
}

describe('the library side panel', () => {
  it('an empty library says how to fill it', async () => {
    await mountWith([]);
    expect($('.panel-state__title').textContent).toBe('Your library is empty');
    expect(root.textContent).toContain('Save to library');
    expect(root.textContent).toContain('Alt+Shift+L');
    expect($('input[type=search]')).toBeNull();
  });

  it('groups by article by default, the article saved into last first, quotes in article order', async () => {
    await mountWith(allSeedRequests());
    const titles = $$('.group__title').map((e) => e.textContent);
    expect(titles).toHaveLength(2);
    expect(titles[0]).toMatch(/CIA|Kanaani/i);
    expect(titles[1]).toBe("Iran Says Doesn't Need 'Permission' to Expand Russia Ties");
    expect($('.library__count').textContent).toMatch(/^\d+ quotes from 2 articles$/);
    const mt = seedRequests('moscowtimes-iran-permission')
      .map((r) => r.quote)
      .sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start);
    const shown = $$('.group')[1].querySelectorAll('.card__quote');
    expect(shown[0].textContent).toContain(mt[0].text.slice(0, 30));
  });

  it('groups by speaker on request', async () => {
    await mountWith(allSeedRequests());
    const bySpeaker = $$('.segmented input')[1] as HTMLInputElement;
    await act(() => bySpeaker.click());
    const titles = $$('.group__title').map((e) => e.textContent!);
    expect(titles).toContain('John Kirby');
    const kirby = $$('.group').find((g) => g.querySelector('.group__title')!.textContent === 'John Kirby')!;
    expect(kirby.querySelector('.group__meta')!.textContent).toMatch(
      /White House national security spokesperson · 1 quote/,
    );
    // each card now names its article
    expect(kirby.querySelector('.card__source')!.textContent).toContain('The Moscow Times');
  });

  it('searches as the reader types, says how many match, and offers to clear when nothing does', async () => {
    await mountWith(allSeedRequests());
    const search = $<HTMLInputElement>('input[type=search]');
    await type(search, 'kirby');
    expect($$('.card')).toHaveLength(1);
    expect($('.card__name').textContent).toBe('John Kirby');
    expect($('.library__count').textContent).toMatch(/^1 quote of \d+ match, from 1 article$/);
    await type(search, 'no such words anywhere');
    expect($('.panel-state__title').textContent).toBe('No saved quote matches');
    await act(() => button('Clear the search and filters').click());
    expect(search.value).toBe('');
    expect($$('.card').length).toBeGreaterThan(5);
  });

  it('filters by speaker and outlet', async () => {
    await mountWith(allSeedRequests());
    const [speaker, outlet] = $$('.filters select') as HTMLSelectElement[];
    await act(() => {
      outlet.value = 'The Moscow Times';
      outlet.dispatchEvent(new Event('change'));
    });
    expect($$('.group')).toHaveLength(1);
    await act(() => {
      speaker.value = 'John Kirby';
      speaker.dispatchEvent(new Event('change'));
    });
    expect($$('.card__name').map((e) => e.textContent)).toEqual(['John Kirby']);
    expect($('.filters__summary').textContent).toBe('Filters (2)');
  });

  it('a note is added, saved and shown; Escape cancels an edit', async () => {
    const { library } = await mountWith(seedRequests('ifp-kanaani-cia'));
    const card = $$('.card')[0];
    await act(() => button('Add note', card).click());
    const area = card.querySelector('textarea')!;
    expect(document.activeElement).toBe(area);
    await type(area, 'Compare with the CIA transcript');
    await act(() => button('Save note', card).click());
    await settle(() =>
      expect(card.querySelector('.card__note')?.textContent).toContain('Compare with the CIA transcript'),
    );
    expect((await library.get(card.dataset.id!))!.note).toBe('Compare with the CIA transcript');
    await act(() => button('Edit note', card).click());
    await type(card.querySelector('textarea')!, 'changed my mind');
    await act(() => {
      card.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect(card.querySelector('textarea')).toBeNull();
    expect(card.querySelector('.card__note')!.textContent).toContain('Compare with the CIA transcript');
  });

  it('tags are kept with the note, shown on the card, and found by search', async () => {
    const { library } = await mountWith(seedRequests('ifp-kanaani-cia'));
    const card = $$('.card')[0];
    await act(() => button('Add note', card).click());
    await type(card.querySelector<HTMLInputElement>('.note-editor__tags')!, 'essay, #Iran ,, essay');
    await act(() => button('Save note', card).click());
    await settle(() =>
      expect([...card.querySelectorAll('.card__tags li')].map((l) => l.textContent)).toEqual(['essay', 'Iran']),
    );
    expect((await library.get(card.dataset.id!))!.tags).toEqual(['essay', 'Iran']);
    await type($<HTMLInputElement>('input[type=search]'), 'essay');
    expect($$('.card').map((c) => c.dataset.id)).toEqual([card.dataset.id]);
  });

  it('delete takes the quote away at once, and Undo brings it back exactly', async () => {
    const { library } = await mountWith(seedRequests('moscowtimes-iran-permission'));
    const before = await library.all();
    const card = $$('.card')[1];
    const id = card.dataset.id!;
    await act(() => button('Delete', card).click());
    await settle(() => expect(root.querySelector(`.card[data-id="${id}"]`)).toBeNull());
    expect(await library.count()).toBe(before.length - 1);
    // the focus moves to the quote that took its place, not to nowhere
    expect((document.activeElement as HTMLElement).classList.contains('card')).toBe(true);
    expect($('.toast').textContent).toContain('Quote deleted.');
    await act(() => button('Undo', $('.toast')).click());
    await settle(() => expect(root.querySelector(`.card[data-id="${id}"]`)).not.toBeNull());
    expect(await library.all()).toEqual(before);
    expect($('.toast')).toBeNull();
  });

  it('a quote saved elsewhere (a page, another window) appears without reopening', async () => {
    const reqs = seedRequests('ifp-kanaani-cia');
    const { library } = await mountWith(reqs.slice(0, 2));
    expect($$('.card')).toHaveLength(2);
    await library.save(reqs[2]);
    await settle(() => expect($$('.card')).toHaveLength(3));
  });

  it('copies a citation of a saved quote, dated as accessed when it was saved', async () => {
    const { api, library } = await mountWith(seedRequests('moscowtimes-iran-permission'));
    const card = $$('.card')[0];
    await act(() => button('Copy', card).click());
    await settle(() => expect(button('Copied', card)).toBeTruthy());
    const r = (await library.get(card.dataset.id!))!;
    const want = cite('plain', {
      quote: { ...r, date: fromFlatDate(r) },
      metadata: { ...r.page, modified: null, description: null },
      accessed: new Date(r.savedAt),
      fragment: r.fragment,
    });
    expect((api as unknown as { copied: unknown[] }).copied[0]).toEqual(want);
    expect(want.text).toContain(`#:~:${r.fragment}`);
  });

  it('Open goes to the page the quote was saved from, at the words; without a link to the words, to the page', async () => {
    const [a, b] = seedRequests('ifp-kanaani-cia');
    const { library } = await mountWith([a, b]);
    const [ra, rb] = await library.getMany(
      $$('.card')
        .slice(0, 2)
        .map((c) => c.dataset.id!),
    );
    const open = (id: string) => root.querySelector<HTMLAnchorElement>(`.card[data-id="${id}"] a`)!;
    expect(open(ra!.id).href).toBe(`${ra!.page.url}#:~:${ra!.fragment}`);
    expect(open(ra!.id).target).toBe('_blank');
    // a record that has no link to the words (none could be made)
    await library.restore([{ ...rb!, fragment: null }]);
    await settle(() => expect(open(rb!.id).href).toBe(rb!.page.url));
  });

  it('HTML and script in a title, a quote and a note are shown as text', async () => {
    const [req] = seedRequests('ifp-kanaani-cia');
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    req.page.title = `Title ${evil}`;
    req.quote.text = `Quote ${evil}`;
    req.note = `Note ${evil}`;
    await mountWith([req]);
    expect($('.group__title').textContent).toContain('<img src=x');
    expect($('.card__quote').textContent).toContain('<script>');
    expect($('.card__note').textContent).toContain('<img src=x');
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('a 10,000-character quote is shown cut, and whole on request', async () => {
    const [req] = seedRequests('ifp-kanaani-cia');
    req.quote.text = 'All of this is part of the statement. '.repeat(300).slice(0, 10_000);
    await mountWith([req]);
    expect($('.card__quote').textContent!.length).toBeLessThan(600);
    await act(() => button(/Show all 10,000 characters/).click());
    expect($('.card__quote').textContent!.length).toBeGreaterThanOrEqual(10_000);
  });

  it('a large library opens with its first page of quotes and adds more on request', async () => {
    const base = seedRequests('moscowtimes-iran-permission')[0];
    const many = Array.from({ length: 300 }, (_, i) => {
      const r = structuredClone(base);
      r.quote.text = `Statement number ${i} about the partnership`;
      return r;
    });
    await mountWith(many);
    expect($$('.card')).toHaveLength(FIRST_PAGE);
    expect(button(/Show more/).textContent).toBe(`Show more (${300 - FIRST_PAGE} left)`);
    await act(() => button(/Show more/).click());
    expect($$('.card')).toHaveLength(FIRST_PAGE + NEXT_PAGE);
  });

  it('every control has an accessible name', async () => {
    await mountWith(allSeedRequests());
    await act(() => button('Add note', $$('.card')[0]).click());
    for (const el of $$('button, select, input, textarea, a')) {
      const name =
        el.getAttribute('aria-label') ||
        el.textContent?.trim() ||
        el.closest('label')?.textContent?.trim() ||
        (el.id && root.querySelector(`label[for="${el.id}"]`)?.textContent?.trim());
      expect(name, el.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });
});

describe('export and import in the side panel', () => {
  const downloads = (api: unknown) => (api as { downloads: { name: string; data: string | Uint8Array }[] }).downloads;
  const chooseFile = async (text: string, name = 'library.jsonl') => {
    const input = $<HTMLInputElement>('#import-file');
    const file = new File([text], name, { type: 'application/jsonl' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };

  it('exports the whole library, the current search, or one article', async () => {
    const { api, library } = await mountWith(allSeedRequests());
    await act(() => button('Export / Import').click());
    await act(() => button('JSON Lines').click());
    await settle(() => expect(downloads(api)).toHaveLength(1));
    expect(downloads(api)[0].name).toBe('verbatim-library-2026-11-22.jsonl');
    expect(parseJsonl(downloads(api)[0].data as string)).toHaveLength(await library.count());

    // the search's quotes
    await type($<HTMLInputElement>('input[type=search]'), 'kirby');
    await act(() => button('Export / Import').click());
    await act(() => button('Export / Import').click());
    expect(($$('.scope input')[1] as HTMLInputElement).checked).toBe(true);
    await act(() => button('CSV').click());
    await settle(() => expect(downloads(api)).toHaveLength(2));
    expect((downloads(api)[1].data as string).trimEnd().split('\r\n')).toHaveLength(2);

    // one article, from its heading
    await type($<HTMLInputElement>('input[type=search]'), '');
    const mt = $$('.group').find((g) => g.textContent!.includes('The Moscow Times'))!;
    await act(() => button('Export', mt).click());
    const n = mt.querySelectorAll('.card').length;
    expect(root.textContent).toContain(
      `This article (${n} quotes): Iran Says Doesn't Need 'Permission' to Expand Russia Ties`,
    );
    await act(() => button('Markdown').click());
    await settle(() => expect(downloads(api)).toHaveLength(3));
    expect(downloads(api)[2].name).toBe("Iran Says Doesn't Need 'Permission' to Expand Russia Ties.md");
  });

  it('an empty library imports a JSON Lines export and shows it', async () => {
    const source = freshLibrary().library;
    for (const r of seedRequests('ifp-kanaani-cia')) await source.save(r);
    const file = toJsonl(await source.all());
    const { library } = await mountWith([]);
    await act(() => button('Import a JSON Lines export').click());
    await chooseFile(file);
    await settle(() => expect($$('.card')).toHaveLength(seedRequests('ifp-kanaani-cia').length));
    expect(await library.all()).toEqual(await source.all());
    expect($('[role=status]').textContent).toMatch(
      /^Imported library\.jsonl: \d+ new quotes, 0 updated, 0 already in the library\.$/,
    );
  });

  it('a file that is not ours: the reason is shown and nothing changes', async () => {
    const { library } = await mountWith(seedRequests('ifp-kanaani-cia'));
    const before = await library.all();
    await act(() => button('Export / Import').click());
    await chooseFile('title,url\nfoo,https://example.org\n', 'bookmarks.csv');
    await settle(() => expect($('[role=alert]')?.textContent).toMatch(/not a Verbatim library export/));
    expect(await library.all()).toEqual(before);
  });
});
