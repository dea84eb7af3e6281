import { kindOf } from '../span-shape';
import { QUOTATIONS } from '../tuning';
import type { QuotationFilter } from '../rules/types';

const { titleCaseMaxWords, titleInClauseWords } = QUOTATIONS;
/** Every word capitalised, up to `titleCaseMaxWords` words. */
const TITLE_CASE = new RegExp(`^[\\p{Lu}][\\p{L}'’]*(\\s+[\\p{Lu}][\\p{L}'’]*){0,${titleCaseMaxWords - 1}}$`, 'u');
/** A name in title case, maybe closing the sentence ("the “Three Amigos.”"), its later words
 * maybe numbers ('ordered its “Stage 3” action', "“Phase 2”"). */
const TITLE_IN_CLAUSE = new RegExp(
  `^[\\p{Lu}][\\p{L}'’]*(\\s+(?:[\\p{Lu}][\\p{L}'’]*|\\d+[\\p{L}]*)){${titleInClauseWords.min - 1},${titleInClauseWords.max - 1}}[.,]?$`,
  'u',
);

/** '“Trading Nation”' on its own: a title in title case, with no attribution. */
export const titleCase: QuotationFilter = {
  id: 'title-case',
  stage: 'credited',
  rejects: ({ content, attr, words }) => !attr && words <= titleCaseMaxWords && TITLE_CASE.test(content),
};

/** 'the show “Trading Nation”', 'known as the “Three Amigos.”': a name in title case inside a
 * reported clause is a title, not words said. */
export const titleInClause: QuotationFilter = {
  id: 'title-in-clause',
  stage: 'credited',
  rejects: ({ content, attr, masked, s, sp }) =>
    !!attr && TITLE_IN_CLAUSE.test(content) && kindOf(masked, s, sp, attr) === 'mixed',
};
