#!/usr/bin/env node
// The data of the rule that adds back the rest of an article Readability kept a fragment of
// (utils/extract/fragment.ts): every block around the body the outer pass could not name, on the
// Scrapinghub and trafilatura-dev pages, with its cues and, where the gold says, whether it is
// article text:
//   Scrapinghub: article text when its first 60 characters are in the page's articleBody.
//   trafilatura-dev: article text when it holds a `with` snippet, not when it holds a `without` one.
// The blocks are read off the analysis without the rule (whose blocks are no longer blocks). Writes out/fragment-blocks.jsonl; scripts/fragment-cv.ts chooses the numbers.
// A corpus run: wrap it in flock.
//   NODE_OPTIONS=--max-old-space-size=12000 npx tsx scripts/fragment-data.ts [--shared ../shared]
import fs from 'node:fs';
import path from 'node:path';
import { analyzeLive } from '../utils/analyze';
import { expandInputs, loadPage } from '../cli/load-page';
import { linkDensity, visibleText, wordCount } from '../utils/dom/text';
import { distanceFrom } from '../utils/extract/fragment';

const args = process.argv.slice(2);
const shared = path.resolve(args.includes('--shared') ? args[args.indexOf('--shared') + 1] : '../shared');
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const rows: string[] = [];
type Label = (text: string) => boolean | null;

function collect(corpus: string, dir: string, labelFor: (id: string) => { site: string; label: Label } | null) {
  for (const f of expandInputs([dir])) {
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

const shTruth: Record<string, { url: string; articleBody: string }> = JSON.parse(
  fs.readFileSync(path.join(shared, 'corpus/scrapinghub/ground-truth.json'), 'utf8'),
);
collect('scrapinghub', path.join(shared, 'corpus/scrapinghub/html'), (id) => {
  const t = shTruth[id];
  if (!t) return null;
  const body = ws(t.articleBody).toLowerCase();
  return {
    site: new URL(t.url).hostname.replace(/^www\./, ''),
    label: (text) => (ws(text).length < 20 ? null : body.includes(ws(text).toLowerCase().slice(0, 60))),
  };
});

const trGold: Record<string, { file: string; with?: string[]; without?: string[] }> = JSON.parse(
  fs.readFileSync(path.join(shared, 'corpus/trafilatura-dev/evaldata.json'), 'utf8'),
);
const byId = new Map(Object.entries(trGold).map(([url, g]) => [g.file.replace(/\.html?(\.gz)?$/i, ''), { url, g }]));
collect('trafilatura-dev', path.join(shared, 'corpus/trafilatura-dev/html'), (id) => {
  const e = byId.get(id);
  if (!e) return null;
  const withs = (e.g.with ?? []).slice(0, 6).map(ws),
    withouts = (e.g.without ?? []).slice(0, 6).map(ws);
  return {
    site: new URL(e.url).hostname.replace(/^www\./, ''),
    label: (text) => {
      const t = ws(text);
      const w = withs.some((s) => t.includes(s)),
        wo = withouts.some((s) => t.includes(s));
      return w && wo ? null : w ? true : wo ? false : null;
    },
  };
});

fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/fragment-blocks.jsonl', rows.join('\n') + '\n');
console.log(`${rows.length} blocks written to out/fragment-blocks.jsonl`);
