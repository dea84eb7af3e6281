#!/usr/bin/env node
// Chooses the standfirst rule's numbers (utils/extract/lead.ts) from out/lead-candidates.jsonl
// (scripts/lead-data.ts), cross-validated by site (scripts/site-cv.ts: five folds of sites; "best" is
// standfirsts added minus twice the boilerplate added). Prints the held-out totals per corpus, the
// numbers chosen on all the data, and the boilerplate they add.
//   npx tsx scripts/lead-cv.ts [out/lead-candidates.jsonl]
import { chooseBySite, readLabelledRows } from './site-cv';
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

const rows = readLabelledRows<Row>(process.argv[2] ?? 'out/lead-candidates.jsonl').filter((r) => !r.inBody);

const grid: Params[] = [];
for (const maxDistance of [0, 2, 3, 4, 5, 6, 8, 10])
  for (const minWords of [5, 8, 10, 12, 15, 20, 25])
    for (const maxLinkDensity of [0.1, 0.2, 0.3, 0.5])
      for (const sentence of [true, false])
        for (const afterHeadline of [true, false])
          grid.push({ maxDistance, minWords, maxLinkDensity, sentence, afterHeadline });

const accepts = (p: Params, r: Row) => isStandfirst(r, p);

const pos = rows.filter((r) => r.label).length;
console.log(
  `${rows.length} labelled candidates (${pos} standfirsts, ${rows.length - pos} not), ${new Set(rows.map((r) => r.site)).size} sites`,
);
const { chosen } = chooseBySite(rows, grid, accepts, 'standfirsts');
for (const r of rows.filter((x) => accepts(chosen, x) && !x.label))
  console.log(`  wrongly added (${r.corpus}) ${r.id.slice(0, 40)}: ${r.text.slice(0, 100)}`);
