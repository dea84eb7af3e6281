import { describe, expect, it } from 'vitest';
import { referenceDate, statementDate } from '../../utils/quotes/dates/statement-date';
import { find, quotesOf } from './helpers';

// A sentence's opening phrase that tells of another event ("In addition to the three fatalities …
// on Tuesday,", "When the officers discovered Epstein's body Aug. 10,") carries that event's time,
// not the time of the statement that follows; one about the saying itself ("When asked …") does.

describe('a date in an opening phrase about another event', () => {
  it('does not date the allegation that follows it', () => {
    // usatoday.com (c58aa507c4de), published 2019-11-19
    const q = quotesOf(
      [
        "Tuesday, prosecutors asserted that Noel and Thomas were the only officers assigned to Epstein's housing unit, and no inmate checks were conducted for at least eight hours. When the officers discovered Epstein's body Aug. 10, prosecutors alleged that Noel and Thomas both acknowledged to supervisors that they had not made their required checks.",
      ],
      '2019-11-19',
    );
    expect(find(q, 'had not made their required checks')?.date?.iso).toBe('2019-11-19');
  });

  it('is passed over in the attribution’s words, an additive phrase too', () => {
    const ref = referenceDate('2019-11-20', new Date('2019-12-01'));
    // rt.com (4a44ab3e4c41), published 2019-11-20
    const rt =
      'In addition to the three fatalities at a fuel plant on Tuesday, Bolivia’s public defender’s office said';
    expect(statementDate(rt, ref)).toBeNull();
  });

  it('keeps the time of a phrase about the saying', () => {
    const ref = referenceDate('2019-11-20', new Date('2019-12-01'));
    expect(statementDate('When asked about the deal on Tuesday, the minister said', ref)?.date).toBe('2019-11-19');
    expect(statementDate('When he spoke to reporters on Tuesday, the minister said', ref)?.date).toBe('2019-11-19');
  });
});
