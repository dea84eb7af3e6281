import { anonymous } from './anonymous';
import { attributed } from './attributed';
import { colonIntroduced } from './colon-introduced';
import { introducedPerson } from './introduced-person';
import { openChain } from './open-chain';
import { recentSpeaker } from './recent-speaker';
import { sameVoice } from './same-voice';
import type { Credit, QuotationRule, SpanContext } from './types';

/**
 * The constructions that credit a quotation, in the order they are tried: the sentence's own
 * attribution first, then a quotation running on from the paragraph before, then the voices a
 * floating quotation may go on in, nearest first. A new construction is one file here and one
 * line in this list.
 */
export const QUOTATION_RULES: readonly QuotationRule[] = [
  attributed,
  openChain,
  colonIntroduced,
  sameVoice,
  introducedPerson,
  recentSpeaker,
  anonymous,
];

/** The first rule's credit for a quotation, and which rule gave it. */
export function creditQuotation(c: SpanContext): (Credit & { rule: string }) | null {
  for (const rule of QUOTATION_RULES) {
    const credit = rule.credit(c);
    if (credit) return { ...credit, rule: rule.id };
  }
  return null;
}
