import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockFeatures } from '../../utils/boilerplate/features';
import { classify } from '../../utils/boilerplate/classify';
import { mayBeLandmark } from '../../utils/boilerplate/segment';

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
