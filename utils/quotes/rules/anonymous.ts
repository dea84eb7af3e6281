import { isFloating } from '../span-shape';
import { UNATTRIBUTED } from '../tuning';
import type { QuotationRule } from './types';

/** A long floating quotation nobody is credited with is still speech: kept with no speaker. */
export const anonymous: QuotationRule = {
  id: 'anonymous',
  credit: (c) =>
    c.words >= UNATTRIBUTED.anonymousMinWords && isFloating(c.masked, c.s, c.sp)
      ? { speaker: { name: null, role: null, mention: null }, dated: c.discourse.publishedDate() }
      : null,
};
