import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A word in capitals ("AP", "CBS") is never someone's first name: the wire's credit in a dateline,
// "HANOI, Vietnam (AP) —", was read as the first word of the byline above it, "Robert Burns, Ap
// National Security Writer", and the next "He" pointed at that byline instead of the man the
// sentence named.

describe('an initialism', () => {
  it('does not stand for a person whose name starts with that word', () => {
    const q = quotesOf([
      // chron.com (db6b0816c612), an AP story
      'Robert Burns, Ap National Security Writer',
      'HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of using coercion and intimidation against smaller Asian nations to impose its will in the South China Sea. He urged Vietnam and others in the region to push back.',
    ]);
    expect(find(q, 'to push back')?.speaker.name).toBe('Mark Esper');
  });

  it('leaves a first name standing for its person', () => {
    const q = quotesOf([
      'Tottenham have appointed Jose Mourinho as their new manager.',
      '“Welcome Jose,” the club posted, and Jose said he was “excited” to start.',
    ]);
    expect(find(q, 'excited')?.speaker.name).toBe('Jose Mourinho');
  });
});
