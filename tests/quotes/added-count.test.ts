import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "added" is a speech verb ("…, he added.", "She added that …"), and also how a box score counts
// up: a player "added a goal". Measured on an article the quote rules had never seen, an AP NHL
// round-up (timesunion.com, ecb46e3e489d), where each such line was read as a report.

describe('"added" with a count is no report', () => {
  it('reads no quote in the lines of a sports round-up', () => {
    const q = quotesOf([
      'Anthony Beauvillier added his seventh for the Islanders, and Semyon Varlamov stopped 27 shots as New York improved to 14-0-1 in its last 15 games.',
      'Bruins 5, Devils 1: David Pastrnak and Matt Grzelcyk scored two goals apiece, and Brad Marchand added three assists to lead Boston. Tuukka Rask made 25 saves and New Jersey native Connor Clifton added a goal as the Bruins beat the Devils for the eighth time in nine meetings.',
      'Blue Jackets 5, Canadiens 2: Pierre-Luc Dubois had two goals and an assist, rookie Emil Bemstrom added a goal and an assist, and Columbus beat Montreal.',
    ]);
    expect(q).toHaveLength(0);
  });

  it('still reads a reported clause that opens with a count', () => {
    const q = quotesOf([
      'Mayor Jane Doe said the city would reopen the bridge. She added a decision on the tolls was expected next week.',
      'Police Chief Ed Kraus added two lanes would stay closed until spring.',
      'Kraus added three inspectors found no damage to the deck.',
    ]);
    expect(find(q, 'a decision on the tolls')?.speaker.name).toBe('Jane Doe');
    expect(find(q, 'two lanes would stay closed')?.speaker.name).toBe('Ed Kraus');
    expect(find(q, 'three inspectors found no damage')?.speaker.name).toBe('Ed Kraus');
  });
});
