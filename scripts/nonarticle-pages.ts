// Pages with no article of their own, for the automatic-marking gate and the "no article" verdict:
// the corpus has only articles, so this makes section fronts and search-result pages out of real
// sites. For a sample of Scrapinghub sites, a page keeps its own header, navigation, sidebars and
// footer, while its article (body and headline) gives way to a list of teasers: headlines from the
// page's own links and one-line snippets from other corpus articles, as a section front or a search
// page of that site would show them. Its head says what such a page says of itself (og:type
// website, no article metadata). Deterministic: the same pages every run.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { analyzeLive } from '../utils/analyze';
import { parseHtml, readHtml } from '../cli/load-page';

const hash = (s: string) => createHash('sha1').update(s).digest('hex');

interface Truth {
  [id: string]: { url: string; articleBody: string };
}

/** Writes the pages into `outDir` (once; later calls reuse them) and returns their paths. */
export function makeNonArticlePages(shared: string, outDir: string, sites = 20): string[] {
  const marker = path.join(outDir, `.made-v2-${sites}`);
  if (fs.existsSync(marker))
    return fs
      .readdirSync(outDir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => path.join(outDir, f));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const corpus = path.join(shared, 'corpus/scrapinghub');
  const truth: Truth = JSON.parse(fs.readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8'));
  const ids = Object.keys(truth).sort();
  const bySite = new Map<string, string>();
  for (const id of ids) {
    const site = new URL(truth[id].url).hostname.replace(/^www\./, '');
    if (!bySite.has(site)) bySite.set(site, id);
  }
  const chosen = [...bySite].sort((a, b) => hash(a[0]).localeCompare(hash(b[0]))).slice(0, sites);
  const snippets = ids.map((id) => firstSentence(truth[id].articleBody)).filter((s) => s.length > 40);
  const out: string[] = [];
  chosen.forEach(([site, id], n) => {
    for (const kind of ['section', 'search'] as const) {
      const html = readHtml(path.join(corpus, 'html', `${id}.html.gz`));
      const page = listingPage(html, truth[id].url, kind, snippets.slice(n * 7).concat(snippets), site);
      if (!page) continue;
      const file = path.join(outDir, `${site}-${kind}.html`);
      fs.writeFileSync(file, page);
      out.push(file);
    }
  });
  fs.writeFileSync(marker, '');
  return out.sort();
}

function firstSentence(body: string): string {
  const s = body.replace(/\s+/g, ' ').trim();
  const end = s.search(/[.!?](\s|$)/);
  return (end > 0 ? s.slice(0, end + 1) : s).slice(0, 200);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n).replace(/\s+\S*$/, '')} …`;
}

export function listingPage(html: string, url: string, kind: 'section' | 'search', snippets: string[], site: string) {
  const dom = parseHtml(html, url);
  const doc = dom.window.document;
  try {
    const { analysis, live } = analyzeLive(doc, url);
    if (!analysis.isArticle || !live.mainElements.length) return null;
    const main = new Set(live.mainElements);
    const headlines = [...doc.querySelectorAll('a[href]')]
      .filter((a) => ![...main].some((m) => m.contains(a)))
      .map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((t) => t.split(' ').length >= 5 && t.split(' ').length <= 16);
    const unique = [...new Set(headlines)];
    while (unique.length < 12) unique.push(clip(snippets[unique.length % snippets.length], 70));
    const list = kind === 'section' ? sectionFront(doc, unique, snippets) : searchResults(doc, unique, snippets, site);
    // the article's whole container goes (what the analysis left out of the body too: embeds,
    // pull quotes), unless the body is spread over the page; then its paragraphs go one by one
    const container = commonAncestor(live.mainElements);
    if (container && container !== doc.body && container !== doc.documentElement) container.replaceWith(list);
    else {
      const [first, ...rest] = live.mainElements;
      first.replaceWith(list);
      for (const el of rest) if (el.isConnected && !el.contains(list)) el.remove();
    }
    for (const h1 of [...doc.querySelectorAll('h1')]) if (!h1.closest('header, nav')) h1.remove();
    rewriteHead(doc, kind === 'section' ? site : `Search results – ${site}`);
    return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  } finally {
    dom.window.close();
  }
}

function commonAncestor(els: Element[]): Element | null {
  let a: Element | null = els[0] ?? null;
  while (a && !els.every((e) => a!.contains(e))) a = a.parentElement;
  return a;
}

function sectionFront(doc: Document, headlines: string[], snippets: string[]): Element {
  const section = doc.createElement('section');
  section.className = 'section-front';
  section.innerHTML = `<h2>Latest news</h2>`;
  headlines.slice(0, 12).forEach((h, i) => {
    const a = doc.createElement('article');
    a.className = 'teaser';
    a.innerHTML = `<h3><a href="/news/story-${i + 1}"></a></h3><p></p><time>${i + 1} hours ago</time>`;
    a.querySelector('a')!.textContent = h;
    a.querySelector('p')!.textContent = clip(snippets[i % snippets.length], 120);
    section.append(a);
  });
  return section;
}

function searchResults(doc: Document, headlines: string[], snippets: string[], site: string): Element {
  const section = doc.createElement('section');
  section.className = 'search-results';
  section.innerHTML = `<h2>Search results for “election”</h2><p>About 2,340 results</p><ol></ol><nav class="pagination"><a href="?page=2">Next page</a></nav>`;
  const ol = section.querySelector('ol')!;
  headlines.slice(0, 10).forEach((h, i) => {
    const li = doc.createElement('li');
    li.innerHTML = `<a href="/search-result-${i + 1}"></a><p></p><cite></cite>`;
    li.querySelector('a')!.textContent = h;
    li.querySelector('p')!.textContent = clip(snippets[(i + 12) % snippets.length], 160);
    li.querySelector('cite')!.textContent = `${site}/news/${i + 1}`;
    ol.append(li);
  });
  return section;
}

/** What a section front or search page says of itself: a website, with none of the article's metadata. */
function rewriteHead(doc: Document, title: string): void {
  const drop = 'meta[property^="og:"], meta[property^="article:"], meta[name^="article:"], meta[name="author"]';
  for (const el of [...doc.querySelectorAll(`${drop}, script[type="application/ld+json"]`)]) el.remove();
  const og = doc.createElement('meta');
  og.setAttribute('property', 'og:type');
  og.setAttribute('content', 'website');
  doc.head.append(og);
  doc.title = title;
}
