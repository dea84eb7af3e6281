import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "Will" opens many questions and is dropped from the front of a name phrase as a word, but before
// a lone surname it is a first name: "said Will Tjernlund" is Will Tjernlund, not "Tjernlund".

describe('a first name that is also a word', () => {
  it('stays part of the name', () => {
    const q = quotesOf([
      // wired.com (d48aeb9cf2f2) and hosted.ap.org (e7994d550087)
      'Instagram also lets you see how people interact with your stories. “I was on vacation with my parents in France and posted it on my story,” said Will Tjernlund, a consultant for Amazon sellers who has a business Instagram account.',
      '“It was an attempt to mislead voters,” Will Moy, chief executive of the London-based fact-checking website Full Fact, told the BBC.',
    ]);
    expect(find(q, 'on vacation')?.speaker.name).toBe('Will Tjernlund');
    expect(find(q, 'mislead voters')?.speaker.name).toBe('Will Moy');
  });
});
