import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A source the article describes but never names ("an insider", "an officer", "a Taliban
// representative") is that source: the quote is credited to the description, as the article
// gives it, not left with no speaker. A description that fits someone named earlier still
// resolves to that person.

describe('an unnamed source', () => {
  it('is credited by its description', () => {
    const q = quotesOf([
      // foxnews.com (eb62ac8425e5), nbcdfw.com (51d066b0602c), nypost.com (a1fca19b884e)
      '"Scooter is frustrated because his name is being dragged in the mud," an insider told the outlet on Monday.',
      '"Hey, here she is. Got her!" an officer said. "We got her. We got her."',
      'The Taliban members were released in Doha, Qatar, where the group maintains a political office, according to a Taliban representative.',
    ]);
    expect(find(q, 'Scooter is frustrated')?.speaker.name).toBe('insider');
    expect(find(q, 'Got her!')?.speaker.name).toBe('officer');
    expect(find(q, 'We got her.')?.speaker.name).toBe('officer');
    expect(find(q, 'released in Doha')?.speaker.name).toBe('Taliban representative');
  });

  it('is still the person named earlier with that role', () => {
    const q = quotesOf([
      'Foreign Ministry spokesman Nasser Kanaani spoke to reporters in Tehran.',
      '"The talks will go on," the spokesman said.',
    ]);
    expect(find(q, 'talks will go on')?.speaker.name).toBe('Nasser Kanaani');
  });
});
