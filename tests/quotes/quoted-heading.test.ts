import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A subhead that quotes a phrase ('3. "Not some irregular channel"', '"We write with urgency"') is
// a paragraph that is only a short quotation with no sentence stop: a heading, not a quote. A
// quotation paragraph that ends its sentence is still a quote of the voice before it.

describe('a quoted subhead', () => {
  it('is not a quote', () => {
    // cbsnews.com (7a664e40), nbcnews.com (abd9d629)
    const q = quotesOf([
      '"My role was not some irregular channel, but the official channel," Volker told lawmakers.',
      '3. "Not some irregular channel"',
      '"My fears have been realized"',
      'Vindman said he had raised his concerns with the lead counsel of the National Security Council.',
      '"We write with urgency"',
    ]);
    expect(q.find((x) => x.text === 'Not some irregular channel')).toBeUndefined();
    expect(find(q, 'My fears have been realized')).toBeUndefined();
    expect(find(q, 'We write with urgency')).toBeUndefined();
  });

  it('leaves a quotation paragraph that ends its sentence', () => {
    const q = quotesOf([
      '"My role was not some irregular channel, but the official channel," Volker told lawmakers.',
      '"I frankly cringe when I hear it."',
    ]);
    expect(find(q, 'frankly cringe')?.speaker.name).toBe('Volker');
  });
});
