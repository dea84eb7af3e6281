// The two corpora with main-body gold, and how a block of text on one of their pages is labelled from
// that gold: the data scripts of the rules that add text back (scripts/lead-data.ts,
// scripts/fragment-data.ts) label their candidates the same way, with the two choices below.
//   Scrapinghub: article text when its first 60 characters are in the page's articleBody.
//   trafilatura-dev: article text when it holds a `with` snippet (of the first six), not when it
//   holds a `without` one.
import fs from 'node:fs';
import path from 'node:path';
import { expandInputs } from '../cli/load-page';

/** Whether a text is article text (true), boilerplate (false) or unknown (null). */
export type Label = (text: string) => boolean | null;

export interface LabelChoices {
  /** A text shorter than this (spaces collapsed) is left unlabelled on Scrapinghub. */
  minChars: number;
  /** Whether a text holding both a `with` and a `without` snippet is left unlabelled (else: article text). */
  bothUnknown: boolean;
}

export interface LabelledCorpus {
  corpus: 'scrapinghub' | 'trafilatura-dev';
  files: string[];
  /** The page's site and its labeller, or null for a page without gold. */
  labelFor(id: string): { site: string; label: Label } | null;
}

export const ws = (t: string) => t.replace(/\s+/g, ' ').trim();
const norm = (t: string) => ws(t).toLowerCase();
const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export function labelledCorpora(shared: string, choices: LabelChoices): LabelledCorpus[] {
  return [scrapinghub(shared, choices), trafilaturaDev(shared, choices)];
}

function scrapinghub(shared: string, { minChars }: LabelChoices): LabelledCorpus {
  const truth: Record<string, { url: string; articleBody: string }> = JSON.parse(
    fs.readFileSync(path.join(shared, 'corpus/scrapinghub/ground-truth.json'), 'utf8'),
  );
  return {
    corpus: 'scrapinghub',
    files: expandInputs([path.join(shared, 'corpus/scrapinghub/html')]),
    labelFor(id) {
      const t = truth[id];
      if (!t) return null;
      const body = norm(t.articleBody);
      return {
        site: siteOf(t.url),
        label: (text) => (ws(text).length < minChars ? null : body.includes(norm(text).slice(0, 60))),
      };
    },
  };
}

function trafilaturaDev(shared: string, { bothUnknown }: LabelChoices): LabelledCorpus {
  const gold: Record<string, { file: string; with?: string[]; without?: string[] }> = JSON.parse(
    fs.readFileSync(path.join(shared, 'corpus/trafilatura-dev/evaldata.json'), 'utf8'),
  );
  const byId = new Map(Object.entries(gold).map(([url, g]) => [g.file.replace(/\.html?(\.gz)?$/i, ''), { url, g }]));
  return {
    corpus: 'trafilatura-dev',
    files: expandInputs([path.join(shared, 'corpus/trafilatura-dev/html')]),
    labelFor(id) {
      const e = byId.get(id);
      if (!e) return null;
      const withs = (e.g.with ?? []).slice(0, 6).map(ws),
        withouts = (e.g.without ?? []).slice(0, 6).map(ws);
      return {
        site: siteOf(e.url),
        label: (text) => {
          const t = ws(text);
          const w = withs.some((s) => t.includes(s)),
            wo = withouts.some((s) => t.includes(s));
          if (w && wo && bothUnknown) return null;
          return w ? true : wo ? false : null;
        },
      };
    },
  };
}

/** The value after `--shared`, else ../shared, resolved. */
export function sharedDir(args: string[]): string {
  return path.resolve(args.includes('--shared') ? args[args.indexOf('--shared') + 1] : '../shared');
}
