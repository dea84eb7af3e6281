import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockFeatures } from '../../utils/boilerplate/features';
import { classify } from '../../utils/boilerplate/classify';
import { mayBeLandmark } from '../../utils/boilerplate/segment';
import { analyzePage } from '../../utils/analyze';

// The outer pass classifies a region before splitting it only when the classifier could give it a
// landmark cue, which keeps a site's menu or footer whole instead of naming its parts. That pre-check
// names the tags and roles the classifier reads for those cues; if the two drift apart, a menu would
// be cut into its links. Every tag and role here is classified and the two are compared.

const TAGS = ['div', 'nav', 'header', 'footer', 'aside', 'section', 'main', 'span', 'ul', 'form', 'article'];
const ROLES = [null, 'navigation', 'menubar', 'banner', 'contentinfo', 'complementary', 'dialog', 'main', 'menu'];
const LANDMARK_CUES = ['landmark:nav', 'landmark:header', 'landmark:footer'];

describe('which regions the outer pass classifies before deciding to split them', () => {
  it('includes every region the classifier gives a landmark cue', () => {
    const { document } = new JSDOM('<body></body>').window;
    let landmarks = 0;
    for (const tag of TAGS)
      for (const role of ROLES)
        for (const inArticle of [false, true]) {
          const el = document.createElement(tag);
          if (role) el.setAttribute('role', role);
          el.textContent = 'Home News Sport';
          document.body.append(el);
          const f = blockFeatures(el);
          const ctx = { inArticle, afterMain: false, beforeMain: false };
          const c = classify(f, ctx);
          if (c.cues.some((q) => LANDMARK_CUES.includes(q))) {
            landmarks++;
            expect(mayBeLandmark(f, ctx), `<${tag} role=${role}> inArticle=${inArticle}`).toBe(true);
          }
        }
    // nav, header and footer tags and their roles, in and out of the article
    expect(landmarks).toBeGreaterThan(10);
  });

  it('leaves out plain containers, which are split by their parts', () => {
    const { document } = new JSDOM('<body><div class="sidebar-widgets"></div><aside></aside></body>').window;
    const ctx = { inArticle: false, afterMain: false, beforeMain: false };
    for (const el of Array.from(document.body.children)) expect(mayBeLandmark(blockFeatures(el), ctx)).toBe(false);
  });
});

// What a reader sees of the same decisions: the site's header stays one menu block even though it
// holds two labelled parts, and a side rail is split into its "Most read" list and its sign-up box.
const PARAGRAPH = (i: number) =>
  `<p>The council voted on Tuesday to close the old bridge to cars for good, after two years of repairs that cost the town more than it had planned, paragraph ${i} says.</p>`;
const PAGE = `<html><head><title>Bridge closes</title></head><body>
<header><div><h3>Sections</h3><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/weather">Weather</a> <a href="/life">Life</a></div>
  <div><h3>Our newsletter</h3><p>Sign up for the morning briefing in your inbox.</p></div></header>
<main><article><h1>Bridge closes</h1>${[1, 2, 3, 4, 5, 6].map(PARAGRAPH).join('')}</article>
<aside class="rail">
  <div class="box"><h3>Most read</h3><ul><li><a href="/a">Mayor opens the new library on Main Street</a></li>
    <li><a href="/b">School board approves the budget for next year</a></li>
    <li><a href="/c">Storm knocks out power across the county</a></li></ul></div>
  <div class="box"><h3>Get our daily newsletter</h3><p>Sign up to get the top stories in your inbox every morning.</p>
    <form><input type="email" placeholder="Your e-mail"><button>Subscribe</button></form></div>
</aside></main>
<footer><p>© 2024 The Town Paper. All rights reserved.</p></footer></body></html>`;

describe('the regions around an article', () => {
  it('keeps the site header whole and splits the side rail into its widgets', () => {
    const url = 'https://paper.example/news/bridge';
    const { document } = new JSDOM(PAGE, { url }).window;
    const a = analyzePage(document, url);
    if (!a.isArticle) throw new Error(a.reason);
    expect(a.main.paragraphs).toHaveLength(6);
    expect(a.blocks.map((b) => [b.category, b.text.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['nav', 'Sections Home'],
      ['sidebar', 'Most read'],
      ['newsletter', 'Get our'],
      ['footer', '© 2024'],
    ]);
  });
});
