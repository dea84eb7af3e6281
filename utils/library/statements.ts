import { relationLabel } from '../linking/also';
import { linkArticles } from '../linking/batch';
import type { LinkArticleInput } from '../linking/record';
import { speakerLabel } from '../quote-labels';
import { outletOf } from './search';
import type { SavedQuote } from './types';
import type { QuoteGroup } from './view';

// The library by statement: the saved quotes of one statement across outlets as one group, the
// earliest report first, each after the first saying how it reports the statement ("paraphrase",
// "direct quote, trimmed"). Quotes no other outlet's saved quote reports come last, in one group,
// newest statement first. Linking is the CLI's and the background's (utils/linking), run over the
// library's articles, each against the ones before it.

export const UNLINKED_KEY = 'unlinked';
export const UNLINKED_TITLE = 'Reported by one outlet only';

export interface StatementGroup extends QuoteGroup {
  by: 'statement';
  /** How each quote after the first reports the statement, by quote id; "first reported" for the first. */
  relations: Record<string, string>;
  /** How many outlets the group's quotes come from. */
  outlets: number;
}

export const FIRST_REPORTED = 'first reported';

function articlesOf(records: readonly SavedQuote[]): LinkArticleInput[] {
  const byArticle = new Map<string, LinkArticleInput>();
  for (const q of records) {
    let a = byArticle.get(q.articleKey);
    if (!a)
      byArticle.set(
        q.articleKey,
        (a = { id: q.articleKey, title: q.page.title, site: outletOf(q), published: q.page.published, quotes: [] }),
      );
    a.quotes.push({ id: q.id, text: q.text, kind: q.kind, clause: q.clause, speaker: q.speaker, date: q.date });
  }
  return [...byArticle.values()];
}

export function groupByStatement(records: readonly SavedQuote[]): StatementGroup[] {
  const byId = new Map(records.map((q) => [q.id, q]));
  const { clusters } = linkArticles(articlesOf(records));
  const grouped = new Set<string>();
  const groups: StatementGroup[] = clusters.map((c) => {
    const quotes = c.members.map((m) => byId.get(m.record.quote)!);
    const relations: Record<string, string> = {};
    for (const m of c.members) {
      grouped.add(m.record.quote);
      relations[m.record.quote] =
        m.relation === 'first'
          ? FIRST_REPORTED
          : relationLabel({ relation: m.relation, kind: m.record.kind, parts: [] });
    }
    return {
      key: c.members[0].record.key,
      by: 'statement',
      title: c.speaker ?? speakerLabel(quotes[0].speaker),
      quotes,
      relations,
      outlets: new Set(quotes.map(outletOf)).size,
    };
  });
  const rest = records
    .filter((q) => !grouped.has(q.id))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.savedAt.localeCompare(a.savedAt));
  if (rest.length)
    groups.push({
      key: UNLINKED_KEY,
      by: 'statement',
      title: UNLINKED_TITLE,
      quotes: rest,
      relations: {},
      outlets: new Set(rest.map(outletOf)).size,
    });
  return groups;
}
