import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { visibleText } from '../../utils/dom/text';

// Hostile pages nest elements thousands deep (often a hidden chain beside the article). The text
// walker must not run out of stack on them. jsdom itself slows down with depth, so the deep chain
// is built from plain objects with the few Node members the walker reads.

interface FakeNode {
  nodeType: number;
  tagName?: string;
  data?: string;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  hasAttribute(): boolean;
}

function chain(depth: number, leafText: string): FakeNode {
  const leaf: FakeNode = {
    nodeType: 3,
    data: leafText,
    firstChild: null,
    nextSibling: null,
    hasAttribute: () => false,
  };
  let node = leaf;
  for (let i = 0; i < depth; i++)
    node = {
      nodeType: 1,
      tagName: i % 2 ? 'SPAN' : 'DIV',
      firstChild: node,
      nextSibling: null,
      hasAttribute: () => false,
    };
  return node;
}

describe('visible text of deep trees', () => {
  it('reads a chain 100,000 elements deep without running out of stack', () => {
    expect(visibleText(chain(100_000, 'deep down') as unknown as Node)).toBe('deep down');
  });

  it('keeps block boundaries and skips scripts and hidden elements', () => {
    const doc = new JSDOM(
      '<body><p>One<b>two</b></p><div>three<br>four</div><script>x()</script><p hidden>no</p></body>',
    ).window.document;
    expect(visibleText(doc.body)).toBe('Onetwo three four');
  });
});
