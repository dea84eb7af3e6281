// How often automatic marking's first stage (utils/gate/article-gate.ts) is wrong: an article it
// holds back (left unmarked) or a page with no article it lets through (analysed for nothing).
// "Article" is the full analysis's own verdict on the Scrapinghub and trafilatura-dev pages; the
// generated section fronts and search pages (scripts/nonarticle-pages.ts) have no article.
// Also prints the full analysis's verdict on those pages, and the gate at other text thresholds.
import fs from 'node:fs';
import path from 'node:path';
import { analyzePage } from '../utils/analyze';
import { articleGate, GATE_TEXT, type GateText } from '../utils/gate/article-gate';
import { expandInputs, loadPage } from '../cli/load-page';
import { makeNonArticlePages } from './nonarticle-pages';

const SETTINGS: GateText[] = [
  GATE_TEXT,
  ...[60, 100, 140].map((paragraph) => ({ paragraph, body: GATE_TEXT.body })),
  ...[150, 400].map((body) => ({ paragraph: GATE_TEXT.paragraph, body })),
];

interface Row {
  set: string;
  id: string;
  truth: boolean;
  gate: boolean[];
}

/** The full analysis's verdicts from a JSON Lines file the eval already wrote, if there is one. */
function verdicts(file: string): Map<string, boolean> | null {
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
  return new Map(lines.map((l) => JSON.parse(l)).map((o: { id: string; isArticle: boolean }) => [o.id, o.isArticle]));
}

function judge(set: string, files: string[], truthOf: (id: string, doc: Document, url: string) => boolean): Row[] {
  return files.map((f) => {
    const page = loadPage(f);
    try {
      const gate = SETTINGS.map((s) => articleGate(page.document, s).article);
      return { set, id: page.id, truth: truthOf(page.id, page.document, page.url), gate };
    } finally {
      page.close();
    }
  });
}

export function runGateEval(shared: string, outDir: string): void {
  const sets: Row[] = [];
  for (const [set, dir, jsonl] of [
    ['scrapinghub', 'corpus/scrapinghub/html', 'eval-verbatim.jsonl'],
    ['trafilatura-dev', 'corpus/trafilatura-dev/html', 'eval-trafilatura.jsonl'],
  ] as const) {
    const known = verdicts(path.join(outDir, jsonl));
    sets.push(
      ...judge(
        set,
        expandInputs([path.join(shared, dir)]),
        (id, doc, url) => known?.get(id) ?? analyzePage(doc, url).isArticle,
      ),
    );
  }
  const listing = makeNonArticlePages(shared, path.join(outDir, 'nonarticle'));
  let fullSaysArticle = 0;
  sets.push(
    ...judge('listing pages', listing, (_id, doc, url) => {
      if (analyzePage(doc, url).isArticle) fullSaysArticle++;
      return false;
    }),
  );
  console.log(`automatic marking's first stage, against the full analysis (article = its verdict)`);
  console.log(`set                pages  articles  held back  non-articles  let through`);
  for (const set of [...new Set(sets.map((r) => r.set))]) {
    const rows = sets.filter((r) => r.set === set);
    const arts = rows.filter((r) => r.truth);
    const non = rows.filter((r) => !r.truth);
    console.log(
      `${set.padEnd(18)} ${String(rows.length).padStart(5)} ${String(arts.length).padStart(9)} ${String(arts.filter((r) => !r.gate[0]).length).padStart(10)} ${String(non.length).padStart(13)} ${String(non.filter((r) => r.gate[0]).length).padStart(12)}`,
    );
  }
  console.log(`the full analysis itself calls ${fullSaysArticle} of ${listing.length} listing pages an article`);
  console.log(`\nthe text test's numbers (all sets; the first is the one in use): held back / let through`);
  SETTINGS.forEach((s, i) => {
    const back = sets.filter((r) => r.truth && !r.gate[i]).length;
    const through = sets.filter((r) => !r.truth && r.gate[i]).length;
    console.log(`  paragraph ≥ ${s.paragraph}, body ≥ ${s.body}: ${back} / ${through}`);
  });
  const wrong = sets.filter((r) => r.truth !== r.gate[0]);
  console.log(`\nwrong pages: ${wrong.map((r) => `${r.id}${r.truth ? ' (held back)' : ' (let through)'}`).join(', ')}`);
}

// Run on its own (npm run eval spawns it in a process of its own: jsdom keeps some memory of every
// page it has parsed, and this reads some 700 pages).
if (process.argv[1]?.endsWith('eval-gate.ts'))
  runGateEval(path.resolve(process.argv[2] ?? '../shared'), path.resolve(process.argv[3] ?? 'out'));
