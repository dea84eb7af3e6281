import { analyzeLive, analyzePage } from '../../utils/analyze';
import type { AnalyzeOptions, ArticleAnalysis, LiveRefs, PageAnalysis } from '../../utils/types';

/** The analysis as an article; a page the analysis declined fails the test with its reason. */
export function articleOf(a: PageAnalysis): ArticleAnalysis {
  if (!a.isArticle) throw new Error(`expected an article, got "no article": ${a.reason}`);
  return a;
}

export function analyzeArticle(doc: Document, url: string, options?: AnalyzeOptions): ArticleAnalysis {
  return articleOf(analyzePage(doc, url, options));
}

/** The article analysis with the page elements it was read from. */
export function analyzeLiveArticle(
  doc: Document,
  url: string,
  options?: AnalyzeOptions,
): { analysis: ArticleAnalysis; live: LiveRefs } {
  const { analysis, live } = analyzeLive(doc, url, options);
  return { analysis: articleOf(analysis), live };
}
