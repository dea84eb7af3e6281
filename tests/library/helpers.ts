import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createLibrary, type Library } from '../../utils/library/store';
import { saveRequest } from '../../utils/library/request';
import type { SaveRequest } from '../../utils/library/types';
import { analyzeArticle } from '../helpers/article';
import { SEEDS, seedDom, type SeedName } from '../helpers/seeds';

// Libraries on fake-indexeddb (a whole IndexedDB in memory, one new factory per test) and save
// requests made by the real analysis of the two seed pages, as the popup would send them.

export const NOW = new Date('2026-11-22T10:00:00Z');

export function clock(start = NOW) {
  let t = start.getTime();
  return { now: () => new Date(t), tick: (ms = 1000) => (t += ms) };
}

export function freshLibrary(
  opts: { factory?: IDBFactory; now?: () => Date; onChange?: (ids: string[]) => void } = {},
): {
  library: Library;
  factory: IDBFactory;
} {
  const factory = opts.factory ?? new IDBFactory();
  return {
    library: createLibrary({ indexedDB: factory, now: opts.now ?? (() => NOW), onChange: opts.onChange }),
    factory,
  };
}

const cache = new Map<SeedName, SaveRequest[]>();
export function seedRequests(seed: SeedName): SaveRequest[] {
  if (!cache.has(seed)) {
    const { dom, gold } = seedDom(seed);
    const a = analyzeArticle(dom.window.document, gold.url, { now: NOW });
    cache.set(
      seed,
      a.quotes.map((q) => saveRequest(q, a.metadata)),
    );
  }
  return structuredClone(cache.get(seed)!);
}

export const allSeedRequests = () => SEEDS.flatMap((s) => seedRequests(s));
