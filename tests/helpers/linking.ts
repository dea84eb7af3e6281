import { analyzeArticle } from './article';
import { seedDom, type SeedName } from './seeds';
import { loadPage } from '../../cli/load-page';
import { linkInput } from '../../cli/link';
import type { LinkArticleInput } from '../../utils/linking/record';
import { serializedQuote } from '../../utils/serialize';
import type { BatchLinks } from '../../utils/linking/batch';
import type { Link } from '../../utils/linking/link';

/** A seed page analysed as the extension analyses it, ready to link. */
export function seedArticle(name: SeedName): LinkArticleInput {
  const { dom, gold } = seedDom(name);
  const a = analyzeArticle(dom.window.document, gold.url);
  dom.window.close();
  return linkInput({ id: name, metadata: a.metadata, quotes: a.quotes.map(serializedQuote) });
}

/** A saved page (.html or .html.gz) analysed as the CLI analyses it; null when it holds no article. */
export function savedArticle(file: string): LinkArticleInput | null {
  const page = loadPage(file);
  try {
    const a = analyzeArticle(page.document, page.url);
    return linkInput({ id: page.id, metadata: a.metadata, quotes: a.quotes.map(serializedQuote) });
  } catch {
    return null;
  } finally {
    page.close();
  }
}

/** The links between two quotes (either way round), found by their texts. */
export function linksBetween(batch: BatchLinks, a: RegExp, b: RegExp): Link[] {
  const text = new Map(batch.records.map((r) => [r.key, r.text]));
  const is = (key: string, re: RegExp) => re.test(text.get(key) ?? '');
  return batch.links.filter((l) => (is(l.from, a) && is(l.to, b)) || (is(l.from, b) && is(l.to, a)));
}

/** Every link touching a quote, found by its text. */
export function linksOf(batch: BatchLinks, re: RegExp): Link[] {
  const keys = new Set(batch.records.filter((r) => re.test(r.text)).map((r) => r.key));
  if (!keys.size) throw new Error(`no quote matches ${re}`);
  return batch.links.filter((l) => keys.has(l.from) || keys.has(l.to));
}
