import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A mixed quote keeps its quoted words as its text and carries the whole reported clause they sit
// in, without the attribution: the sentences are the dev articles' own.

describe('the clause of a mixed quote', () => {
  it('is the clause after the verb, quotation marks kept', () => {
    // nytimes.com, trade war with China
    const q = quotesOf([
      'Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament and predilection to undercutting his own negotiating team” had complicated the already challenging task of striking a deal.',
    ]);
    const m = find(q, 'mercurial temperament');
    expect(m?.kind).toBe('mixed');
    expect(m?.text).toBe('mercurial temperament and predilection to undercutting his own negotiating team');
    expect(m?.clause).toBe(
      'the president’s “mercurial temperament and predilection to undercutting his own negotiating team” had complicated the already challenging task of striking a deal',
    );
  });

  it('is the clause before an attribution that follows it', () => {
    // usatoday.com, South Dakota's meth campaign
    const q = quotesOf([
      'South Dakota\'s meth crisis is "growing at an alarming rate" and affects every community in the state, Noem said in the campaign\'s public service announcement.',
    ]);
    expect(find(q, 'growing at an alarming rate')?.clause).toBe(
      'South Dakota\'s meth crisis is "growing at an alarming rate" and affects every community in the state',
    );
  });

  it('ends where the next attribution starts', () => {
    // thehill.com, the same campaign
    const q = quotesOf([
      'Noem later tweeted that the state’s meth epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”',
    ]);
    expect(find(q, 'dinner table')?.clause).toBe(
      'the state’s meth epidemic “needs to be a dinner table conversation,”',
    );
  });

  it('is absent on direct quotes and on quoted words that are the whole clause', () => {
    const q = quotesOf([
      '“We received an inquiry from the office of the New York State Attorney General and are cooperating in the matter,” said a WeWork spokesperson when contacted by Reuters.',
      'The president said on Tuesday that China "is going to have to make a deal that I like. If they don\'t, that\'s it."',
    ]);
    expect(find(q, 'We received an inquiry')?.clause).toBeUndefined();
    const whole = find(q, 'is going to have to make a deal');
    expect(whole?.clause).toBe('China "is going to have to make a deal that I like. If they don\'t, that\'s it."');
  });
});
