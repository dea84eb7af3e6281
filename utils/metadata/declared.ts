import { isArticleNode, jsonLdNodes } from './json-ld';

// What a page says of itself in its head. A post or a news brief says it is an article (og:type,
// a publication time, a JSON-LD Article or Posting); a home page, a section front or search results
// say "website" or "CollectionPage". That is evidence independent of how much text the body has.

/** Whether the page declares itself one article or post. */
export function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]')?.getAttribute('content');
  if (ogType?.trim().toLowerCase() === 'article') return true;
  if (doc.querySelector('meta[property="article:published_time" i], meta[name="article:published_time" i]'))
    return true;
  return jsonLdNodes(doc).some(isArticleNode);
}
