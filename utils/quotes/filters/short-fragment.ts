import { isFloating } from '../span-shape';
import { QUOTATIONS } from '../tuning';
import type { QuotationFilter } from '../rules/types';

/** A quotation of a few words with no attribution is a scare quote or a term ('a “reset”'),
 * unless it runs on from the paragraph before or is a whole sentence of speech after another
 * quote ('“It just connected.”'). */
export const shortFragment: QuotationFilter = {
  id: 'short-fragment',
  stage: 'credited',
  rejects: ({ words, attr, sp, found, masked, s, content }) =>
    words <= QUOTATIONS.fragmentMaxWords &&
    !attr &&
    !sp.continued &&
    !(found.length && isFloating(masked, s, sp) && /[.!?]$/.test(content)),
};
