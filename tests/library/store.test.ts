import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleKey, quoteId } from '../../utils/library/key';
import { clock, freshLibrary, NOW, seedRequests } from './helpers';

describe('saving quotes', () => {
  it('keeps the quote, its speaker and date, the anchor, the page and when it was saved', async () => {
    const { library } = freshLibrary();
    const [req] = seedRequests('moscowtimes-iran-permission').filter((r) => r.quote.speaker.name === 'Nasser Kanani');
    const res = await library.save(req);
    expect(res.status).toBe('saved');
    const [stored] = await library.all();
    expect(stored).toMatchObject({
      text: req.quote.text,
      kind: req.quote.kind,
      speaker: { name: 'Nasser Kanani', role: req.quote.speaker.role },
      date: req.quote.date,
      dateSource: req.quote.dateSource,
      anchor: { exact: req.quote.anchor.exact, prefix: req.quote.anchor.prefix, suffix: req.quote.anchor.suffix },
      page: { title: "Iran Says Doesn't Need 'Permission' to Expand Russia Ties", site: 'The Moscow Times' },
      note: '',
      tags: [],
      savedAt: NOW.toISOString(),
    });
    expect(stored.id).toBe(res.status === 'saved' ? res.id : '');
  });

  it('saving the same words from the same article again adds nothing', async () => {
    const { library } = freshLibrary();
    const [req] = seedRequests('ifp-kanaani-cia');
    expect((await library.save(req)).status).toBe('saved');
    expect((await library.save(req)).status).toBe('exists');
    // the same story reached through a tracking link, the words with other spacing and quote marks
    const again = structuredClone(req);
    again.page.url = `${req.page.url}?utm_source=newsletter#comments`;
    again.page.canonical = null;
    again.quote.text = `  ${req.quote.text.replace(/'/g, '’').replace(/ /g, '  ')} `;
    expect((await library.save(again)).status).toBe('exists');
    expect(await library.count()).toBe(1);
  });

  it('the same words in another article are another quote', async () => {
    const { library } = freshLibrary();
    const [req] = seedRequests('ifp-kanaani-cia');
    const other = structuredClone(req);
    other.page.url = other.page.canonical = 'https://example.org/another-story';
    await library.save(req);
    expect((await library.save(other)).status).toBe('saved');
    expect(await library.count()).toBe(2);
  });

  it('every quote of both seed pages can be saved, and each is kept once', async () => {
    const { library } = freshLibrary();
    const reqs = [...seedRequests('moscowtimes-iran-permission'), ...seedRequests('ifp-kanaani-cia')];
    const ids = new Set(reqs.map((r) => quoteId(articleKey(r.page), r.quote.text)));
    for (const r of reqs) await library.save(r);
    for (const r of reqs) await library.save(r);
    expect(await library.count()).toBe(ids.size);
  });

  it('keeps a 10,000-character quote whole', async () => {
    const { library } = freshLibrary();
    const req = seedRequests('ifp-kanaani-cia')[0];
    const words = 'The ministry said it would respond to every question in due course and in full. ';
    req.quote.text = words.repeat(Math.ceil(10_000 / words.length)).slice(0, 10_000);
    req.quote.anchor.exact = req.quote.text;
    await library.save(req);
    const [stored] = await library.all();
    expect(stored.text).toHaveLength(10_000);
    expect(stored.text).toBe(req.quote.text);
  });

  it('keeps HTML in a title as the text it is', async () => {
    const { library } = freshLibrary();
    const req = seedRequests('ifp-kanaani-cia')[0];
    req.page.title = '<img src=x onerror="alert(1)"><script>alert(2)</script> Title';
    await library.save(req);
    expect((await library.all())[0].page.title).toBe(req.page.title);
  });

  it('refuses a malformed save with a reason and stores nothing', async () => {
    const { library } = freshLibrary();
    const req = seedRequests('ifp-kanaani-cia')[0] as unknown as { quote: { kind: string } };
    req.quote.kind = 'rumour';
    const res = await library.save(req);
    expect(res).toEqual({
      status: 'error',
      message: expect.stringContaining('"kind" is not one of direct, indirect, mixed'),
    });
    expect(await library.save({ page: {} })).toMatchObject({ status: 'error' });
    expect(await library.count()).toBe(0);
  });

  it('tells every change, with the ids it touched', async () => {
    const changes: string[][] = [];
    const { library } = freshLibrary({ onChange: (ids) => changes.push(ids) });
    const [a, b] = seedRequests('moscowtimes-iran-permission');
    const ra = await library.save(a);
    await library.save(a);
    const rb = await library.save(b);
    const idA = ra.status === 'saved' ? ra.id : '';
    const idB = rb.status === 'saved' ? rb.id : '';
    await library.annotate(idA, { note: 'for the essay' });
    await library.remove([idA, idB]);
    expect(changes).toEqual([[idA], [idB], [idA], [idA, idB]]);
  });
});

describe('editing and deleting', () => {
  it('a note is saved with the time it changed', async () => {
    const c = clock();
    const { library } = freshLibrary({ now: c.now });
    const res = await library.save(seedRequests('ifp-kanaani-cia')[0]);
    const id = res.status === 'saved' ? res.id : '';
    c.tick(60_000);
    const r = await library.annotate(id, {
      note: 'Check against the CIA transcript',
      tags: [' #essay', 'Iran', 'essay', ''],
    });
    expect(r.tags).toEqual(['essay', 'Iran']);
    expect(r.note).toBe('Check against the CIA transcript');
    expect(r.updatedAt).toBe(new Date(NOW.getTime() + 60_000).toISOString());
    expect(r.savedAt).toBe(NOW.toISOString());
    expect((await library.get(id))?.note).toBe('Check against the CIA transcript');
  });

  it('delete returns what it deleted, and restoring it gives the library back exactly', async () => {
    const { library } = freshLibrary();
    for (const r of seedRequests('moscowtimes-iran-permission')) await library.save(r);
    const before = await library.all();
    const removed = await library.remove([before[0].id, before[2].id]);
    expect(removed.map((r) => r.id)).toEqual([before[0].id, before[2].id]);
    expect(await library.count()).toBe(before.length - 2);
    await library.restore(removed);
    expect(await library.all()).toEqual(before);
  });

  it('lists the most recently saved first', async () => {
    const c = clock();
    const { library } = freshLibrary({ now: c.now });
    const reqs = seedRequests('moscowtimes-iran-permission').slice(0, 4);
    for (const r of reqs) {
      await library.save(r);
      c.tick();
    }
    const recent = await library.recent(3);
    expect(recent.map((r) => r.text)).toEqual(
      reqs
        .slice(1)
        .reverse()
        .map((r) => r.quote.text),
    );
  });

  it('a library survives being opened again, as after a browser restart', async () => {
    const factory = new IDBFactory();
    const first = freshLibrary({ factory }).library;
    for (const r of seedRequests('ifp-kanaani-cia')) await first.save(r);
    const before = await first.all();
    first.close();
    expect(await freshLibrary({ factory }).library.all()).toEqual(before);
  });
});

describe('storage failures reach the reader', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a full disk or used-up quota is reported in words, and nothing is stored', async () => {
    const { library } = freshLibrary();
    await library.save(seedRequests('ifp-kanaani-cia')[0]);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const res = await library.save(seedRequests('ifp-kanaani-cia')[1]);
    expect(res.status).toBe('error');
    expect(res.status === 'error' && res.message).toMatch(/no room left.*Nothing was changed/);
    expect(await library.count()).toBe(1);
  });

  it('a library written by a newer Verbatim is left untouched, with a message saying so', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const r = factory.open('verbatim-library', 99);
      r.onupgradeneeded = () => r.result.createObjectStore('quotes', { keyPath: 'id' });
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
    });
    const { library } = freshLibrary({ factory });
    await expect(library.all()).rejects.toThrow(/written by a newer version of Verbatim/);
  });
});
