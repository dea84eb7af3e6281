import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A bracket after a name (a party and state, an acronym) is not part of it: "Rep. Brian Babin
// (R-TX)" was credited to "Brian Babin R-TX", "the Centre for Disease Control (CDC)" to "Centre for
// Disease Control CDC".

describe('a bracket after a name', () => {
  it('is left out of the speaker', () => {
    const q = quotesOf([
      // thespacereview.com (c00962aabe7b) and express.co.uk (ba4dfe2d3e81)
      '“Every space exploration study conducted over the last 40 years indicated that the most optimal architectures require a heavy-lift launch vehicle,” said Rep. Brian Babin (R-TX), ranking member of the House Science Committee’s space subcommittee, during a hearing last week.',
      'According to the Centre for Disease Control (CDC) in the US, the plague is treatable with antibiotics.',
    ]);
    expect(find(q, 'Every space exploration study')?.speaker.name).toBe('Brian Babin');
    expect(find(q, 'treatable with antibiotics')?.speaker.name).toBe('Centre for Disease Control');
  });
});
