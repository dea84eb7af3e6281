#!/usr/bin/env node
// The data of the rule that adds back the rest of an article Readability kept a fragment of
// (utils/extract/fragment.ts): every block around the body the outer pass could not name, on the
// Scrapinghub and trafilatura-dev pages, with its cues and, where the gold says, whether it is
// article text:
//   Scrapinghub: article text when its first 60 characters are in the page's articleBody.
//   trafilatura-dev: article text when it holds a `with` snippet, not when it holds a `without` one.
// The blocks are read off the analysis without the rule (whose blocks are no longer blocks). (Labels:
// scripts/corpus-labels.ts.) Writes out/fragment-blocks.jsonl; scripts/fragment-cv.ts chooses the numbers.
// A corpus run: wrap it in flock.
//   NODE_OPTIONS=--max-old-space-size=12000 npx tsx scripts/fragment-data.ts [--shared ../shared]
import fs from 'node:fs';
import { analyzeLive } from '../utils/analyze';
import { loadPage } from '../cli/load-page';
import { linkDensity, visibleText, wordCount } from '../utils/dom/text';
import { distanceFrom } from '../utils/extract/fragment';
import { labelledCorpora, sharedDir, ws, type LabelledCorpus } from './corpus-labels';

const rows: string[] = [];

function collect({ corpus, files, labelFor }: LabelledCorpus) {
  for (const f of files) {
    const page = loadPage(f);
    try {
      const l = labelFor(page.id);
      if (!l) continue;
      const { analysis, live } = analyzeLive(page.document, page.url, { noFragment: true });
      const first = live.mainElements[0];
      if (!analysis.isArticle || !first) continue;
      const bodyWords = wordCount(analysis.main.text);
      analysis.blocks.forEach((b, i) => {
        const el = live.blockElements[i];
        if (!el || b.placement !== 'outside' || b.category !== 'other') return;
        const text = visibleText(el);
        rows.push(
          JSON.stringify({
            corpus,
            site: l.site,
            id: page.id,
            cues: b.cues,
            words: wordCount(text),
            ld: linkDensity(el, text),
            sentences: (text.match(/[.!?…。！？](?=\s|$)/g) ?? []).length,
            distance: Math.min(99, distanceFrom(first, el)),
            bodyWords,
            label: l.label(text),
            text: ws(text).slice(0, 100),
          }),
        );
      });
    } finally {
      page.close();
    }
  }
}

// a block shorter than 20 characters, or holding both kinds of snippet, says too little to be labelled
for (const c of labelledCorpora(sharedDir(process.argv.slice(2)), { minChars: 20, bothUnknown: true })) collect(c);

fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/fragment-blocks.jsonl', rows.join('\n') + '\n');
console.log(`${rows.length} blocks written to out/fragment-blocks.jsonl`);
