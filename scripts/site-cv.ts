// The leave-site-out cross-validation both rule-choosing scripts run (lead-cv.ts for the standfirst,
// fragment-cv.ts for the fragment rule): the sites are split into five folds by a hash of their
// name; for each fold the numbers that do best on the other four are scored on it. "Best" is blocks
// rightly added minus twice the boilerplate added (a wrong paragraph in the body costs the reader
// more than a missing one).
import fs from 'node:fs';
import { createHash } from 'node:crypto';

/** A labelled candidate: its corpus, its site (the unit of the folds), and whether it is article text. */
export interface SiteRow {
  corpus: string;
  site: string;
  label: boolean | null;
}

/** The labelled rows of a JSON Lines file written by a *-data.ts script (unlabelled ones left out). */
export function readLabelledRows<Row extends SiteRow>(file: string): Row[] {
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => r.label !== null);
}

const FOLDS = 5;
const foldOf = (site: string) => parseInt(createHash('sha1').update(site).digest('hex').slice(0, 8), 16) % FOLDS;

/**
 * Scores each fold with the numbers chosen on the others, prints the folds and the held-out totals
 * per corpus (`added` names what a right addition is), and returns the numbers chosen on all rows.
 */
export function chooseBySite<Row extends SiteRow, Params>(
  rows: Row[],
  grid: Params[],
  accepts: (p: Params, r: Row) => boolean,
  added: string,
): { chosen: Params; tally: (p: Params, set: Row[]) => { tp: number; fp: number; gain: number } } {
  const tally = (p: Params, set: Row[]) => {
    let tp = 0,
      fp = 0;
    for (const r of set) {
      if (!accepts(p, r)) continue;
      if (r.label) tp++;
      else fp++;
    }
    return { tp, fp, gain: tp - 2 * fp };
  };
  const best = (set: Row[]) => {
    let b = grid[0],
      bg = -Infinity;
    for (const p of grid) {
      const g = tally(p, set).gain;
      if (g > bg) [b, bg] = [p, g];
    }
    return b;
  };
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
    console.log(`held-out ${c}: ${h.tp} of ${h.pos} ${added} added, ${h.fp} blocks of boilerplate added`);
  const chosen = best(rows);
  console.log(`chosen on all data: ${JSON.stringify(chosen)} → ${JSON.stringify(tally(chosen, rows))}`);
  return { chosen, tally };
}
