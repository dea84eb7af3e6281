#!/usr/bin/env node
// Chooses the standfirst rule's numbers (utils/extract/lead.ts) from out/lead-candidates.jsonl
// (scripts/lead-data.ts), cross-validated by site: the sites are split into five folds by a hash of
// their name; for each fold the numbers that do best on the other four are scored on it. "Best" is
// standfirsts added minus twice the boilerplate added (a wrong paragraph in the body costs the
// reader more than a missing summary). Prints the held-out totals per corpus, and the numbers
// chosen on all the data.
//   npx tsx scripts/lead-cv.ts [out/lead-candidates.jsonl]
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { isStandfirst, type StandfirstRule, type StandfirstCues } from '../utils/extract/lead';

type Row = StandfirstCues & {
  corpus: string;
  site: string;
  id: string;
  text: string;
  inBody: boolean;
  label: boolean | null;
};
type Params = StandfirstRule;

const file = process.argv[2] ?? 'out/lead-candidates.jsonl';
const rows: Row[] = fs
  .readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  .filter((r: Row) => r.label !== null && !r.inBody);
const FOLDS = 5;
const foldOf = (site: string) => parseInt(createHash('sha1').update(site).digest('hex').slice(0, 8), 16) % FOLDS;

const grid: Params[] = [];
for (const maxDistance of [0, 2, 3, 4, 5, 6, 8, 10])
  for (const minWords of [5, 8, 10, 12, 15, 20, 25])
    for (const maxLinkDensity of [0.1, 0.2, 0.3, 0.5])
      for (const sentence of [true, false])
        for (const afterHeadline of [true, false])
          grid.push({ maxDistance, minWords, maxLinkDensity, sentence, afterHeadline });

const accepts = (p: Params, r: Row) => isStandfirst(r, p);

function tally(p: Params, set: Row[]) {
  let tp = 0,
    fp = 0;
  for (const r of set) {
    if (!accepts(p, r)) continue;
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
    if (g > bg) {
      b = p;
      bg = g;
    }
  }
  return b;
}

const pos = rows.filter((r) => r.label).length;
console.log(
  `${rows.length} labelled candidates (${pos} standfirsts, ${rows.length - pos} not), ${new Set(rows.map((r) => r.site)).size} sites`,
);
const held: Record<string, { tp: number; fp: number; pos: number }> = {};
for (let k = 0; k < FOLDS; k++) {
  const train = rows.filter((r) => foldOf(r.site) !== k),
    test = rows.filter((r) => foldOf(r.site) === k);
  const p = best(train);
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
  console.log(`held-out ${c}: ${h.tp} of ${h.pos} standfirsts added, ${h.fp} blocks of boilerplate added`);
const all = best(rows);
console.log(`chosen on all data: ${JSON.stringify(all)} → ${JSON.stringify(tally(all, rows))}`);
for (const r of rows.filter((x) => accepts(all, x) && !x.label))
  console.log(`  wrongly added (${r.corpus}) ${r.id.slice(0, 40)}: ${r.text.slice(0, 100)}`);
