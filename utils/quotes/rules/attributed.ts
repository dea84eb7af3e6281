import type { QuotationRule } from './types';

/** '“…,” Lopez said', 'Kanani told PBS: “…”': the sentence's own attribution nearest the quotation. */
export const attributed: QuotationRule = {
  id: 'attributed',
  credit: ({ attr, speakers, pi, dateOf }) =>
    attr && { speaker: speakers.resolve(attr.mention, pi, attr.subjectStart), dated: dateOf(attr) },
};
