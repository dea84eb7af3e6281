import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "Name, Title, said …": a capitalised title ("Head of Research at ICICI Securities", "Hong Kong’s
// new police commissioner") between a name and its verb is an appositive, like a lowercase one
// ("a senior analyst at Stratfor"); the name before it speaks.

describe('a capitalised title in apposition to a name', () => {
  it('is skipped to the name', () => {
    const q = quotesOf([
      // moneycontrol.com (65408257), abc.net.au-style wire (624fcd90), adweek.com (8267acac)
      'Pankaj Pandey, Head of Research at ICICI Securities, pointed out that this is a stock-specific market.',
      'Chris Tang, Hong Kong’s new police commissioner, said in an interview that police alone are not able to end the violence.',
      '"Our strategy is to be where the consumer is," Strauss Zelnick, CEO of Take-Two, adds.',
    ]);
    expect(find(q, 'stock-specific market')?.speaker.name).toBe('Pankaj Pandey');
    expect(find(q, 'police alone')?.speaker.name).toBe('Chris Tang');
    expect(find(q, 'Our strategy')?.speaker.name).toBe('Strauss Zelnick');
  });

  it('does not make a list of places a speaker', () => {
    const q = quotesOf(['Officials in Paris, London, Berlin said the talks would resume next week in Geneva.']);
    expect(find(q, 'talks would resume')?.speaker.name).not.toBe('Paris');
  });
});
