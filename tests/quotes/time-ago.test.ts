import { describe, expect, it } from 'vitest';
import { referenceDate, statementDate } from '../../utils/quotes/dates/statement-date';
import { find, quotesOf } from './helpers';

// "A year ago, NASA announced …": a time counted back from the publication day dates the
// statement, to the month for months and years (the day is only the publication day's echo), to
// the day for days and weeks; "a few weeks ago" gives no one time.

describe('a time counted back ("a year ago")', () => {
  it('dates the statement to that month', () => {
    // aljazeera.com (42aad16bde92), published 2019-11-19T07:09:00Z: the lead's "on Monday" is not
    // when NASA made the announcement of a year before
    const q = quotesOf(
      [
        "It is for that reason that the United States's space agency NASA on Monday enlisted the engineering muscle of what are arguably the commercial space industry’s upstarts - Amazon founder Jeff Bezos’s Blue Origin and Elon Musk’s SpaceX among them - to prepare the ground for its planned 2024 crewed moon shot.",
        'A year ago, NASA announced that nine US companies were eligible to bid for contracts to regularly launch spacecraft carrying instruments and experiments, and to land that cargo on the moon as early as next year. But in May, when the space agency tapped three of those companies to send robotic landers next year, only two committed to that timeline.',
      ],
      '2019-11-19T07:09:00Z',
    );
    expect(find(q, 'nine US companies were eligible')?.date).toMatchObject({ iso: '2018-11', source: 'text' });
  });

  it('reads two days back as a day, and not "a few weeks ago"', () => {
    const ref = referenceDate('2019-11-20', new Date('2019-12-01'));
    expect(statementDate('Two days ago, the company said', ref)?.date).toBe('2019-11-18');
    expect(statementDate('A few weeks ago, the company said', ref)).toBeNull();
  });
});
