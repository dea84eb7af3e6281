#!/usr/bin/env node
// The data of the rule that adds back text Readability left out: the standfirst above the body
// (utils/extract/lead.ts). Every candidate on the Scrapinghub and trafilatura-dev pages, with its
// cues and, where the gold says, whether it is article text:
//   Scrapinghub: article text when its first 60 characters are in the page's articleBody.
//   trafilatura-dev: article text when it holds a `with` snippet, not when it holds a `without` one.
// Writes out/lead-candidates.jsonl; scripts/lead-cv.ts chooses the rule's numbers from it. The
// candidates are read off the analysis without the standfirst rule (which would take the one it
// adds out of the candidates). A corpus run: wrap it in flock.
//   NODE_OPTIONS=--max-old-space-size=12000 npx tsx scripts/lead-data.ts [--shared ../shared]
//     [--ids a,b] [--preds DIR]
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzeLive } from '../utils/analyze';
import { serializableAnalysis } from '../utils/serialize';
import { expandInputs, loadPage } from '../cli/load-page';
import { leadCandidates } from '../utils/extract/lead';

const args = process.argv.slice(2);
const shared = path.resolve(args.includes('--shared') ? args[args.indexOf('--shared') + 1] : '../shared');
const ws = (t: string) => t.replace(/\s+/g, ' ').trim();
const norm = (t: string) => ws(t).toLowerCase();
const rows: string[] = [];
// --preds DIR: also the analyses and Readability's text, as the eval scores them (one run for both)
const predsDir = args.includes('--preds') ? args[args.indexOf('--preds') + 1] : null;
const preds: Record<string, { ours: string[]; base: string[] }> = {};
const onlyIds = args.includes('--ids') ? new Set(args[args.indexOf('--ids') + 1].split(',')) : null;

type Label = (text: string) => boolean | null;

function collect(corpus: string, files: string[], labelFor: (id: string) => { site: string; label: Label } | null) {
  for (const f of files) {
    if (onlyIds && !onlyIds.has(path.basename(f).replace(/\.html?(\.gz)?$/i, ''))) continue;
    const page = loadPage(f);
    try {
      const l = labelFor(page.id);
      if (!l) continue;
      if (predsDir) {
        let text = '';
        try {
          text = new Readability(page.document.cloneNode(true) as Document).parse()?.textContent ?? '';
        } catch {
          /* an empty prediction */
        }
        (preds[corpus] ??= { ours: [], base: [] }).base.push(JSON.stringify({ id: page.id, main: { text } }));
      }
      const live = analyzeLive(page.document, page.url, { noStandfirst: true });
      if (predsDir) preds[corpus].ours.push(JSON.stringify({ id: page.id, ...serializableAnalysis(live.analysis) }));
      const mains = live.live.mainElements;
      if (!live.analysis.isArticle || !mains.length) continue;
      const set = new Set(mains);
      const main = norm(live.analysis.main.text);
      for (const c of leadCandidates(mains[0], (e) => set.has(e))) {
        const { el: _el, ...cues } = c;
        // a standfirst Readability kept already (a copy of it in the body) is nothing to add
        const inBody = main.includes(norm(c.text).slice(0, 60));
        rows.push(JSON.stringify({ corpus, site: l.site, id: page.id, ...cues, inBody, label: l.label(c.text) }));
      }
    } finally {
      page.close();
    }
  }
}

const shTruth: Record<string, { url: string; articleBody: string }> = JSON.parse(
  fs.readFileSync(path.join(shared, 'corpus/scrapinghub/ground-truth.json'), 'utf8'),
);
collect('scrapinghub', expandInputs([path.join(shared, 'corpus/scrapinghub/html')]), (id) => {
  const t = shTruth[id];
  if (!t) return null;
  const body = norm(t.articleBody);
  return {
    site: new URL(t.url).hostname.replace(/^www\./, ''),
    label: (text) => body.includes(norm(text).slice(0, 60)),
  };
});

const trGold: Record<string, { file: string; with?: string[]; without?: string[] }> = JSON.parse(
  fs.readFileSync(path.join(shared, 'corpus/trafilatura-dev/evaldata.json'), 'utf8'),
);
const byId = new Map(Object.entries(trGold).map(([url, g]) => [g.file.replace(/\.html?(\.gz)?$/i, ''), { url, g }]));
collect('trafilatura-dev', expandInputs([path.join(shared, 'corpus/trafilatura-dev/html')]), (id) => {
  const e = byId.get(id);
  if (!e) return null;
  const withs = (e.g.with ?? []).slice(0, 6).map(ws),
    withouts = (e.g.without ?? []).slice(0, 6).map(ws);
  return {
    site: new URL(e.url).hostname.replace(/^www\./, ''),
    label: (text) => {
      const t = ws(text);
      if (withs.some((s) => t.includes(s))) return true;
      if (withouts.some((s) => t.includes(s))) return false;
      return null;
    },
  };
});

fs.mkdirSync('out', { recursive: true });
if (predsDir)
  for (const [corpus, p] of Object.entries(preds)) {
    fs.mkdirSync(predsDir, { recursive: true });
    fs.writeFileSync(path.join(predsDir, `${corpus}-verbatim.jsonl`), p.ours.join('\n') + '\n');
    fs.writeFileSync(path.join(predsDir, `${corpus}-readability.jsonl`), p.base.join('\n') + '\n');
  }
fs.writeFileSync('out/lead-candidates.jsonl', rows.join('\n') + '\n');
console.log(`${rows.length} candidates written to out/lead-candidates.jsonl`);
