import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyzePage } from '../../utils/analyze';

// The marks land on live elements: every paragraph of the main body must come back as the page's
// own element holding that text, however Readability reshaped its clone on the way.

const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the story tells what the council decided on Tuesday, why the vote was close, and what the mayor said about the budget, the schools and the new bridge over the river.`;

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><head><title>Council votes on budget</title></head><body>${body}</body></html>`, { url: 'https://news.example/council' }).window.document;
}

function expectLiveParagraphs(doc: Document) {
  const a = analyzePage(doc, doc.URL);
  expect(a.isArticle).toBe(true);
  expect(a.main.paragraphs.length).toBeGreaterThanOrEqual(5);
  const elements = a.main.elements ?? [];
  a.main.paragraphs.forEach((text, i) => {
    const el = elements[i];
    expect(el && doc.body.contains(el)).toBe(true);
    expect(el.textContent!.replace(/\s+/g, ' ').trim()).toBe(text);
  });
  // each paragraph is a place of its own in the page
  expect(new Set(elements).size).toBe(a.main.paragraphs.length);
}

describe('main body elements are the live page elements', () => {
  it('maps paragraphs Readability kept as they were', () => {
    expectLiveParagraphs(page(`<article>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${PARAGRAPH(n)}</p>`).join('')}</article>`));
  });

  it('maps paragraphs Readability rebuilt a <div> of text into', () => {
    expectLiveParagraphs(page(`<article>${[1, 2, 3, 4, 5, 6].map((n) => `<div>${PARAGRAPH(n)}</div>`).join('')}</article>`));
  });

  it('maps paragraphs found only on a retry, after Readability rebuilt the body from its HTML', () => {
    // a class Readability takes for a sidebar: its first pass drops the story, finds too little
    // text, puts the body back from HTML and tries again without that rule
    expectLiveParagraphs(page(`<div class="sidebar-wrap">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${PARAGRAPH(n)}</p>`).join('')}</div><nav><a href="/">Home</a></nav>`));
  });
});
