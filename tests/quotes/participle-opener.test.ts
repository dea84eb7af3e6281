import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "Noting that …, Malaska asked": a speech verb's participle opening the sentence with "that"
// reports the clause up to the comma before the sentence's subject, who says it. Without "that"
// ("Speaking at the rally, Patrick said …") the participle reports nothing.

describe('a participle that opens the sentence', () => {
  it('reports its "that" clause in the voice of the subject', () => {
    // sciencealert.com (359fee22), ctpost.com (a6968f42)
    const q = quotesOf([
      'Noting that on Earth there is a bacterium that can survive just on a hydrocarbon called acetylene and water, Malaska asked, "Could it or something like it live in Titan deep in the crust?"',
      'Arguing that voters are just now beginning to tune in, with the first votes less than 100 days away, Patrick has said he will have visibility when the populace is really paying attention.',
    ]);
    expect(find(q, 'there is a bacterium')?.speaker.name).toBe('Malaska');
    expect(find(q, 'voters are just now')?.text).toBe(
      'voters are just now beginning to tune in, with the first votes less than 100 days away',
    );
    expect(find(q, 'voters are just now')?.speaker.name).toBe('Patrick');
    expect(find(q, 'he will have visibility')?.speaker.name).toBe('Patrick');
  });

  it('reports nothing without "that"', () => {
    const q = quotesOf(['Speaking at the rally in Columbia, Patrick said voters would tune in after the holidays.']);
    expect(find(q, 'at the rally')).toBeUndefined();
  });
});
