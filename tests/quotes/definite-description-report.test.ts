import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers';

// A story names a source once and then calls it by a description: "The suspect said he needed to
// get dressed." A definite description with "said"/"told" (or any speech verb with "that") and a
// clause after it is a report, whether or not the sentence opens with it; a relative clause or a
// verb that takes an object ("the stock added more than 2%") is not.

describe('a definite description that reports a clause', () => {
  it('is a quote at the start of a sentence', () => {
    const q = quotesOf([
      // nbcdfw.com (51d066b0), nypost.com-style wire copy (8b194530), latimes.com (d0382c0d)
      'The suspect said he needed to get dressed.',
      'The man told doctors he ate the rabbit meat in Inner Mongolia on November 5.',
      'The utility said it will closely monitor the weather and could further reduce that number if it improves.',
      // billboard.com (eb62ac84)
      'The agreement maintained that it would not only cover Swift’s performance, but the performance of Thomas Rhett as well.',
    ]);
    expect(find(q, 'he needed to get dressed')?.speaker.role).toBe('suspect');
    expect(find(q, 'he ate the rabbit meat')).toBeDefined();
    expect(find(q, 'it will closely monitor the weather')).toBeDefined();
    expect(find(q, 'it would not only cover')).toBeDefined();
  });

  it('is not a description with a relative clause or an object', () => {
    const q = quotesOf([
      // theguardian.com-style health copy (7f93c194), cnbc.com (ffc109d4), polygraph.info (1ee91d1f)
      'In adults aged 26 or older, the number who said they had used cannabis in the past month rose by 23 percent when compared with states where recreational use isn’t allowed.',
      "The stock added more than 2% to begin the week after the beauty brand took a majority stake in Kylie Jenner's cosmetics company.",
      'According to the Jordanian government, as of 2016, the country had admitted more than 1.4 million Syrian refugees.',
    ]);
    expect(find(q, 'they had used cannabis')).toBeUndefined();
    expect(find(q, 'more than 2%')).toBeUndefined();
    // (the report is the Jordanian government's, not one of "the country" cut off before it)
    expect(find(q, '1.4 million')?.text).toMatch(/^as of 2016, the country had admitted/);
    expect(find(q, '1.4 million')?.speaker.name).toMatch(/Jordanian government/);
  });
});
