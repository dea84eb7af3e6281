import { describe, expect, it } from 'vitest';
import { buildSearchIndex, outletOf, queryTerms, searchLibrary } from '../../utils/library/search';
import type { SavedQuote } from '../../utils/library/types';
import { facet, groupQuotes, narrowGroups } from '../../utils/library/view';
import { speakerLabel } from '../../utils/quote-labels';
import { allSeedRequests, clock, freshLibrary } from './helpers';

async function seedLibrary(): Promise<SavedQuote[]> {
  const c = clock();
  const { library } = freshLibrary({ now: c.now });
  for (const r of allSeedRequests()) {
    await library.save(r);
    c.tick();
  }
  return library.all();
}

describe('search', () => {
  it('finds words anywhere in the quote, speaker, title, outlet and note; every word must match', async () => {
    const records = await seedLibrary();
    const index = buildSearchIndex(records);
    const kirby = searchLibrary(index, 'kirby');
    expect(kirby.map((r) => r.id)).toEqual(
      expect.arrayContaining(records.filter((r) => r.speaker.name === 'John Kirby').map((r) => r.id)),
    );
    expect(kirby.every((r) => /kirby/i.test(`${r.speaker.name} ${r.text} ${r.clause}`))).toBe(true);
    // a word cut short, another case, and the outlet's name narrowing it
    expect(searchLibrary(index, 'PERMISS "moscow times"').every((r) => r.page.site === 'The Moscow Times')).toBe(true);
    expect(searchLibrary(index, 'PERMISS "moscow times"').length).toBeGreaterThan(0);
    expect(searchLibrary(index, 'kirby zzzz')).toEqual([]);
  });

  it('a "quoted phrase" matches only those words together, with any quotation-mark style', async () => {
    const records = await seedLibrary();
    const index = buildSearchIndex(records);
    const phrase = searchLibrary(index, '“seek permission from anyone”');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.every((r) => /seek permission from anyone/i.test(r.text))).toBe(true);
    expect(queryTerms('"from anyone" Iran')).toEqual(['from anyone', 'iran']);
  });

  it('folds accents: "tehran" finds "Tehrán"', async () => {
    const [r] = await seedLibrary();
    const accented = { ...r, id: 'qffffffffffffffff', text: 'Tehrán will respond' };
    expect(searchLibrary(buildSearchIndex([accented]), 'tehran')).toHaveLength(1);
  });

  it('filters by speaker, outlet and statement date (a month-only date counts for its whole month)', async () => {
    const records = await seedLibrary();
    const index = buildSearchIndex(records);
    const [speaker] = facet(records, (r) => speakerLabel(r.speaker))[0];
    expect(searchLibrary(index, '', { speaker }).every((r) => speakerLabel(r.speaker) === speaker)).toBe(true);
    const outlets = facet(records, outletOf).map(([o]) => o);
    expect(outlets).toEqual(expect.arrayContaining(['The Moscow Times']));
    const mt = searchLibrary(index, '', { outlet: 'The Moscow Times' });
    expect(mt.length).toBeGreaterThan(0);
    expect(mt.every((r) => r.page.site === 'The Moscow Times')).toBe(true);
    const dec9 = searchLibrary(index, '', { from: '2022-12-09', to: '2022-12-09' });
    expect(dec9.length).toBeGreaterThan(0);
    expect(dec9.every((r) => r.date === '2022-12-09')).toBe(true);
    const month = { ...records[0], id: 'qeeeeeeeeeeeeeeee', date: '2022-12' };
    expect(searchLibrary(buildSearchIndex([month]), '', { from: '2022-12-20' })).toHaveLength(1);
    expect(searchLibrary(buildSearchIndex([month]), '', { from: '2023-01-01' })).toHaveLength(0);
    const undated = { ...records[0], id: 'qdddddddddddddddd', date: null };
    expect(searchLibrary(buildSearchIndex([undated]), '', { to: '2030-01-01' })).toHaveLength(0);
  });
});

describe('grouping', () => {
  it('by article: the article saved into last comes first, its quotes in article order', async () => {
    const records = await seedLibrary();
    const groups = groupQuotes(records, 'article');
    expect(groups).toHaveLength(2);
    // the IFP page was saved after the Moscow Times one (allSeedRequests order)
    expect(groups[0].title).toMatch(/Kanaani|CIA/i);
    for (const g of groups) {
      const order = g.quotes.map((q) => q.anchor.paragraph * 1e6 + q.anchor.start);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('by speaker: A to Z with the unattributed last, newest statement first', async () => {
    const records = await seedLibrary();
    const groups = groupQuotes(records, 'speaker');
    const names = groups.map((g) => g.title);
    const named = names.filter((n) => n !== 'Unattributed');
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    if (names.includes('Unattributed')) expect(names.at(-1)).toBe('Unattributed');
    for (const g of groups) {
      const dates = g.quotes.map((q) => q.date ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });
});

describe('narrowing the groups to a search', () => {
  it('keeps the order of the whole library and drops the groups left empty', async () => {
    const records = await seedLibrary();
    const all = groupQuotes(records, 'article');
    const kept = searchLibrary(buildSearchIndex(records), 'kirby');
    const narrowed = narrowGroups(all, new Set(kept.map((r) => r.id)));
    expect(narrowed.map((g) => g.key)).toEqual(
      all.filter((g) => g.quotes.some((q) => kept.includes(q))).map((g) => g.key),
    );
    expect(narrowed.flatMap((g) => g.quotes)).toEqual(kept);
    expect(narrowGroups(all, new Set(records.map((r) => r.id)))).toEqual(all);
  });
});
