import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockFeatures, wordsExceed } from '../../utils/boilerplate/features';
import { wordCount } from '../../utils/dom/text';
import { classify } from '../../utils/boilerplate/classify';

// The classifier compares a block's words with bounds (three words a link tells a menu from a teaser
// list; a donation link counts in a block under 400 words) and counts them only as far as each bound.
// These blocks sit on either side of the bounds: a count that stopped one word short or one too
// late would name them the other way.

const OUTSIDE = { inArticle: false, afterMain: true, beforeMain: false };

function block(html: string) {
  const { document } = new JSDOM(`<body><div>${html}</div></body>`).window;
  return blockFeatures(document.body.firstElementChild!);
}

const link = (href: string, text: string) => `<a href="${href}">${text}</a>`;

describe('a list of links, by its words per link', () => {
  it('is a menu at three words a link', () => {
    // 3 links, 9 words
    const f = block(
      [link('/arts', 'Arts and Culture'), link('/food', 'Food and Drink'), link('/home', 'Home and Garden')].join(' '),
    );
    expect(classify(f, OUTSIDE).cues).toContain('links:menu');
  });

  it('is a teaser list past three words a link', () => {
    // 3 links, 10 words
    const f = block(
      [link('/arts', 'Arts and Culture'), link('/food', 'Food and Drink'), link('/home', 'Home and the Garden')].join(
        ' ',
      ),
    );
    const c = classify(f, OUTSIDE);
    expect(c.cues).toContain('links:teasers');
    expect(c.category).toBe('related');
  });
});

describe('a donation link, by the words around it', () => {
  // 19 words a sentence
  const SENTENCE =
    'Our reporters covered the council meeting and the flood for months, and readers like you paid for that work. ';
  const appeal = (sentences: number, extra: string) =>
    `<p>${SENTENCE.repeat(sentences)}${extra}</p><p>${link('/donate', 'Donate')}</p>`;

  it('counts in a block of 399 words', () => {
    // 20 sentences (380 words), 18 more, and the link's word
    const extra = 'Please give what you can today so we can keep reporting on the town for all our readers.';
    const f = block(appeal(20, extra));
    expect(classify(f, OUTSIDE).cues).toContain('link:donate');
    expect(f.words).toBe(399);
  });

  it('does not in a block of 400 words', () => {
    // one word more
    const extra = 'Please give what you can today so we can keep reporting on the town for all of our readers.';
    const f = block(appeal(20, extra));
    expect(classify(f, OUTSIDE).cues).not.toContain('link:donate');
    expect(f.words).toBe(400);
  });
});

describe('a block asked against several bounds', () => {
  // a count kept from one bound answers the next: asked in any order, every answer is the full count's
  it('gets the answer the full count gives at each, in any order', () => {
    const texts = [
      'Most read',
      'Sign up for the morning briefing in your inbox.',
      'Home News Sport Weather Life Arts and Culture Food and Drink Obituaries Contact us',
    ];
    const orders = [
      [0, 2, 5, 14, 60, 150, 399],
      [399, 150, 60, 14, 5, 2, 0],
      [5, 0, 60, 2, 14, 399, 4, 150, 3],
    ];
    for (const text of texts)
      for (const order of orders) {
        const f = block(`<p>${text}</p>`);
        for (const n of order) expect(wordsExceed(f, n), `${text} > ${n}`).toBe(wordCount(text) > n);
        expect(f.words).toBe(wordCount(text));
      }
  });
});
