import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// People speaking together are named by what they are about ("Experts on jail suicide", "Backers
// of tariffs") or by "both" ("Both sides", "Both men"), as well as by where they are ("authorities
// in Beijing"): each is a group that speaks, so its report is a quote.

describe('a group named by its topic or by "both"', () => {
  it('speaks', () => {
    const q = quotesOf([
      // usatoday.com (c58aa507), politifact.com (b6906ca0), nypost.com (a1fca19b), afp via france24 (833caf3b)
      'Experts on jail suicide told USA TODAY that an inmate can be removed from suicide watch only if a licensed mental health professional concludes the inmate is no longer at risk for attempting suicide.',
      'Backers of tariffs say that they help American companies become more competitive with their foreign counterparts.',
      'Both sides said they were hopeful the swap could lead to a breakthrough in stalled efforts to bring the Taliban to the negotiating table.',
      'Both men claimed at the time that they were being treated well and asked their governments to help in their release.',
      "Israeli settlers, who overwhelmingly form part of Netanyahu's right-wing constituency, said the US policy change paved the way for the annexation of West Bank settlements into Israel.",
    ]);
    expect(find(q, 'suicide watch')?.speaker.name).toBe('Experts on jail suicide');
    expect(find(q, 'more competitive')?.speaker.name).toBe('Backers of tariffs');
    expect(find(q, 'hopeful the swap')?.speaker.name).toBe('sides');
    expect(find(q, 'treated well')).toBeDefined();
    expect(find(q, 'paved the way')?.speaker.name).toBe('Israeli settlers');
  });

  it('is not a group with a capitalised name after it', () => {
    const q = quotesOf(['Members of the House Intelligence Committee said the hearing would resume on Monday.']);
    expect(find(q, 'hearing would resume')?.speaker.name).not.toBe('Members');
  });
});
