import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A full name introduced in a sentence that follows another in the same paragraph is registered,
// so later surname-only attributions resolve to it. The role phrase read before a name stopped at
// commas and verbs but not at a full stop, so it reached back into the sentence before ("… to be
// normal. But when Dr. Owen Dempsey"), read a clause, and the name was never registered.

describe('a name introduced after a sentence end', () => {
  it('is the full name of its later surname mentions', () => {
    // livescience.com (bd673bd79881), feather duvet lung
    const q = quotesOf([
      'His general practitioner ordered a chest X-ray, which was considered to be normal. But when Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary in the UK, took a look, he disagreed and performed a more detailed CT scan.',
      'Feather duvet lung is a type of "hypersensitive pneumonitis." "I\'m sure it happens much more than we realize," Dempsey said.',
      'After a year, his symptoms completely cleared and he is now fully recovered, Dempsey said.',
    ]);
    expect(find(q, 'much more than we realize')?.speaker.name).toBe('Owen Dempsey');
    expect(find(q, 'fully recovered')?.speaker.name).toBe('Owen Dempsey');
  });

  it('still reads an initialism before a name as part of its role ("U.S. Ambassador")', () => {
    const q = quotesOf([
      'Talks resumed on Monday. The former U.S. ambassador Gordon Sondland testified for hours.',
      '"We followed the president\'s orders," Sondland said.',
    ]);
    expect(find(q, 'followed the president')?.speaker.name).toBe('Gordon Sondland');
  });
});
