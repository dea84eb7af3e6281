import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../cli/batch/shard';
import { pageId } from '../../cli/inputs';
import { analyze, fixture, pages, root } from './cli';

// --shard i/n: n runs that list the same inputs split them, every page in exactly one run.

const corpusIds = () => {
  const dir = `${root}/../shared/corpus/scrapinghub/html`;
  const real = fs.existsSync(dir) ? fs.readdirSync(dir).map(pageId) : [];
  return [...real, ...Array.from({ length: 200 }, (_, i) => `https://news.example/${i}`)];
};

describe('--shard', () => {
  it('puts every id in exactly one of n shards, the same one every time, and spreads them', () => {
    const ids = corpusIds();
    for (const n of [1, 2, 3, 7]) {
      const sizes = Array.from({ length: n }, () => 0);
      for (const id of ids) {
        const taken = Array.from({ length: n }, (_, i) => inShard(id, { index: i + 1, count: n }));
        expect(taken.filter(Boolean)).toHaveLength(1);
        expect(shardOf(id, n)).toBe(taken.indexOf(true) + 1);
        sizes[shardOf(id, n) - 1]++;
      }
      for (const s of sizes) expect(s).toBeGreaterThan((ids.length / n) * 0.7);
    }
  });

  it('reads i/n, 1-based', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(parseShard(bad)).toBeNull();
  });

  it('splits a run so the shards together write what one run writes', () => {
    const inputs = [fixture('seeds'), fixture('pages')];
    const all = pages(analyze('--format', 'jsonl', '--jobs', '1', ...inputs).stdout);
    const first = pages(analyze('--format', 'jsonl', '--jobs', '1', '--shard', '1/2', ...inputs).stdout);
    const second = pages(analyze('--format', 'jsonl', '--jobs', '1', '--shard', '2/2', ...inputs).stdout);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    const byId = (xs: Record<string, unknown>[]) => [...xs].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId([...first, ...second])).toEqual(byId(all));
  });
});
