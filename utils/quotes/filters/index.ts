import type { QuotationFilter, SpanContext } from '../rules/types';
import { shortFragment } from './short-fragment';
import { titleCase, titleInClause } from './title-case';
import { titleCue } from './title-cue';
import { quotedHeading } from './quoted-heading';

/** The kinds of quotation that are not speech, each one file; a new one is a file and a line here. */
export const QUOTATION_FILTERS: readonly QuotationFilter[] = [
  titleCue,
  quotedHeading,
  shortFragment,
  titleCase,
  titleInClause,
];

/** The filter that rejects a quotation at `stage`, if any. */
export function rejectedBy(c: SpanContext, stage: QuotationFilter['stage']): string | null {
  for (const f of QUOTATION_FILTERS) if (f.stage === stage && f.rejects(c)) return f.id;
  return null;
}
