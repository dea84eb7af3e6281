import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPage, readHtml, parseHtml } from '../../cli/load-page';
import { analyzePage } from '../../utils/analyze';
import { serializableAnalysis } from '../../utils/serialize';

// Two short posts from trafilatura-dev: a news brief whose page shows only its first paragraph, and a
// German blog post of three sentences. Both say in their head that they are an article.
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/tr-dev');

describe('a short page that declares itself an article', () => {
  it.each([
    ['caymancompass.com-prison', 'A senior prison official has said in a sworn affidavit that'],
    ['it-for-kids.org.variables', 'Variablen sind kein Problem für dich?'],
  ])('%s keeps its text as the article', (name, sentence) => {
    const page = loadPage(path.join(dir, `${name}.html.gz`));
    const a = analyzePage(page.document, page.url);
    expect(a.isArticle).toBe(true);
    expect(serializableAnalysis(a).main.text.replace(/\s+/g, ' ')).toContain(sentence);
    page.close();
  });

  it('is still "too little text" once the head no longer says so', () => {
    const html = readHtml(path.join(dir, 'caymancompass.com-prison.html.gz'))
      .replace(/<meta[^>]+og:type[^>]*>/gi, '')
      .replace(/<meta[^>]+article:published_time[^>]*>/gi, '')
      .replace(/"@type":"(News)?Article"/g, '"@type":"WebPage"');
    const doc = parseHtml(html, 'https://www.caymancompass.com/').window.document;
    const a = analyzePage(doc, 'https://www.caymancompass.com/');
    expect(a.isArticle).toBe(false);
    expect(a.reason).toMatch(/too little text/);
  });
});
