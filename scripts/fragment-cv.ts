#!/usr/bin/env node
// Chooses the numbers of the fragment rule (FRAGMENT in utils/extract/article.ts) from
// out/fragment-blocks.jsonl (scripts/fragment-data.ts), cross-validated by site: the sites are split
// into five folds by a hash of their name; for each fold the numbers that do best on the other four
// are scored on it. "Best" is article blocks added minus twice the boilerplate added. Prints the
// held-out totals per corpus and the numbers chosen on all the data, with the blocks they add.
//   npx tsx scripts/fragment-cv.ts [out/fragment-blocks.jsonl]
import fs from 'node:fs';
import { createHash } from 'node:crypto';

interface Row {
  corpus: string;
  site: string;
  id: string;
  cues: string[];
  words: number;
  ld: number;
  sentences: number;
  distance: number;
  bodyWords: number;
  label: boolean | null;
  text: string;
}
interface Params {
  ld: number;
  words: number;
  sentences: number;
  ratio: number;
  distance: number;
}

const rows: Row[] = fs
  .readFileSync(process.argv[2] ?? 'out/fragment-blocks.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => r.label !== null);
const grid: Params[] = [];
for (const ld of [0.1, 0.2, 0.3])
  for (const words of [10, 15, 30, 50])
    for (const sentences of [1, 2])
      for (const ratio of [1, 1.5, 2, 3, 4, 6])
        for (const distance of [4, 8, 99]) grid.push({ ld, words, sentences, ratio, distance });
const accepts = (p: Params, r: Row) =>
  !r.cues.length &&
  r.ld <= p.ld &&
  r.words >= p.words &&
  r.sentences >= p.sentences &&
  r.distance <= p.distance &&
  r.bodyWords <= p.ratio * r.words;
function tally(p: Params, set: Row[]) {
  let tp = 0,
    fp = 0;
  for (const r of set)
    if (accepts(p, r)) {
      if (r.label) tp++;
      else fp++;
    }
  return { tp, fp, gain: tp - 2 * fp };
}
function best(set: Row[]): Params {
  let b = grid[0],
    bg = -Infinity;
  for (const p of grid) {
    const g = tally(p, set).gain;
    if (g > bg) [b, bg] = [p, g];
  }
  return b;
}
const FOLDS = 5;
const foldOf = (site: string) => parseInt(createHash('sha1').update(site).digest('hex').slice(0, 8), 16) % FOLDS;
const held: Record<string, { tp: number; fp: number; pos: number }> = {};
for (let k = 0; k < FOLDS; k++) {
  const p = best(rows.filter((r) => foldOf(r.site) !== k));
  const test = rows.filter((r) => foldOf(r.site) === k);
  for (const r of test) {
    const h = (held[r.corpus] ??= { tp: 0, fp: 0, pos: 0 });
    if (r.label) h.pos++;
    if (accepts(p, r)) {
      if (r.label) h.tp++;
      else h.fp++;
    }
  }
  console.log(`fold ${k}: chosen ${JSON.stringify(p)}; held out: ${JSON.stringify(tally(p, test))}`);
}
for (const [c, h] of Object.entries(held))
  console.log(`held-out ${c}: ${h.tp} of ${h.pos} article blocks added, ${h.fp} blocks of boilerplate added`);
const all = best(rows);
console.log(`chosen on all data: ${JSON.stringify(all)} → ${JSON.stringify(tally(all, rows))}`);
for (const r of rows.filter((x) => accepts(all, x)))
  console.log(`  ${r.label ? 'article' : 'WRONG  '} (${r.corpus}) ${r.id.slice(0, 30)}: ${r.text.slice(0, 80)}`);
