import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { ancestorsOf } from '../../utils/dom/ancestors';
import { findOuterBlocks, type OuterContext } from '../../utils/boilerplate/segment';

// A container of the body mostly made of a line already flagged inside it (a figure around its
// flagged caption) is covered: nothing in it is named again. Whether it is covered is told from the
// text of the paragraphs it shows, where that alone is enough, and a paragraph it does not show (in
// a hidden part) must not count.

const CAPTION =
  'The harbour at dawn, as the first ferries leave for the islands and the fishing boats come back in with the night’s catch; photographed from the old lighthouse.';
const LONG =
  'This paragraph is the article’s own text and is long enough to outweigh the flagged caption beside it by itself, so a container that shows it cannot be covered by the caption. '.repeat(
    2,
  );

function blocks(containerInner: string, main: string[]): string[] {
  const doc = new JSDOM(`<body><div class="wrap"><div class="c">${containerInner}</div></div></body>`).window.document;
  const mainEls = main.map((sel) => doc.querySelector(sel)!);
  const ctx: OuterContext = {
    mainSet: new Set(mainEls),
    ancestorSet: ancestorsOf(mainEls),
    firstMain: mainEls[0],
    lastMain: mainEls.at(-1)!,
    flagged: new Set([doc.querySelector('figcaption')!]),
    title: null,
  };
  return findOuterBlocks(doc, ctx).map((b) => b.el.className);
}

const SHARE = '<div class="share-bar"><a href="https://x.com/share">Share on X and Facebook</a></div>';
const FIGURE = `<figure><img src="a.jpg"><figcaption>${CAPTION}</figcaption></figure>`;

describe('a body container around a flagged line', () => {
  it('is looked into when the paragraphs it shows outweigh the line', () => {
    expect(blocks(`${FIGURE}<p class="u">${LONG}</p>${SHARE}`, ['.u'])).toContain('share-bar');
  });

  it('is covered when its one long paragraph is hidden', () => {
    const inner = `${FIGURE}<div hidden><p class="u">${LONG}</p></div><p class="v">Short line.</p>${SHARE}`;
    expect(blocks(inner, ['.u', '.v'])).not.toContain('share-bar');
  });
});
