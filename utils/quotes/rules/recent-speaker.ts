import { datedAs } from '../discourse';
import { isFloating } from '../span-shape';
import { UNATTRIBUTED } from '../tuning';
import type { QuotationRule } from './types';

/** A floating quotation paragraph just after another speaker's quote goes on in that voice. */
export const recentSpeaker: QuotationRule = {
  id: 'recent-speaker',
  credit(c) {
    if (c.words < UNATTRIBUTED.recentSpeakerMinWords || !isFloating(c.masked, c.s, c.sp)) return null;
    const last = c.discourse.recentQuote(c.pi, UNATTRIBUTED.recentSpeakerReach);
    return last && { speaker: last.speaker, dated: datedAs(last) };
  },
};
