import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BLOCK_TAGS, collapseSpace, isSkippedElement, visibleText } from '../../utils/dom/text';
import { startAnalysisCaches } from '../../utils/dom/analysis-cache';
import { lcg, randomTree } from './random-tree';

// visibleText builds each element's text from its children's already-collapsed pieces. The reader
// must see exactly what collapsing the whole raw text would give: words from neighbouring inline
// elements stay joined ("co<b>op</b>" is "coop"), blocks and line breaks set words apart, runs of
// spaces, tabs and no-break spaces become one space. The reference below is the plain definition.

function rawReference(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  const el = node as Element;
  if (isSkippedElement(el)) return '';
  if (el.tagName === 'BR') return '\n';
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1 && c.nodeType !== 3) continue;
    const t = rawReference(c);
    if (!t) continue;
    out += c.nodeType === 1 && BLOCK_TAGS.has((c as Element).tagName) ? ` ${t} ` : t;
  }
  return out;
}

/** The trees the property test draws: awkward spaces of every kind, inline and block tags. */
const SHAPE = {
  texts: [
    '',
    ' ',
    '  ',
    'co',
    'op',
    ' word',
    'word ',
    ' two words ',
    '\u00a0',
    'a\u00a0b',
    '\t\n',
    'x\u200by',
    'end.',
    // text kept as it is when collapsing would not change it: only plain single spaces inside it
    'two  spaces',
    '\u200bzero width\u200b',
    'a\u3000b',
    '\ufeff',
    ' lead',
    // trimmed before collapsing: indentation around words, and zero-width spaces trim keeps
    '\n    indented words\n  ',
    '\u200b',
    ' \u200b\t',
    '\n\u200bx ',
  ],
  tags: ['span', 'b', 'a', 'p', 'div', 'li', 'br', 'script', 'em', 'h2'],
};

describe('visibleText', () => {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;

  it('joins inline words, sets blocks and line breaks apart, and collapses every kind of space', () => {
    doc.body.innerHTML =
      '<div> co<b>op</b>\u00a0\u00a0<i> ab </i>c<br>d<p>e</p>f<script>no</script>  <span> </span> g </div>';
    expect(visibleText(doc.body.firstChild!)).toBe('coop ab c d e f g');
  });

  it('leaves out every element with the hidden attribute, whatever its kind and its value', () => {
    // (an element's `hidden` property answers for most: a MathML element has none, "until-found"
    // is a string, and a form's property is its control named "hidden" where it has one)
    doc.body.innerHTML =
      '<div>a <span hidden>b</span> <span hidden="until-found">c</span> <form><input name="hidden">d</form> ' +
      '<form hidden><input name="hidden">e</form> <math hidden><mi>f</mi></math> <math><mi>g</mi></math></div>';
    const div = doc.body.firstElementChild!;
    expect(visibleText(div)).toBe('a d g');
    expect(Array.from(div.children).map((e) => isSkippedElement(e))).toEqual([true, true, false, true, true, false]);
  });

  it('gives exactly the collapsed raw text for any tree, asked inside an analysis or not', () => {
    const rnd = lcg(20261122);
    for (let k = 0; k < 400; k++) {
      const root = randomTree(doc, rnd, SHAPE);
      const els = [root, ...Array.from(root.getElementsByTagName('*'))];
      const expected = els.map((e) => collapseSpace(rawReference(e)));
      expect(els.map((e) => visibleText(e))).toEqual(expected);
      // inside an analysis the pieces are kept: asking the innermost first must not change a word
      const stop = startAnalysisCaches();
      try {
        expect(
          els
            .slice()
            .reverse()
            .map((e) => visibleText(e))
            .reverse(),
        ).toEqual(expected);
      } finally {
        stop();
      }
    }
  });
});
