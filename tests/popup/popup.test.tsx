import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { PopupApi } from '../../components/api';
import { fakeApi, moscowGold } from './fake-api';
import { App } from '../../components/App';
import { blockSummary } from '../../components/format';
import { cite } from '../../utils/cite';
import { sanitizeCitationHtml } from '../../utils/cite/clipboard';
import type { AnalyzeResponse } from '../../utils/messaging';
import { CATEGORIES } from '../../utils/boilerplate/categories';
import { restrictedReason } from '../../utils/messaging/restricted';
import { popupAnalysis } from '../../utils/serialize';
import { seedDom } from '../helpers/seeds';
import { analyzeArticle } from '../helpers/article';
import { flush, renderRoot } from '../helpers/render-root';

const root = renderRoot();

const mount = async (api: PopupApi) => {
  await act(() => render(<App api={api} />, root));
  await flush();
};
const $ = (sel: string) => root.querySelector(sel) as HTMLElement;
const $$ = (sel: string) => Array.from(root.querySelectorAll(sel)) as HTMLElement[];

describe('popup', () => {
  it('shows the article header, the boilerplate summary and the quotes in article order', async () => {
    const analysis = moscowGold();
    await mount(fakeApi({ status: 'ok', analysis, marksVisible: true }));
    expect($('h1').textContent).toBe("Iran Says Doesn't Need 'Permission' to Expand Russia Ties");
    expect($('.head__meta').textContent).toBe('The Moscow Times · by AFP · Dec. 18, 2022');
    expect($('.head__blocks').textContent).toBe('6 boilerplate blocks: donation appeal, newsletter, cookie notice, …');
    const texts = $$('.quote__text').map((e) => e.textContent);
    expect(texts[0]).toBe('“seek permission from anyone”');
    expect(texts).toHaveLength(analysis.quotes.length);
    expect($$('.quote__name').map((e) => e.textContent)).toContain('John Kirby');
    expect($$('.quote time').map((e) => e.textContent)).toContain('Dec. 9, 2022');
  });

  it('filters by speaker', async () => {
    await mount(fakeApi({ status: 'ok', analysis: moscowGold(), marksVisible: true }));
    const select = $$('select')[0] as HTMLSelectElement;
    await act(() => {
      select.value = 'John Kirby';
      select.dispatchEvent(new Event('change'));
    });
    expect($$('.quote__name').map((e) => e.textContent)).toEqual(['John Kirby']);
  });

  it('copies the citation in the chosen format and remembers the format', async () => {
    const analysis = moscowGold();
    const api = fakeApi({ status: 'ok', analysis, marksVisible: true });
    await mount(api);
    const select = $$('select')[1] as HTMLSelectElement;
    await act(() => {
      select.value = 'apa';
      select.dispatchEvent(new Event('change'));
    });
    expect(api.formats).toEqual(['apa']);
    await act(() => $$('.quote__copy')[0].click());
    await flush();
    const q = [...analysis.quotes].sort(
      (a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start,
    )[0];
    expect(api.copied[0]).toEqual(
      cite('apa', {
        quote: q,
        metadata: analysis.metadata,
        accessed: new Date(2026, 10, 22),
        fragment: await api.fragment(q),
      }),
    );
    // the link in it goes to the quoted words
    expect(api.copied[0].text).toContain('#:~:text=');
    expect($('.quote__copy').textContent).toBe('Copied');
    expect($('.preview__body i')?.textContent).toBe('The Moscow Times');
  });

  it('clicking a quote asks the page to show it; the marks switch toggles marks', async () => {
    const api = fakeApi({ status: 'ok', analysis: moscowGold(), marksVisible: true });
    await mount(api);
    await act(() => $$('.quote__show')[1].click());
    expect(api.showQuote).toHaveBeenCalledWith(expect.any(String));
    const sw = $('[role=switch]');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await act(() => sw.click());
    expect(api.setMarks).toHaveBeenCalledWith(false);
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  it('page text stays text: an XSS title and quote render as characters', async () => {
    const analysis = moscowGold();
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    analysis.metadata.title = `Title ${evil}`;
    analysis.metadata.site = `Site ${evil}`;
    analysis.quotes[0].text = `Quote ${evil}`;
    analysis.quotes[0].speaker.name = `Name ${evil}`;
    const api = fakeApi({ status: 'ok', analysis, marksVisible: true });
    await mount(api);
    expect($('h1').textContent).toContain('<img src=x');
    await act(() => $$('.quote__copy')[0].click());
    await flush();
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect($('.preview__body').textContent).toContain('<script>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('states: analysing, no article with "analyse anyway", restricted page', async () => {
    let resolve!: (r: AnalyzeResponse) => void;
    const pending = fakeApi({ status: 'error', message: 'x' }, { analyze: () => new Promise((r) => (resolve = r)) });
    await mount(pending);
    expect(root.textContent).toContain('Analysing this page');
    await act(async () => resolve({ status: 'restricted', reason: 'This tab shows a PDF.' }));
    await flush();
    expect(root.textContent).toContain('can’t read this page');
    render(null, root);

    const notArticle = { ...moscowGold(), isArticle: false, quotes: [], blocks: [] };
    const api = fakeApi((force) =>
      force
        ? { status: 'ok', analysis: moscowGold(), marksVisible: true }
        : { status: 'not-article', reason: 'No article was found on this page.', analysis: notArticle },
    );
    await mount(api);
    expect(root.textContent).toContain('No article on this page');
    await act(() => (root.querySelector('.button--primary') as HTMLElement).click());
    await flush();
    expect(api.analyze).toHaveBeenLastCalledWith(true);
    expect($$('.quote')).not.toHaveLength(0);
  });

  it('every control has an accessible name', async () => {
    await mount(fakeApi({ status: 'ok', analysis: moscowGold(), marksVisible: true }));
    for (const el of $$('button, select, input')) {
      const name = el.getAttribute('aria-label') || el.textContent?.trim() || el.closest('label')?.textContent?.trim();
      expect(name, el.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });
});

describe('what the page sends the popup', () => {
  it('everything the popup shows, and not the article or the blocks again as text', async () => {
    const { dom } = seedDom('moscowtimes-iran-permission');
    const full = analyzeArticle(dom.window.document, dom.window.location.href);
    const sent = popupAnalysis(full);
    expect(sent.metadata).toEqual(full.metadata);
    expect(sent.quotes).toEqual(full.quotes);
    // every block's kind, in the order the summary names them: the kinds a reader most wants first
    expect(sent.blocks).toHaveLength(full.blocks.length);
    expect(new Set(sent.blocks.map((b) => b.label))).toEqual(new Set(full.blocks.map((b) => b.label)));
    const ranks = sent.blocks.map((b) => CATEGORIES.find((c) => c.id === b.category)!.summaryRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(2);
    // the popup renders from it exactly as from the whole analysis
    const api = fakeApi({ status: 'ok', analysis: sent, marksVisible: true });
    await act(async () => render(<App api={api} />, root));
    await flush();
    expect(root.querySelectorAll('.quote').length).toBe(full.quotes.length);
    expect(root.querySelector('.head__blocks')!.textContent).toBe(blockSummary(sent.blocks));
    // the article travels only as the quotes' sentences, the blocks only as their kinds
    const json = JSON.stringify(sent);
    expect('main' in sent).toBe(false);
    expect(json).not.toContain(JSON.stringify(full.main.paragraphs.slice(0, 2).join('\n\n')).slice(1, -1));
    const texts = full.blocks.map((b) => b.text).filter((t) => t.length > 40);
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) expect(json).not.toContain(JSON.stringify(t).slice(1, 41));
  });
});

describe('a mixed quote in the popup', () => {
  it('shows its whole clause, the quoted words marked, page text as text', async () => {
    const { dom } = seedDom('moscowtimes-iran-permission');
    const analysis = popupAnalysis(analyzeArticle(dom.window.document, dom.window.location.href));
    const mixed = analysis.quotes.find((q) => q.text === 'poses real threats');
    expect(mixed?.clause).toBe(
      'the military cooperation between Iran and Russia "poses real threats" to U.S. allies in the Middle East',
    );
    // a clause carrying markup stays text
    const hostile = { ...mixed!, id: 'hostile', text: '<b>bold</b>', clause: 'he said "<b>bold</b>" <img src=x>' };
    await mount(fakeApi({ status: 'ok', analysis: { ...analysis, quotes: [mixed!, hostile] }, marksVisible: true }));
    const [shown, raw] = $$('.quote__text');
    expect(shown.textContent).toBe(mixed!.clause);
    expect(shown.querySelector('mark')?.textContent).toBe('poses real threats');
    expect(raw.querySelector('mark')?.textContent).toBe('<b>bold</b>');
    expect(raw.querySelector('b, img')).toBeNull();
  });
});

describe('popup helpers', () => {
  it('summarises blocks', () => {
    expect(blockSummary([])).toMatch(/No boilerplate/);
    expect(blockSummary([{ label: 'Sidebar', category: 'sidebar' }])).toBe('1 boilerplate block: sidebar');
  });

  it('recognises restricted pages', () => {
    expect(restrictedReason('chrome://extensions')).toMatch(/browser/);
    expect(restrictedReason('https://chromewebstore.google.com/detail/x')).toMatch(/stores/);
    expect(restrictedReason('https://example.org/report.pdf')).toMatch(/PDF/);
    expect(restrictedReason('https://example.org/news/article')).toBeNull();
  });

  it('DOMPurify (under jsdom) strips anything but the citation tags', () => {
    const dirty =
      '<p>ok <i>Site</i> <a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)><script>alert(1)</script></p>';
    const clean = sanitizeCitationHtml(dirty, window);
    expect(clean).toBe('<p>ok <i>Site</i> <a>x</a></p>');
  });
});
