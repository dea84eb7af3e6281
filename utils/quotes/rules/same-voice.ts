import { datedAs } from '../discourse';
import { colonLed, isFloating } from '../span-shape';
import { UNATTRIBUTED } from '../tuning';
import type { QuotationRule } from './types';

/** '“A,” Lopez said. “B.”': a quotation that is a whole sentence goes on in the voice of the
 * paragraph's last quote. */
export const sameVoice: QuotationRule = {
  id: 'same-voice',
  credit(c) {
    const prev = c.found.at(-1);
    if (!prev || c.words < UNATTRIBUTED.sameVoiceMinWords) return null;
    if (!isFloating(c.masked, c.s, c.sp) && !colonLed(c.masked, c.s, c.sp)) return null;
    return { speaker: prev.speaker, dated: datedAs(prev) };
  },
};
