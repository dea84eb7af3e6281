import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { directiveFromAnchor } from '../../utils/cite/fragment';
import { RECORD_SCHEMA, RECORD_UPGRADES, upgradeRecord } from '../../utils/library/migrations';
import { SCHEMA_VERSION } from '../../utils/library/schema';
import type { RememberedQuote } from '../../utils/library/types';
import { freshLibrary, NOW } from './helpers';

// A library written by the first release, opened by this one. The v1 database is made here the way
// v1 made it (layout and records as they were then, from tests/fixtures/library/library-v1.json),
// not by today's code, so a change to how v1 is described cannot hide a broken upgrade.

const fixture = JSON.parse(
  fs.readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'library', 'library-v1.json'),
    'utf8',
  ),
) as { records: Record<string, unknown>[] };

function writeV1(factory: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open('verbatim-library', 1);
    open.onupgradeneeded = () => {
      const quotes = open.result.createObjectStore('quotes', { keyPath: 'id' });
      quotes.createIndex('articleKey', 'articleKey');
      quotes.createIndex('savedAt', 'savedAt');
      for (const r of fixture.records) quotes.put(r);
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

function dbVersion(factory: IDBFactory): Promise<number> {
  return new Promise((resolve) => {
    const open = factory.open('verbatim-library');
    open.onsuccess = () => {
      const v = open.result.version;
      open.result.close();
      resolve(v);
    };
  });
}

describe('upgrading a library written by schema v1', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps every record and every field the reader had, and adds the link to the words', async () => {
    const factory = new IDBFactory();
    await writeV1(factory);
    const { library } = freshLibrary({ factory });
    const upgraded = await library.all();
    expect(await dbVersion(factory)).toBe(SCHEMA_VERSION);
    expect(upgraded).toHaveLength(fixture.records.length);
    const byId = new Map(upgraded.map((r) => [r.id, r]));
    for (const old of fixture.records) {
      const now = byId.get(old.id as string)!;
      // nothing of v1 changed
      expect(now).toMatchObject(old);
      expect(now.fragment).toBe(directiveFromAnchor(old.anchor as never));
      expect(now.fragment).toMatch(/^text=/);
    }
    // the reader's note survived, and the indexes still answer
    expect(upgraded.some((r) => r.note === 'Checked against the ministry transcript.')).toBe(true);
    const recent = await library.recent(3);
    expect(recent.map((r) => r.savedAt)).toEqual(
      fixture.records
        .map((r) => r.savedAt as string)
        .sort()
        .reverse()
        .slice(0, 3),
    );
  });

  it('an upgrade that fails leaves the v1 library as it was, and the next opening upgrades it', async () => {
    const factory = new IDBFactory();
    await writeV1(factory);
    const step = RECORD_UPGRADES[2];
    vi.spyOn(RECORD_UPGRADES, 2).mockImplementation(() => {
      throw new Error('disk went away');
    });
    await expect(freshLibrary({ factory }).library.all()).rejects.toThrow(/disk went away/);
    expect(await dbVersion(factory)).toBe(1);
    vi.restoreAllMocks();
    expect(RECORD_UPGRADES[2]).toBe(step);
    const { library } = freshLibrary({ factory });
    expect(await library.count()).toBe(fixture.records.length);
    expect(await dbVersion(factory)).toBe(SCHEMA_VERSION);
  });

  it('an exported v1 record is brought to the current shape the same way', () => {
    const old = fixture.records[0];
    const now = upgradeRecord(old, 1, RECORD_SCHEMA);
    expect(now).toEqual({ ...old, fragment: directiveFromAnchor(old.anchor as never) });
    expect(upgradeRecord(now, RECORD_SCHEMA, RECORD_SCHEMA)).toBe(now);
  });
});

// A library written by schema v2 (v1's layout, every record with its link to the words), opened by
// this one: v3 adds the store of remembered articles and touches nothing the reader saved.
function writeV2(factory: IDBFactory): Promise<Record<string, unknown>[]> {
  const records = fixture.records.map((r) => upgradeRecord(r, 1, 2));
  return new Promise((resolve, reject) => {
    const open = factory.open('verbatim-library', 2);
    open.onupgradeneeded = () => {
      const quotes = open.result.createObjectStore('quotes', { keyPath: 'id' });
      quotes.createIndex('articleKey', 'articleKey');
      quotes.createIndex('savedAt', 'savedAt');
      for (const r of records) quotes.put(r);
    };
    open.onsuccess = () => {
      open.result.close();
      resolve(records);
    };
    open.onerror = () => reject(open.error);
  });
}

describe('upgrading a library written by schema v2', () => {
  const remembered = (article: string, id: string): RememberedQuote => ({
    key: `${article}#${id}`,
    article,
    url: article,
    title: 'A story',
    description: null,
    site: 'An Outlet',
    published: '2022-12-18',
    quote: {
      id,
      text: 'we will not ask',
      kind: 'direct',
      clause: null,
      speaker: { name: 'A B', role: null },
      date: null,
    },
    rememberedAt: NOW.toISOString(),
  });

  it('keeps every saved quote as it was, and starts with no remembered article', async () => {
    const factory = new IDBFactory();
    const v2 = await writeV2(factory);
    const { library } = freshLibrary({ factory });
    const now = await library.all();
    expect(await dbVersion(factory)).toBe(SCHEMA_VERSION);
    expect(now.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...v2].sort((a, b) => (a.id as string).localeCompare(b.id as string)),
    );
    expect(await library.rememberedArticles()).toBe(0);
  });

  it('remembers articles in the new store: analysed again replaces, cleared forgets, saved quotes stay', async () => {
    const factory = new IDBFactory();
    await writeV2(factory);
    const { library } = freshLibrary({ factory });
    await library.remember('https://a.example/1', [
      remembered('https://a.example/1', 'q1'),
      remembered('https://a.example/1', 'q2'),
    ]);
    await library.remember('https://b.example/2', [remembered('https://b.example/2', 'q1')]);
    await library.remember('https://a.example/1', [remembered('https://a.example/1', 'q3')]);
    expect(await library.rememberedArticles()).toBe(2);
    expect((await library.remembered()).map((r) => r.key).sort()).toEqual([
      'https://a.example/1#q3',
      'https://b.example/2#q1',
    ]);
    await library.forgetRemembered();
    expect(await library.rememberedArticles()).toBe(0);
    expect(await library.count()).toBe(fixture.records.length);
  });
});
