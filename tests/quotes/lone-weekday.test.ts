import { describe, expect, it } from 'vitest';
import { chronoDate, referenceDate, statementDate } from '../../utils/quotes/dates/statement-date';

// A weekday alone ("Tuesday", "Monday night": a lead's news day, a dated occasion) is read without
// chrono; the day must be the one chrono's reading gives, moved into the past the same way, on
// every day of the year, whatever the case of the words and with or without a later update.

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const PARTS = ['', ' morning', ' afternoon', ' evening', ' night'];
const CASES = [
  (w: string) => w,
  (w: string) => w.replace(/\b\w/g, (c) => c.toUpperCase()),
  (w: string) => w.toUpperCase(),
];

const dayAfter = (day: string, n: number) => new Date(Date.parse(day) + n * 86400000).toISOString().slice(0, 10);

describe('a lone weekday', () => {
  it('is the day chrono reads, on every day of a year', () => {
    let k = 0;
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2020, 0, 1); t += 86400000) {
      const published = new Date(t).toISOString().slice(0, 10);
      const ref = referenceDate(published, new Date());
      for (const weekday of WEEKDAYS)
        for (const part of PARTS) {
          const words = CASES[k % 3](`${weekday}${part}`);
          const updated = [null, dayAfter(published, 1), dayAfter(published, 2)][k++ % 3];
          expect(statementDate(words, ref, updated), `${words} ${published} ${updated}`).toEqual(
            chronoDate(words, ref, updated),
          );
        }
    }
  });

  it('goes back a week from a weekday after the publication day, unless an update came on it', () => {
    const ref = referenceDate('2019-11-19', new Date()); // a Tuesday
    expect(statementDate('Thursday', ref)).toEqual({ date: '2019-11-14', text: 'Thursday' });
    expect(statementDate('Wednesday night', ref, '2019-11-20')).toEqual({
      date: '2019-11-20',
      text: 'Wednesday night',
    });
    expect(statementDate('Monday morning', ref)).toEqual({ date: '2019-11-18', text: 'Monday morning' });
  });
});
