import { isFloating } from '../span-shape';
import { UNATTRIBUTED } from '../tuning';
import { personOpening } from './person-opening';
import type { QuotationRule } from './types';

/** 'Her son, filmmaker Charlie McDowell, remembers it as a trying time. “If your mom …”': a floating
 * quotation after a sentence that introduces a person is that person's. */
export const introducedPerson: QuotationRule = {
  id: 'introduced-person',
  credit(c) {
    if (c.words < UNATTRIBUTED.introducedMinWords || !isFloating(c.masked, c.s, c.sp)) return null;
    const person = personOpening(c, false);
    return person && { speaker: c.speakers.speaker(person.name, c.pi), dated: c.discourse.publishedDate() };
  },
};
