import { beforeAll, describe, expect, it } from 'vitest';
import { alsoReportedLine, pageLinkRequest, relationLabel, type PageLinkRequest } from '../../utils/linking/also';
import { createLinker, diffParts, sharedParts } from '../../utils/linking/library-links';
import { compareDirect } from '../../utils/linking/direct';
import { contentStems, normalWords } from '../../utils/linking/words';
import { analyzeArticle } from '../helpers/article';
import { seedDom, type SeedName } from '../helpers/seeds';
import { freshLibrary, NOW, seedRequests } from '../library/helpers';

// "Also reported by", as the background answers a page: the seed pair, one article saved (or only
// remembered) and the other open in the tab.

const requests = new Map<SeedName, PageLinkRequest>();
function pageOf(seed: SeedName): PageLinkRequest {
  if (!requests.has(seed)) {
    const { dom, gold } = seedDom(seed);
    const a = analyzeArticle(dom.window.document, gold.url, { now: NOW });
    requests.set(seed, pageLinkRequest(a.metadata, a.quotes));
    dom.window.close();
  }
  return requests.get(seed)!;
}
const quoteMatching = (page: PageLinkRequest, re: RegExp) => page.quotes.find((q) => re.test(q.text))!;

function linkerOver(library: ReturnType<typeof freshLibrary>['library']) {
  return createLinker({
    saved: () => library.all(),
    remembered: () => library.remembered(),
    remember: (article, quotes) => library.remember(article, quotes),
    now: () => NOW,
  });
}

describe('a page linked to the saved quotes', () => {
  let mt: PageLinkRequest;
  beforeAll(() => {
    mt = pageOf('moscowtimes-iran-permission');
  });

  it('tells The Moscow Times that Iran Front Page paraphrased Kanani, with the words both use marked', async () => {
    const { library } = freshLibrary();
    for (const r of seedRequests('ifp-kanaani-cia')) await library.save(r);
    const links = await linkerOver(library).linkPage(mt, false);
    const independent = quoteMatching(mt, /^acts independently in regulating/);
    const also = links[independent.id];
    expect(also).toHaveLength(1);
    expect(also[0]).toMatchObject({ outlet: 'Iran Front Page', relation: 'paraphrase', kind: 'indirect', saved: true });
    expect(alsoReportedLine(also[0])).toBe('Also reported by Iran Front Page, Dec. 18, 2022: paraphrase');
    const shared = also[0].parts.filter((p) => p.op === 'shared').map((p) => p.text.toLowerCase());
    // the strongest of IFP's sentences for it: the one about permission
    expect(also[0].parts.map((p) => p.text).join('')).toMatch(/^Iran will not ask for permission from anyone/);
    expect(shared).toEqual(expect.arrayContaining(['permission', 'anyone', 'foreign', 'relations']));
    // Kirby's "harmful" and the quotes of nobody IFP quotes link to nothing
    expect(links[quoteMatching(mt, /^harmful$/).id]).toBeUndefined();
    expect(links[quoteMatching(mt, /supplying drones/).id]).toBeUndefined();
  });

  it('tells Iran Front Page that The Moscow Times quoted the words directly', async () => {
    const { library } = freshLibrary();
    for (const r of seedRequests('moscowtimes-iran-permission')) await library.save(r);
    const ifp = pageOf('ifp-kanaani-cia');
    const links = await linkerOver(library).linkPage(ifp, false);
    const permission = links[quoteMatching(ifp, /will not ask for permission/).id];
    expect(permission.map((a) => a.outlet)).toEqual(['The Moscow Times']);
    expect(alsoReportedLine(permission[0])).toBe('Also reported by The Moscow Times, Dec. 18, 2022: direct quote');
  });

  it('never links a page to the quotes saved from that same page', async () => {
    const { library } = freshLibrary();
    for (const r of seedRequests('moscowtimes-iran-permission')) await library.save(r);
    expect(await linkerOver(library).linkPage(mt, false)).toEqual({});
  });
});

describe('remembered articles', () => {
  it('with the setting off, an analysed article is not kept and links nothing later', async () => {
    const { library } = freshLibrary();
    const linker = linkerOver(library);
    await linker.linkPage(pageOf('ifp-kanaani-cia'), false);
    expect(await library.rememberedArticles()).toBe(0);
    expect(await linker.linkPage(pageOf('moscowtimes-iran-permission'), false)).toEqual({});
  });

  it('with it on, an article analysed earlier is reported, from this linker and from a fresh one', async () => {
    const { library } = freshLibrary();
    const first = linkerOver(library);
    await first.linkPage(pageOf('ifp-kanaani-cia'), true);
    expect(await library.rememberedArticles()).toBe(1);
    const mt = pageOf('moscowtimes-iran-permission');
    const permission = quoteMatching(mt, /does not seek permission/).id;
    for (const linker of [first, linkerOver(library)]) {
      const also = (await linker.linkPage(mt, true))[permission];
      expect(also.map((a) => [a.outlet, a.saved])).toEqual([['Iran Front Page', false]]);
    }
    // analysed again: replaced, not doubled
    expect(await library.rememberedArticles()).toBe(2);
    await library.forgetRemembered();
    const after = linkerOver(library);
    expect(await after.linkPage(mt, false)).toEqual({});
  });
});

describe('how the other words are marked', () => {
  it('marks a paraphrase’s words whose stems the quote uses, and keeps every character of it', () => {
    const stems = contentStems(normalWords('does not seek permission from anyone'));
    const parts = sharedParts('Iran will not ask for permission from anyone.', stems);
    expect(parts.map((p) => p.text).join('')).toBe('Iran will not ask for permission from anyone.');
    expect(parts.filter((p) => p.op === 'shared').map((p) => p.text)).toEqual(['permission', 'anyone']);
  });
});

describe('how a direct quote of the same words is described', () => {
  const describe = (ours: string, theirs: string) => {
    const d = compareDirect(ours, theirs)!;
    return {
      label: relationLabel({ relation: d.relation, kind: 'direct', parts: diffParts(d.diff) }),
      parts: diffParts(d.diff),
    };
  };

  it('word for word, nothing marked', () => {
    const { label, parts } = describe(
      'we will not ask anyone for permission',
      'We will not ask anyone for permission.',
    );
    expect(label).toBe('direct quote, word for word');
    expect(parts.every((p) => p.op === 'plain')).toBe(true);
    expect(parts.map((p) => p.text).join('')).toBe('we will not ask anyone for permission');
  });

  it('trimmed, or with more of it, by which side left words off', () => {
    expect(describe('we will not ask anyone for permission today', 'we will not ask anyone for permission').label).toBe(
      'direct quote, trimmed',
    );
    const longer = describe('we will not ask anyone for permission', 'we will not ask anyone for permission today');
    expect(longer.label).toBe('direct quote, more of it');
    expect(longer.parts.filter((p) => p.op === 'added').map((p) => p.text)).toEqual(['today']);
  });

  it('words changed: what only this page has, and what only theirs has', () => {
    const { label, parts } = describe(
      'we will never ask anyone for permission',
      'we will not ask anyone for permission',
    );
    expect(label).toBe('direct quote, words changed');
    expect(parts.filter((p) => p.op !== 'plain')).toEqual([
      { op: 'removed', text: 'never' },
      { op: 'added', text: 'not' },
    ]);
  });
});
