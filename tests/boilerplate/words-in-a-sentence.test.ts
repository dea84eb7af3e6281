// A link or a bold phrase inside a sentence is the sentence's words, even when it says what a share
// bar or a promo says: cutting it out leaves the reader a broken sentence. Real trafilatura-dev
// page; the sentence is one its gold wants kept whole.
import { describe, expect, it } from 'vitest';
import { trDevAnalyser } from '../helpers/tr-dev';

const analysed = trDevAnalyser();

describe('words of a sentence that look like page furniture', () => {
  it('keeps "Follow us" and "subscribe to our YouTube channel" linked inside the opening paragraph (appen.com)', () => {
    const a = analysed('d44c5ef50718437984dca47627dee96b');
    expect(a.main).toContain(
      'At Appen, we provide high-quality training data for machine learning and artificial intelligence. ' +
        'Follow us to stay up to date on industry trends.',
    );
    expect(a.main).toContain(
      'Check back for regular news roundups and subscribe to our YouTube channel for video updates.',
    );
    // neither link is reported as a block of its own
    expect(a.blocks.filter((b) => b.text === 'Follow us' && b.placement === 'inside')).toEqual([]);
    expect(a.blocks.filter((b) => b.text === 'subscribe to our YouTube channel')).toEqual([]);
  });

  it('still takes out the page\'s "Follow us" bar and the newsletter box, which stand on their own (appen.com)', () => {
    const a = analysed('d44c5ef50718437984dca47627dee96b');
    expect(a.main).not.toContain('Subscribe to email updates');
    expect(a.main).not.toContain('Trending Posts');
    expect(a.blocks.find((b) => b.text.startsWith('Subscribe to email updates'))?.category).toBe('newsletter');
  });
});
