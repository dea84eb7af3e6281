import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockFeatures, hasAnyToken, tokensOf } from '../../utils/boilerplate/features';
import { startAnalysisCaches } from '../../utils/dom/analysis-cache';

// Within an analysis, whether a block holds a form, an e-mail field or a text box is answered from
// the page's few forms and fields, listed once; outside one, by walking the block. A sign-up box
// must be told the same way both ways, in the page and in a detached copy (Readability's article).

const PAGE = `<body>
  <header><form role="search"><input type="search" name="q"></form></header>
  <main><article><p>Story text that runs on for a while.</p>
    <div class="newsletter"><h3>Get our daily newsletter</h3>
      <form><input type="email" placeholder="Your e-mail"><button>Subscribe</button></form></div>
  </article>
  <section id="comments"><h2>Leave a reply</h2><form><textarea name="comment"></textarea>
    <input name="author-email"></form></section></main>
  <footer><p>© 2024</p></footer></body>`;

type Parts = [boolean, boolean, boolean];
const parts = (el: Element): Parts => {
  const f = blockFeatures(el);
  return [f.hasForm, f.hasEmailInput, f.hasTextarea];
};

function answers(root: Element, inAnalysis: boolean): Parts[] {
  const stop = inAnalysis ? startAnalysisCaches() : null;
  try {
    return [root, ...Array.from(root.querySelectorAll('*'))].map(parts);
  } finally {
    stop?.();
  }
}

describe('the forms and fields a block holds', () => {
  const doc = new JSDOM(PAGE).window.document;

  it('are the same within an analysis as by walking each block', () => {
    const walked = answers(doc.body, false);
    expect(answers(doc.body, true)).toEqual(walked);
    // the sign-up box holds its e-mail field; the story's paragraph holds no form
    const box = doc.querySelector('.newsletter')!;
    expect(walked[[doc.body, ...Array.from(doc.body.querySelectorAll('*'))].indexOf(box)]).toEqual([true, true, false]);
  });

  it('are the same in a detached copy of the article', () => {
    const copy = doc.querySelector('main')!.cloneNode(true) as Element;
    expect(answers(copy, true)).toEqual(answers(copy, false));
  });
});

describe('asking for a few class tokens', () => {
  it('agrees with the element’s own tokens', () => {
    const doc = new JSDOM(
      `<p><span class="HoverCard">a</span><span class="js-popup-flyout">b</span><span class="popups">c</span>
       <span id="tooltipWrap" class="x">d</span><span>e</span><span class="wp-caption-text">f</span></p>`,
    ).window.document;
    const asked = ['tooltip', 'popup', 'hovercard', 'flyout', 'wp-caption-text', 'caption'];
    for (const el of Array.from(doc.querySelectorAll('span'))) {
      const own = tokensOf(el);
      for (const t of asked) expect(hasAnyToken(el, [t]), `${el.outerHTML} ${t}`).toBe(own.has(t));
    }
  });
});
