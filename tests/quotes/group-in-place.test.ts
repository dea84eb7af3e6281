import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// "authorities in Beijing announced", "Health authorities in China’s Inner Mongolia have
// confirmed": people speaking together where they are. The speaker is the group as the article
// names it, not the place it is in.

describe('a group in a place', () => {
  it('is the group, not the place', () => {
    // npr.org (ea25dd7e), express.co.uk (ba4dfe2d3e81)
    const q = quotesOf([
      'As Emily Feng reports for NPR, the first cases came to light last week, when authorities in Beijing announced that two infected individuals sought treatment at a hospital in the capital.',
      'Health authorities in China’s Inner Mongolia have confirmed that a third instance of the plague has been reported, after two people contracted it in Beijing earlier this month.',
    ]);
    expect(find(q, 'two infected individuals')?.speaker.name).toBe('authorities in Beijing');
    expect(find(q, 'a third instance of the plague')?.speaker.name).toBe(
      'Health authorities in China’s Inner Mongolia',
    );
  });
});
