#!/usr/bin/env node
// The data of the rule that adds back text Readability left out: the standfirst above the body
// (utils/extract/lead.ts). Every candidate on the Scrapinghub and trafilatura-dev pages, with its
// cues and, where the gold says, whether it is article text:
//   Scrapinghub: article text when its first 60 characters are in the page's articleBody.
//   trafilatura-dev: article text when it holds a `with` snippet, not when it holds a `without` one.
// (Labels: scripts/corpus-labels.ts.) Writes out/lead-candidates.jsonl; scripts/lead-cv.ts chooses the rule's numbers from it. The
// candidates are read off the analysis without the standfirst rule (which would take the one it
// adds out of the candidates). A corpus run: wrap it in flock.
//   NODE_OPTIONS=--max-old-space-size=12000 npx tsx scripts/lead-data.ts [--shared ../shared]
//     [--ids a,b] [--preds DIR]
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyzeLive } from '../utils/analyze';
import { serializableAnalysis } from '../utils/serialize';
import { loadPage } from '../cli/load-page';
import { leadCandidates } from '../utils/extract/lead';
import { labelledCorpora, sharedDir, ws, type LabelledCorpus } from './corpus-labels';

const args = process.argv.slice(2);
const norm = (t: string) => ws(t).toLowerCase();
const rows: string[] = [];
// --preds DIR: also the analyses and Readability's text, as the eval scores them (one run for both)
const predsDir = args.includes('--preds') ? args[args.indexOf('--preds') + 1] : null;
const preds: Record<string, { ours: string[]; base: string[] }> = {};
const onlyIds = args.includes('--ids') ? new Set(args[args.indexOf('--ids') + 1].split(',')) : null;

function collect({ corpus, files, labelFor }: LabelledCorpus) {
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

for (const c of labelledCorpora(sharedDir(args), { minChars: 0, bothUnknown: false })) collect(c);

fs.mkdirSync('out', { recursive: true });
if (predsDir)
  for (const [corpus, p] of Object.entries(preds)) {
    fs.mkdirSync(predsDir, { recursive: true });
    fs.writeFileSync(path.join(predsDir, `${corpus}-verbatim.jsonl`), p.ours.join('\n') + '\n');
    fs.writeFileSync(path.join(predsDir, `${corpus}-readability.jsonl`), p.base.join('\n') + '\n');
  }
fs.writeFileSync('out/lead-candidates.jsonl', rows.join('\n') + '\n');
console.log(`${rows.length} candidates written to out/lead-candidates.jsonl`);
