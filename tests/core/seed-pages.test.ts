import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import type { ArticleAnalysis, LiveRefs, Quote } from '../../utils/types';
import { analyzeArticle, analyzeLiveArticle } from '../helpers/article';
import { analyzePage } from '../../utils/analyze';
import { serializableAnalysis } from '../../utils/serialize';
import type { Gold } from '../helpers/seeds';

// The two pages Verbatim was first described with, checked field by field against their gold:
// what a reader must see in the main body and must not, every boilerplate block with its kind,
// the metadata of a citation, and every quote with who said it and when.

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seeds');
const norm = (s: string | null | undefined) =>
  (s ?? '').normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const words = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];

interface GoldQuote {
  text: string;
  speaker: string | null;
  aliases?: string[];
  date: string | null;
  required?: boolean;
}

function analyse(name: string): { a: ArticleAnalysis; live: LiveRefs; gold: Gold & { not_quotes?: string[] } } {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8'));
  const dom = parseHtml(fs.readFileSync(path.join(dir, `${name}.html`), 'utf8'), gold.url);
  const { analysis, live } = analyzeLiveArticle(dom.window.document, gold.url);
  return { a: analysis, live, gold };
}

/** The predicted quote that covers most of a gold quote's words (the scorer's idea of a match). */
function bestMatch(a: ArticleAnalysis, g: GoldQuote) {
  const gw = words(g.text);
  let best: { q: Quote; cover: number } | null = null;
  for (const q of a.quotes) {
    const qw = new Set(words(q.text));
    const cover = gw.filter((w) => qw.has(w)).length / gw.length;
    if (!best || cover > best.cover) best = { q, cover };
  }
  return best;
}

describe.each(['moscowtimes-iran-permission', 'ifp-kanaani-cia'])('seed page %s', (name) => {
  const { a, live, gold } = analyse(name);

  it('is recognised as an article', () => {
    expect(a.isArticle).toBe(true);
  });

  it('keeps every sentence of the article in the main body', () => {
    for (const s of gold.main.contains) expect(norm(a.main.text)).toContain(norm(s));
  });

  it('keeps every piece of boilerplate out of the main body', () => {
    for (const s of gold.main.excludes) expect(norm(a.main.text)).not.toContain(norm(s));
  });

  it('flags each boilerplate block with its kind', () => {
    const compatible: Record<string, string[]> = { related: ['related', 'sidebar'], sidebar: ['sidebar', 'related'] };
    for (const b of gold.blocks) {
      const hit = a.blocks.find((pb) => norm(pb.text).includes(norm(b.contains)));
      expect(hit, `a block containing "${b.contains}"`).toBeTruthy();
      expect(compatible[b.category] ?? [b.category]).toContain(hit!.category);
    }
  });

  it('reads the metadata a citation needs', () => {
    expect(norm(a.metadata.title)).toBe(norm(gold.metadata.title));
    expect(norm(a.metadata.site)).toBe(norm(gold.metadata.site));
    expect(norm(a.metadata.author)).toBe(norm(gold.metadata.author));
    expect(a.metadata.published?.slice(0, 10)).toBe(gold.metadata.published);
  });

  it('finds every required quote with its speaker and date', () => {
    for (const g of (gold.quotes as GoldQuote[]).filter((q) => q.required !== false)) {
      const m = bestMatch(a, g);
      expect(m && m.cover, `quote "${g.text.slice(0, 40)}…"`).toBeGreaterThan(0.8);
      const names = [g.speaker, ...(g.aliases ?? [])].map(norm);
      expect(names, `speaker of "${g.text.slice(0, 40)}…"`).toContain(norm(m!.q.speaker.name));
      expect(m!.q.date?.iso.slice(0, g.date!.length)).toBe(g.date);
    }
  });

  it('lists no quote that is not in the gold (required or optional)', () => {
    for (const q of a.quotes) {
      const gw = (gold.quotes as GoldQuote[]).some((g) => {
        const qw = new Set(words(q.text));
        return words(g.text).filter((w) => qw.has(w)).length / words(g.text).length > 0.3;
      });
      expect(gw, `unexpected quote "${q.text}"`).toBe(true);
    }
  });

  it('never quotes the boilerplate', () => {
    for (const nq of gold.not_quotes ?? []) expect(a.quotes.some((q) => norm(q.text).includes(norm(nq)))).toBe(false);
  });

  it('anchors each quote where the reader can find it again', () => {
    for (const q of a.quotes) {
      const para = a.main.paragraphs[q.anchor.paragraph];
      expect(para.slice(q.anchor.start, q.anchor.end)).toBe(q.anchor.exact);
      expect(q.anchor.exact).toBe(q.text);
      expect(live.mainElements[q.anchor.paragraph]?.textContent?.replace(/\s+/g, ' ')).toContain(
        q.text.replace(/\s+/g, ' '),
      );
    }
  });
});

describe('the Moscow Times seed in detail', () => {
  const { a } = analyse('moscowtimes-iran-permission');
  const byText = (s: string) => a.quotes.find((q) => q.text.includes(s))!;

  it('gives the role the article gives', () => {
    expect(byText('poses real threats').speaker).toMatchObject({ name: 'William Burns', role: 'CIA chief' });
    expect(byText('harmful').speaker).toMatchObject({
      name: 'John Kirby',
      role: 'White House national security spokesperson',
    });
  });

  it('dates "on Friday" to the Friday before a Sunday article, and "Dec. 9" to that day', () => {
    expect(byText('poses real threats')).toMatchObject({ date: { iso: '2022-12-16', source: 'text' } });
    expect(byText('harmful')).toMatchObject({ date: { iso: '2022-12-09', source: 'text' } });
  });

  it('gives a floating quote paragraph to the previous speaker', () => {
    expect(byText('Cooperation between Iran and Russia').speaker.name).toBe('Nasser Kanani');
  });

  it('flags the donation appeal inside the body, not only around it', () => {
    const appeal = a.blocks.find((b) => b.category === 'donation')!;
    expect(appeal.placement).toBe('inside');
    expect(appeal.label).toBe('Donation appeal');
  });
});

describe('the IFP seed in detail', () => {
  const { a } = analyse('ifp-kanaani-cia');
  it('resolves "He", "the spokesman" and the bare surname to the full name', () => {
    for (const s of ['He underscored', 'The Iranian Foreign Ministry spokesman added', 'Kanaani added']) {
      const q = a.quotes.find((x) => x.sentence.includes(s))!;
      expect(q.speaker.name).toBe('Nasser Kanaani');
    }
  });
  it('dates statements with no time of their own by the publication date', () => {
    expect(a.quotes.every((q) => q.date?.iso === '2022-12-18' && q.date.source === 'published')).toBe(true);
  });
});

describe('the headline', () => {
  it('is never marked as boilerplate, even when it sits straight inside <article>', () => {
    const html = fs.readFileSync(path.join(dir, '..', 'pages', 'xss-article.html'), 'utf8');
    const a = analyzeArticle(parseHtml(html, 'https://example.org/mayor').window.document, 'https://example.org/mayor');
    expect(a.blocks.some((b) => b.text.startsWith('Mayor says'))).toBe(false);
  });
});

describe('pages that list other pages', () => {
  it.each(['home', 'search'])('a %s page is not taken for an article', (name) => {
    const html = fs.readFileSync(path.join(dir, '..', 'hostile', `${name}.html`), 'utf8');
    const a = analyzePage(parseHtml(html, 'https://example.org/').window.document, 'https://example.org/');
    expect(a.isArticle).toBe(false);
    expect(a.reason).toMatch(/lists other pages/);
    expect(serializableAnalysis(a).quotes).toEqual([]);
  });
});
