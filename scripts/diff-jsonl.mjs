#!/usr/bin/env node
// Compares two JSON Lines files of `analyze --format jsonl`, page by page (matched on `id`) and field
// by field, and prints every path that differs; stage timings are not compared. Exit 0 when
// identical, 1 otherwise.
//   node scripts/diff-jsonl.mjs before.jsonl after.jsonl [--max N]
import fs from 'node:fs';

const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
const maxAt = process.argv.indexOf('--max');
const max = maxAt > 0 ? +process.argv[maxAt + 1] : 40;
if (!a || !b) {
  console.error('usage: diff-jsonl.mjs before.jsonl after.jsonl [--max N]');
  process.exit(2);
}

const byId = (file) =>
  new Map(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .map((o) => [o.id, o]),
  );

function* diffs(x, y, at) {
  if (Object.is(x, y)) return;
  if (x && y && typeof x === 'object' && typeof y === 'object' && Array.isArray(x) === Array.isArray(y)) {
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)]))
      if (k !== 'timings') yield* diffs(x[k], y[k], `${at}.${k}`);
    return;
  }
  yield `${at}: ${JSON.stringify(x)?.slice(0, 160)} → ${JSON.stringify(y)?.slice(0, 160)}`;
}

const before = byId(a);
const after = byId(b);
let pages = 0;
let shown = 0;
for (const id of new Set([...before.keys(), ...after.keys()])) {
  const d = [...diffs(before.get(id), after.get(id), id)];
  if (!d.length) continue;
  pages++;
  for (const line of d) if (shown++ < max) console.log(line);
}
console.log(`${pages} of ${new Set([...before.keys(), ...after.keys()]).size} pages differ`);
process.exit(pages ? 1 : 0);
