#!/usr/bin/env node
// Chooses the numbers of the fragment rule (FRAGMENT in utils/extract/article.ts) from
// out/fragment-blocks.jsonl (scripts/fragment-data.ts), cross-validated by site (scripts/site-cv.ts:
// five folds of sites; "best" is article blocks added minus twice the boilerplate added). Prints the
// held-out totals per corpus and the numbers chosen on all the data, with the blocks they add.
//   npx tsx scripts/fragment-cv.ts [out/fragment-blocks.jsonl]
import { chooseBySite, readLabelledRows } from './site-cv';

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

const rows = readLabelledRows<Row>(process.argv[2] ?? 'out/fragment-blocks.jsonl');
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

const { chosen } = chooseBySite(rows, grid, accepts, 'article blocks');
for (const r of rows.filter((x) => accepts(chosen, x)))
  console.log(`  ${r.label ? 'article' : 'WRONG  '} (${r.corpus}) ${r.id.slice(0, 30)}: ${r.text.slice(0, 80)}`);
