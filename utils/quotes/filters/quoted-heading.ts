import { QUOTATIONS } from '../tuning';
import type { QuotationFilter } from '../rules/types';

/** A paragraph that is only a short quotation, maybe numbered, with no sentence stop inside:
 * a subhead that quotes a phrase ('3. "Not some irregular channel"'), not a quote of its own
 * paragraph (those end their sentence: '“We kept going.”'). */
export const quotedHeading: QuotationFilter = {
  id: 'quoted-heading',
  stage: 'span',
  rejects: ({ text, sp, content, words }) =>
    words <= QUOTATIONS.headingMaxWords &&
    /^\s*(?:\d{1,2}[.)]\s*)?$/.test(text.slice(0, sp.outerStart)) &&
    !text.slice(sp.outerEnd).trim() &&
    !/[.!?,;:…]['"\u2019\u201D]*$/.test(content),
};
