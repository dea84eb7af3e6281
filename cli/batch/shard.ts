import { createHash } from 'node:crypto';

// --shard i/n: which pages this run takes, decided by the page id alone, so n runs that list the
// same inputs (on one machine or many, started by any scheduler) split them without talking to each
// other, the union of the shards is every page and no page is in two.

export interface Shard {
  /** 1-based, as GNU parallel's {%} and a job index + 1 count */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  if (!m) return null;
  const [index, count] = [+m[1], +m[2]];
  return index >= 1 && index <= count ? { index, count } : null;
}

/** The first 6 bytes of the id's SHA-1 (an exact integer in a double), modulo the shard count. */
export function shardOf(id: string, count: number): number {
  const n = createHash('sha1').update(id).digest().readUIntBE(0, 6);
  return (n % count) + 1;
}

export function inShard(id: string, shard: Shard | null): boolean {
  return !shard || shardOf(id, shard.count) === shard.index;
}
