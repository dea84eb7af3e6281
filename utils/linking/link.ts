import { compareDirect, type DiffPart, type DirectComparison, type DirectRelation } from './direct';
import { datesAgree } from './dates';
import type { LinkIndex } from './quote-index';
import { stemOverlap } from './paraphrase';
import { articleRecords, type LinkArticleInput, type LinkRecord } from './record';
import { compareSpeakers, type SpeakerAgreement } from './speakers';
import { LINK_DEFAULTS, type LinkTunables } from './tunables';

// Whether two remembered quotes are the same statement, and how the second reports the first.
// Direct quotes against direct quotes are compared word by word: the same words are the same
// statement whoever the outlet credits, unless it credits someone else by name. Reported speech is
// compared by content words, and only for the same speaker on dates that agree: a paraphrase has
// nothing else to go by.

export type LinkRelation = DirectRelation | 'paraphrase';

export interface Link {
  /** Record keys: the quote being linked, and the remembered one it is linked to. */
  from: string;
  to: string;
  relation: LinkRelation;
  /** 0–1: how much of the smaller statement the other holds (1: all of it). */
  score: number;
  speaker: SpeakerAgreement;
  /** Direct quotes: `from`'s words against `to`'s, as the reader sees them marked. */
  diff?: DiffPart[];
}

export function linkPair(a: LinkRecord, b: LinkRecord, t: LinkTunables = LINK_DEFAULTS): Link | null {
  if (a.article === b.article) return null;
  const speaker = compareSpeakers(a.speaker, b.speaker);
  if (speaker === 'different') return null;
  const sure = speaker === 'same' || speaker === 'speaks-for';
  const storyAgrees = () =>
    stemOverlap({ stems: a.story }, { stems: b.story }).shared >= t.storyMinShared && datesAgree(a.date, b.date);
  const link = (relation: LinkRelation, score: number, diff?: DiffPart[]): Link => ({
    from: a.key,
    to: b.key,
    relation,
    score: Math.round(score * 100) / 100,
    speaker,
    ...(diff ? { diff } : {}),
  });

  const bothDirect = a.kind !== 'indirect' && b.kind !== 'indirect';
  if (bothDirect) {
    const d = compareDirect(a.text, b.text);
    if (d && sameWords(d, t) && (sure || storyAgrees()))
      return link(d.relation, d.relation === 'verbatim' ? 1 : d.coverage, d.diff);
  }
  if (!(sure || (speaker === 'likely' && storyAgrees()))) return null;
  if (!datesAgree(a.date, b.date, t.dateWindowDays)) return null;
  if (bothDirect) return null; // direct quotes are the same statement by their words, above
  const o = stemOverlap(a, b, t.nameWeight);
  if (o.weight < t.paraphraseMinWeight || o.score < t.paraphraseMinScore) return null;
  return link('paraphrase', o.score);
}

/** Enough words in common, in order, for two direct quotes to be one statement. */
function sameWords(d: DirectComparison, t: LinkTunables): boolean {
  if (d.relation === 'verbatim' && d.shorter >= t.verbatimMinWords) return true;
  if (d.run >= t.directLongRun && d.runContent >= t.directLongRunContent) return true;
  return (
    d.shorter >= 2 &&
    d.run >= Math.min(t.directMinRun, d.shorter) &&
    d.sharedContent >= t.minSharedStems &&
    d.coverage >= t.directMinCoverage
  );
}

/** Links of one quote to the remembered quotes of other articles, strongest first. */
export function linkQuote(q: LinkRecord, index: LinkIndex, t: LinkTunables = LINK_DEFAULTS): Link[] {
  const out: Link[] = [];
  for (const c of index.candidates(q, t.minSharedStems)) {
    const l = linkPair(q, c.record, t);
    if (l) out.push(l);
  }
  return out.sort((x, y) => y.score - x.score || x.to.localeCompare(y.to));
}

export interface ArticleLinks {
  records: LinkRecord[];
  links: Link[];
}

/** Links an article's quotes to the remembered ones (it does not add them: the caller decides). */
export function linkArticle(
  article: LinkArticleInput,
  index: LinkIndex,
  t: LinkTunables = LINK_DEFAULTS,
): ArticleLinks {
  const records = articleRecords(article);
  return { records, links: records.flatMap((r) => linkQuote(r, index, t)) };
}
