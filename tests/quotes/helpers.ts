import { extractQuotes } from '../../utils/quotes/extract';
import type { PageMetadata, Quote } from '../../utils/types';

/** Quotes of an article given as paragraphs, published at `published`. */
export function quotesOf(
  paragraphs: string[],
  published: string | null = '2019-11-20T09:00:00-05:00',
  modified: string | null = null,
): Quote[] {
  const metadata: PageMetadata = {
    title: null,
    site: null,
    author: null,
    published,
    modified,
    canonical: null,
    language: null,
    description: null,
    url: 'https://news.example/a',
  };
  return extractQuotes(paragraphs, metadata, { now: new Date('2019-12-01T12:00:00Z') });
}

/** The quote whose text contains `snippet`. */
export function find(quotes: Quote[], snippet: string): Quote | undefined {
  return quotes.find((q) => q.text.includes(snippet));
}
