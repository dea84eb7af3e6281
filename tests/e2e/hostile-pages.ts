import type { ServeOptions } from './harness';

// Hostile pages made at test time (too big to commit), and the policy the CSP fixture is served
// with: shared by the Chromium and the Firefox sweeps.

/** No inline script, styles only from the page's origin. */
export const CSP = "default-src 'none'; style-src 'self'";

const PARAGRAPH = (i: number) =>
  `<p>"The harbour needs a terminal that lasts, and section ${i} of the plan says how we pay for it," said Maria Okafor, the chair of the harbour board, at the meeting on Monday. ` +
  `Residents on the eastern side of the quay said the traffic plan for part ${i} still left too many questions open and asked for the contracts to be published before any work begins.</p>\n`;

const COMMENT = (i: number) =>
  `<li class="comment"><div class="comment__meta"><a href="/users/${i}">reader${i}</a> <time>2 hours ago</time></div>` +
  `<p>Comment ${i}: I live by the quay and the traffic is already bad in the mornings, so I hope the board reads the residents' letters before the contracts are signed.</p>` +
  `<div class="comment__actions"><button>Reply</button> <button>Report</button></div></li>\n`;

/**
 * A 5 MB page the way heavy news sites are heavy: a long article (about 1 MB, a quote in every
 * paragraph), thousands of reader comments and a large inline JSON state blob.
 */
export function bigArticle(): string {
  const MB = 1024 * 1024;
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour board approves the new ferry terminal</title>
<meta property="og:site_name" content="The Harbour Gazette"><meta property="article:published_time" content="2024-05-14T08:30:00+00:00"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Harbour board approves the new ferry terminal</h1><p class="byline">By Ruth Alvarez, May 14, 2024</p>\n`;
  let article = '';
  for (let i = 0; article.length < MB; i++) article += PARAGRAPH(i);
  let comments = '';
  for (let i = 0; comments.length < 2 * MB; i++) comments += COMMENT(i);
  const state = JSON.stringify({
    items: Array.from({ length: 13_000 }, (_, i) => ({ id: i, title: `Story ${i}`, teaser: 'x'.repeat(120) })),
  });
  const tail = `</article><section class="comments"><h2>Comments</h2><ol>${comments}</ol></section></main>
<footer><p>© The Harbour Gazette</p></footer>
<script type="application/json" id="__STATE__">${state}</script><script>window.__pageScript = "ran";</script></body></html>`;
  return head + article + tail;
}

/** What the fixture server adds for the hostile sweeps: the made pages and the CSP headers. */
export const HOSTILE_SERVING: ServeOptions = {
  pages: { '/hostile/big.html': bigArticle },
  headers: {
    '/hostile/csp.html': { 'content-security-policy': CSP },
    '/hostile/csp.css': { 'content-security-policy': CSP },
  },
};
