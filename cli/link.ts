import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { linkArticles } from '../utils/linking/batch';
import type { Cluster } from '../utils/linking/cluster';
import type { LinkArticleInput } from '../utils/linking/record';
import type { SerializedQuote } from '../utils/serialize';

// analyze --link: the same statement across the pages of a research batch. The pages are analysed
// as `--format jsonl` analyses them (by this same command, in a child, so batching stays its
// business), or read from JSON Lines such a run wrote; their quotes are linked, each page against
// the pages before it, and the clusters written one per line, earliest report first.

/** One analysed page as the JSON Lines give it (only the fields linking reads). */
export interface AnalysedPage {
  id: string;
  metadata?: {
    title: string | null;
    site: string | null;
    published: string | null;
    description?: string | null;
  } | null;
  quotes?: Pick<SerializedQuote, 'id' | 'text' | 'kind' | 'speaker' | 'date' | 'clause'>[];
}

/** What linking reads of an analysed page. */
export function linkInput(page: AnalysedPage): LinkArticleInput {
  return {
    id: page.id,
    title: page.metadata?.title ?? null,
    description: page.metadata?.description ?? null,
    site: page.metadata?.site ?? null,
    published: page.metadata?.published ?? null,
    quotes: page.quotes ?? [],
  };
}

/** A cluster as a line of the output: `speaker`, the earliest `date`, and the members. */
export function clusterLine(c: Cluster) {
  return {
    speaker: c.speaker,
    date: c.date,
    members: c.members.map((m) => ({
      id: m.record.article,
      quote: m.record.quote,
      site: m.record.site,
      date: m.record.date,
      speaker: m.record.speaker.name,
      text: m.record.text,
      kind: m.record.kind,
      relation: m.relation,
      score: m.score,
      to: m.to,
    })),
  };
}

/** Reads pages from JSON Lines files as-is, and analyses the rest in a child `analyze --format jsonl`. */
export function analysedPages(inputs: string[], passOn: string[]): { pages: AnalysedPage[]; code: number } {
  const jsonl = inputs.filter((f) => /\.jsonl$/i.test(f));
  const html = inputs.filter((f) => !/\.jsonl$/i.test(f));
  const pages: AnalysedPage[] = [];
  let code = 0;
  for (const f of jsonl) {
    try {
      pages.push(...parseLines(fs.readFileSync(f, 'utf8')));
    } catch (e) {
      console.error(`analyze: cannot read ${f}: ${(e as Error).message}`);
      code = 1;
    }
  }
  if (html.length) {
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1], '--format', 'jsonl', ...passOn, ...html],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    pages.push(...parseLines(r.stdout ?? ''));
    if (r.status !== 0) code = r.status === 1 ? Math.max(code, 1) : 2;
  }
  return { pages, code };
}

function parseLines(text: string): AnalysedPage[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AnalysedPage);
}

/** The `--link` run: clusters to stdout, one per line; a summary to stderr. */
export function runLink(inputs: string[], passOn: string[]): number {
  const { pages, code } = analysedPages(inputs, passOn);
  const { records, links, clusters } = linkArticles(pages.map(linkInput));
  for (const c of clusters) process.stdout.write(JSON.stringify(clusterLine(c)) + '\n');
  console.error(
    `analyze --link: ${pages.length} pages, ${records.length} quotes, ${links.length} links, ${clusters.length} clusters`,
  );
  return code;
}
