import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseFragmentDirectives,
  processTextFragmentDirective,
  type ParsedFragment,
} from 'text-fragments-polyfill/text-fragment-utils';
import { cite, CITATION_FORMATS } from '../../utils/cite';
import { directiveFromAnchor, encodeTerm, linkTo, textDirective } from '../../utils/cite/fragment';
import { setTimeout as setGeneratorTimeout } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { directiveForRange } from '../../utils/cite/fragment-dom';
import { findQuoteRange } from '../../utils/marks';
import type { ArticleAnalysis, LiveRefs } from '../../utils/types';
import { analyzeLiveArticle } from '../helpers/article';
import { loadSeed, SEEDS } from '../helpers/seeds';

// Links to the exact words. Each directive is read back by the polyfill's own matcher, an
// implementation of the spec's search apart from the generator: it must find the quote's words,
// and only them (it reports a second match when a directive is ambiguous).

const collapse = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** Where the directive lands in the page: every match (two at most). */
function matches(directive: string): string[] {
  const parsed = parseFragmentDirectives({ text: [directive.replace(/^text=/, '')] }).text![0] as ParsedFragment;
  return processTextFragmentDirective(parsed, document, document.body).map((r) => collapse(r.toString()));
}

describe('text directives', () => {
  it('encode the syntax characters of the directive and of Markdown', () => {
    expect(encodeTerm('well-known, safe & (sound)')).toBe('well%2Dknown%2C%20safe%20%26%20%28sound%29');
    expect(textDirective({ textStart: 'a-b', prefix: 'x,y', suffix: 'z' })).toBe('text=x%2Cy-,a%2Db,-z');
    expect(textDirective({ textStart: ' ' })).toBeNull();
    // a sentence's own period stays in the link when the link ends a sentence
    expect(textDirective({ textStart: 'for its foreign relations.' })).toBe('text=for%20its%20foreign%20relations%2E');
  });

  it('go into the fragment of the URL, replacing any fragment it had', () => {
    expect(linkTo('https://example.org/story?id=3#comments', 'text=a')).toBe(
      'https://example.org/story?id=3#:~:text=a',
    );
    expect(linkTo('https://example.org/story#top', null)).toBe('https://example.org/story');
  });
});

describe.each(SEEDS)('links to every quote on %s', (seed) => {
  let analysis: ArticleAnalysis;
  let live: LiveRefs;
  beforeAll(() => {
    // correctness, not speed, is tested here: a loaded test machine must not hit the generator's
    // half-second limit (the page falls back to the anchor's directive when it does)
    setGeneratorTimeout(10_000);
    // the generator searches the page's global document, as it does in a content script
    const { html, gold } = loadSeed(seed);
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    ({ analysis, live } = analyzeLiveArticle(document, gold.url));
  });

  it('from the live page: each directive finds its words and nothing else', () => {
    expect(analysis.quotes.length).toBeGreaterThan(4);
    for (const q of analysis.quotes) {
      const range = findQuoteRange(document, live.mainElements, q)!;
      const directive = directiveForRange(range);
      expect(directive, q.text).not.toBeNull();
      const found = matches(directive!);
      expect(found, directive!).toHaveLength(1);
      expect(found[0]).toContain(collapse(q.text).replace(/^\W+|\W+$/g, ''));
    }
  });

  it('words that appear more than once on the page get the context that tells them apart', () => {
    const body = collapse(document.body.textContent ?? '');
    const repeated = analysis.quotes.filter((q) => {
      const w = collapse(q.text);
      return body.indexOf(w) !== body.lastIndexOf(w);
    });
    for (const q of repeated) {
      const directive = directiveForRange(findQuoteRange(document, live.mainElements, q)!)!;
      expect(directive, q.text).toMatch(/-,|,-/);
      expect(matches(directive)).toHaveLength(1);
    }
  });

  it('from the saved anchor alone (no page to ask), each directive still lands on the quote first', () => {
    const body = collapse(document.body.textContent ?? '');
    for (const q of analysis.quotes) {
      const directive = directiveFromAnchor(q.anchor)!;
      const w = collapse(q.text);
      if (body.indexOf(w) !== body.lastIndexOf(w)) expect(directive).toMatch(/-,|,-/);
      const found = matches(directive);
      expect(found.length, directive).toBeGreaterThan(0);
      expect(found[0]).toContain(collapse(q.anchor.exact).split(' ').slice(0, 3).join(' '));
    }
  });
});

describe('long quotes', () => {
  it('a passage longer than 300 characters is linked by its start and end', () => {
    const para = 'The ministry said it would answer every question in full and in due course. '.repeat(6);
    document.body.innerHTML = `<article><p>Before the words. ${para}After the words.</p></article>`;
    const text = document.body.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 'Before the words. '.length);
    range.setEnd(text, 'Before the words. '.length + para.trim().length);
    const directive = directiveForRange(range)!;
    expect(directive).toMatch(/^text=[^,]+(-,)?[^,]*,[^,-][^,]*/);
    expect(directive.length).toBeLessThan(250);
    expect(matches(directive)).toEqual([collapse(para)]);
    const fromAnchor = directiveFromAnchor({ exact: para, prefix: 'Before the words. ', suffix: ' After the words.' })!;
    expect(fromAnchor.split(',').length).toBeGreaterThanOrEqual(3);
    expect(matches(fromAnchor)).toEqual([collapse(para)]);
  });
});

describe('citations link to the words', () => {
  const metadata = {
    title: 'Iran Says Doesn’t Need ‘Permission’ (to Expand) Russia Ties',
    site: 'The Moscow Times',
    author: 'AFP',
    published: '2022-12-18T15:04:00+03:00',
    modified: null,
    canonical: 'https://www.themoscowtimes.com/2022/12/18/iran-a79737',
    language: 'en',
    description: null,
    url: 'https://www.themoscowtimes.com/2022/12/18/iran-a79737?utm_source=x',
  };
  const quote = {
    text: 'seek permission from anyone',
    kind: 'mixed' as const,
    speaker: { name: 'Nasser Kanani', role: 'spokesperson', mention: null },
    date: { iso: '2022-12-18', source: 'text' as const, words: null },
  };
  const fragment = textDirective({ textStart: 'seek permission from anyone', prefix: 'would not (really)' })!;

  it.each(CITATION_FORMATS)('%s: the canonical URL with the directive, in the text and the HTML link', (format) => {
    const c = cite(format, { quote, metadata, accessed: new Date(2026, 10, 22), fragment });
    const link = `https://www.themoscowtimes.com/2022/12/18/iran-a79737#:~:${fragment}`;
    if (format === 'mla') expect(c.text).toContain(link.replace(/^https:\/\//, ''));
    else expect(c.text).toContain(link);
    expect(c.html).toContain(`href="${link}"`);
    // no character in the link that would end a Markdown link or a URL early
    expect(fragment).not.toMatch(/[\s()[\]]/);
  });

  it('without a directive (the setting off, or none could be made), the citation is as before', () => {
    const c = cite('plain', { quote, metadata, accessed: new Date(2026, 10, 22) });
    expect(c.text).not.toContain('#:~:');
    expect(c.text).toContain('https://www.themoscowtimes.com/2022/12/18/iran-a79737');
  });
});
