import { colonLed } from '../span-shape';
import { personOpening } from './person-opening';
import type { QuotationRule } from './types';

/** 'Smith agreed: “It’s a different job altogether.”': the clause before the colon names the speaker. */
export const colonIntroduced: QuotationRule = {
  id: 'colon-introduced',
  credit(c) {
    if (!colonLed(c.masked, c.s, c.sp)) return null;
    const person = personOpening(c, true);
    return person && { speaker: c.speakers.speaker(person.name, c.pi), dated: c.discourse.publishedDate() };
  },
};
