import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A quotation whose own words end a sentence before a closing inner quote mark (“… if it kills
// me!’”) ends the sentence around it, so the narration after it is a sentence of its own and the
// quotation stands alone, in the voice of the quote before it.

describe('a quotation ending in an inner quotation', () => {
  it('ends its sentence and goes on in the same voice', () => {
    // parade.com (3d8f3404), wsj.com (702d1da6)
    const q = quotesOf([
      'Mary Steenburgen was 54 when she started writing songs.',
      'But she also felt like she didn’t have much of a choice. “I was back at it by the next morning,” she said. “I just told myself: ‘I’m going to go right up and sing the bleeping song if it kills me!’” Not long after that, Steenburgen bought a house in Nashville.',
      '“My people had $20 billion done,” Mr. Trump recounted in an Oct. 21 cabinet meeting. “And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’ I said, ‘Tell them to buy larger tractors. It’s very simple.’” The cabinet members gathered around Mr. Trump laughed.',
    ]);
    expect(find(q, 'sing the bleeping song')?.speaker.name).toBe('Mary Steenburgen');
    expect(find(q, 'buy larger tractors')?.speaker.name).toMatch(/Trump/);
  });
});
