import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyzeLiveArticle } from '../helpers/article';

// The marks land on live elements: every paragraph of the main body must come back as the page's
// own element holding that text, however Readability reshaped its clone on the way.

const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the story tells what the council decided on Tuesday, why the vote was close, and what the mayor said about the budget, the schools and the new bridge over the river.`;

function page(body: string): Document {
  return new JSDOM(
    `<!doctype html><html><head><title>Council votes on budget</title></head><body>${body}</body></html>`,
    { url: 'https://news.example/council' },
  ).window.document;
}

function expectLiveParagraphs(doc: Document) {
  const { analysis: a, live } = analyzeLiveArticle(doc, doc.URL);
  expect(a.isArticle).toBe(true);
  expect(a.main.paragraphs.length).toBeGreaterThanOrEqual(5);
  const elements = live.mainElements;
  a.main.paragraphs.forEach((text, i) => {
    const el = elements[i];
    expect(el && doc.body.contains(el)).toBe(true);
    expect(el.textContent!.replace(/\s+/g, ' ').trim()).toBe(text);
  });
  // each paragraph is a place of its own in the page
  expect(new Set(elements).size).toBe(a.main.paragraphs.length);
}

/** The very same elements, in order (toEqual would take two copies of one paragraph for equal). */
function expectSamePlaces(got: Element[], want: Element[]) {
  expect(got.length).toBe(want.length);
  got.forEach((el, i) => expect(el === want[i], `paragraph ${i + 1} of ${want.length} is its own element`).toBe(true));
}

describe('main body elements are the live page elements', () => {
  it('maps paragraphs Readability kept as they were', () => {
    expectLiveParagraphs(
      page(`<article>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${PARAGRAPH(n)}</p>`).join('')}</article>`),
    );
  });

  it('maps paragraphs Readability rebuilt a <div> of text into', () => {
    expectLiveParagraphs(
      page(`<article>${[1, 2, 3, 4, 5, 6].map((n) => `<div>${PARAGRAPH(n)}</div>`).join('')}</article>`),
    );
  });

  it('maps paragraphs found only on a retry, after Readability rebuilt the body from its HTML', () => {
    // a class Readability takes for a sidebar: its first pass drops the story, finds too little
    // text, puts the body back from HTML and tries again without that rule
    expectLiveParagraphs(
      page(
        `<div class="sidebar-wrap">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${PARAGRAPH(n)}</p>`).join('')}</div><nav><a href="/">Home</a></nav>`,
      ),
    );
  });

  it('maps two paragraphs with the same words to their own places', () => {
    // loose <span>s between blocks: Readability wraps each in a <p> of its own making, which has no
    // original; the same words twice must still land on the first and then the second span
    const repeated = "Read the full statement from the council below, and the mayor's answer to it after that.";
    const doc = page(
      `<article><div>${[1, 2, 3].map((n) => `<p>${PARAGRAPH(n)}</p><span>${repeated}</span>`).join('')}<p>${PARAGRAPH(4)}</p></div></article>`,
    );
    expectLiveParagraphs(doc);
    const { live } = analyzeLiveArticle(doc, doc.URL);
    expectSamePlaces(
      live.mainElements.filter((e) => e.tagName === 'SPAN'),
      Array.from(doc.querySelectorAll('article span')),
    );
  });

  it('maps repeated paragraphs to their own places when a retry lost their positions', () => {
    // a <div> put inside a <p> by script cannot survive Readability's round trip through HTML, so
    // after its retry the paragraphs that follow have no position and are found again by their text
    const repeated = 'The council will meet again next week to vote on the final budget, the clerk said on Tuesday.';
    const doc = page(
      `<div class="sidebar-wrap"><p id="broken">Intro</p>${[1, 2, 3].map((n) => `<p>${PARAGRAPH(n)}</p><p class="again">${repeated}</p>`).join('')}</div><nav><a href="/">Home</a></nav>`,
    );
    doc.getElementById('broken')!.appendChild(doc.createElement('div')).textContent = 'A box';
    const { analysis: a, live } = analyzeLiveArticle(doc, doc.URL);
    expect(a.isArticle).toBe(true);
    expectSamePlaces(
      live.mainElements.filter((e) => e.classList.contains('again')),
      Array.from(doc.querySelectorAll('p.again')),
    );
  });

  it('leaves out text the page hides, however it hides it', () => {
    // Readability drops hidden elements; only elements with a style, hidden or aria-hidden
    // attribute are asked whether they are hidden, so each way of hiding is checked here
    const hidden = [
      '<div style="display: none">Hidden by display none, a draft paragraph nobody should quote.</div>',
      '<div style="visibility:hidden">Hidden by visibility, a second draft paragraph to leave out.</div>',
      '<div hidden>Hidden by the hidden attribute, a third draft paragraph to leave out.</div>',
      '<div aria-hidden="true">Hidden from assistive technology, a fourth draft paragraph.</div>',
    ];
    const doc = page(
      `<article>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${PARAGRAPH(n)}</p>${hidden[n - 1] ?? ''}`).join('')}<p style="color: red">${PARAGRAPH(7)}</p></article>`,
    );
    const { analysis: a } = analyzeLiveArticle(doc, doc.URL);
    expect(a.main.text).not.toMatch(/draft paragraph/);
    expect(a.main.paragraphs).toContain(PARAGRAPH(7));
    expect(a.main.paragraphs).toHaveLength(7);
  });

  it('maps a text-only <div> that Readability moved beside the story to that <div>', () => {
    // the summary's words become a <p> of Readability's making that replaces the <div>, and the
    // <p> is then moved into Readability's own article wrapper, away from any page element
    const lede =
      'Three people died in the protests on Tuesday, the public defender said, after clashes between the two camps in the capital.';
    const doc = page(
      `<div class="summary">${lede}</div><div class="story">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${PARAGRAPH(n)}</p>`).join('')}</div>`,
    );
    const { analysis: a, live } = analyzeLiveArticle(doc, doc.URL);
    expect(a.main.paragraphs[0]).toBe(lede);
    expect(live.mainElements[0] === doc.querySelector('div.summary')).toBe(true);
    expectLiveParagraphs(doc);
  });

  it('maps paragraphs on a page with <style> blocks in its head and body, and leaves the page styled', () => {
    // the clone leaves out the stylesheets' text; the <style> elements stay, so positions hold
    const css = 'p { color: #222 } .story { margin: 0 auto }';
    const doc = page(
      `<style>${css}</style><div class="story"><style>.x{}</style>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${PARAGRAPH(n)}</p>`).join('')}</div>`,
    );
    doc.head.insertAdjacentHTML('beforeend', `<style>${css}</style>`);
    const before = doc.documentElement.outerHTML;
    expectLiveParagraphs(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
