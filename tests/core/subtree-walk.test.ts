import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { nextInSubtree } from '../../utils/dom/subtree';
import { blockFeatures } from '../../utils/boilerplate/features';
import { lcg, randomTree } from './random-tree';

// The inner pass and the block units find a block's heading, or a block inside an inline element,
// by walking the subtree node by node instead of making a collection of it: the walk must meet the
// elements the collection lists, in its order, from every element of the tree (a leaf included), and
// never step outside the element it was started from.

const shape = { texts: ['a', ' ', 'word two'], tags: ['p', 'span', 'a', 'div', 'h3', 'em', 'br', 'li'] };

function walked(root: Element): Element[] {
  const out: Element[] = [];
  for (let e = root.firstElementChild; e; e = nextInSubtree(e, root)) out.push(e);
  return out;
}

describe('walking a subtree node by node', () => {
  it('meets what getElementsByTagName("*") lists, in order, from every element of random trees', () => {
    const doc = new JSDOM('<!doctype html><body></body>').window.document;
    const rnd = lcg(17);
    for (let t = 0; t < 200; t++) {
      const tree = randomTree(doc, rnd, shape);
      doc.body.replaceChildren(doc.createElement('i'), tree, doc.createElement('b'));
      for (const el of [tree, ...Array.from(tree.getElementsByTagName('*'))])
        expect(walked(el)).toEqual(Array.from(el.getElementsByTagName('*')));
    }
  });

  it('finds a block heading among its first elements, and none in a paragraph with no element inside', () => {
    const doc = new JSDOM(
      '<!doctype html><body><div id="box"><span>Icon</span><div><h3>Most read</h3></div><a href="/x">One story today</a></div><p id="p">Plain words of a paragraph with no element inside it at all.</p></body>',
    ).window.document;
    expect(blockFeatures(doc.getElementById('box')!).heading).toBe('Most read');
    const p = blockFeatures(doc.getElementById('p')!);
    expect(p.links).toEqual([]);
    expect(p.iframes).toBe(0);
  });
});
