// Real trafilatura-dev pages copied into tests/fixtures/tr-dev, analysed as the CLI writes them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { loadPage } from '../../cli/load-page';
import { analyzePage } from '../../utils/analyze';
import { serializableAnalysis } from '../../utils/serialize';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/tr-dev');

/** The path of a fixture page by its corpus name. */
export const trDevPage = (name: string) => path.join(dir, `${name}.html.gz`);

/** An analyser for one test file: main text with spaces collapsed, and blocks; pages closed after all. */
export function trDevAnalyser() {
  const closers: (() => void)[] = [];
  afterAll(() => closers.forEach((c) => c()));
  return (name: string) => {
    const page = loadPage(trDevPage(name));
    closers.push(page.close);
    const a = serializableAnalysis(analyzePage(page.document, page.url));
    return { main: a.main.text.replace(/\s+/g, ' '), blocks: a.blocks };
  };
}

type Analysed = ReturnType<ReturnType<typeof trDevAnalyser>>;

/**
 * What a reader sees of a boilerplate line on a real page: it is out of the article's text and in a
 * block of its kind, and the article's own sentence (when given) is still in the text.
 */
export function expectLineFlagged(a: Analysed, line: string, category: string, sentence?: string): void {
  expect(a.main).not.toContain(line);
  expect(a.blocks.find((b) => b.text.includes(line))?.category).toBe(category);
  if (sentence !== undefined) expect(a.main).toContain(sentence);
}
