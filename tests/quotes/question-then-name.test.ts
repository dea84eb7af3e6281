import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// '“Can I give it to James?” Brooke tearfully asked.': the question mark ends the words said, not
// the sentence; the name and verb after it attribute the question. Split there, the question
// floated and went to whoever spoke last. foxnews.com (7dfc3e35), thespacereview.com (c00962aa).

describe('a quoted question or exclamation followed by a name and a verb', () => {
  it('is credited to that name', () => {
    const q = quotesOf([
      '“This is not easy. First of all, this is not at all what I expected to see here,” judge Inaba noted as she made her decision.',
      'Upon hearing the news that she would be advancing to the finals, Brooke offered her spot to Van Der Beek.',
      '“Can I give it to James?” Brooke tearfully asked before apologizing to the actor.',
    ]);
    expect(find(q, 'Can I give it to James?')?.speaker.name).toBe('Brooke');
  });

  it('is credited after "asked again"', () => {
    const q = quotesOf([
      '“What is the contingency if, for some reason, those commercial rockets are not available by 2024,” Rep. Robert Aderholt asked. NASA Administrator Jim Bridenstine noted that the Falcon Heavy is, in fact, in service today.',
      '“But if commercial’s not available, what’s the contingency plan?” Aderholt asked again.',
    ]);
    expect(find(q, 'contingency plan?')?.speaker.name).toBe('Robert Aderholt');
  });

  it('still ends the sentence before one that does not attribute it', () => {
    const q = quotesOf([
      '“We will not back down,” Mayor Jane Ortiz said on Monday.',
      'Reporters pressed her on the budget. “Why would we?” The council voted the plan down an hour later.',
    ]);
    expect(q.every((x) => x.speaker.name !== 'The council')).toBe(true);
  });
});
