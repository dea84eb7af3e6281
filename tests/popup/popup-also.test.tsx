import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../components/App';
import { pageLinkRequest, type PageLinks } from '../../utils/linking/also';
import { createLinker } from '../../utils/linking/library-links';
import { popupAnalysis } from '../../utils/serialize';
import { alteredReport } from '../helpers/also-reported';
import { analyzeArticle } from '../helpers/article';
import { flush, renderRoot } from '../helpers/render-root';
import { seedDom } from '../helpers/seeds';
import { freshLibrary, NOW, seedRequests } from '../library/helpers';
import { fakeApi } from './fake-api';

// The popup on The Moscow Times' page, with Iran Front Page's quotes in the library: under
// Kanani's words, who else reported them, when and how, with the words marked.

function moscow() {
  const { dom, gold } = seedDom('moscowtimes-iran-permission');
  return popupAnalysis(analyzeArticle(dom.window.document, gold.url, { now: NOW }));
}

const root = renderRoot();

async function popupWith(alsoReported: (a: ReturnType<typeof moscow>) => Promise<PageLinks>) {
  const analysis = moscow();
  const api = fakeApi({ status: 'ok', analysis, marksVisible: true }, { alsoReported });
  await act(() => render(<App api={api} />, root));
  await vi.waitFor(async () => {
    await flush();
    expect(root.querySelector('.also')).not.toBeNull();
  });
  return analysis;
}

const itemOf = (re: RegExp) =>
  Array.from(root.querySelectorAll('.quote')).find((li) => re.test(li.querySelector('.quote__show')!.textContent!))!;

describe('the popup’s "Also reported by"', () => {
  it('shows Iran Front Page’s paraphrase under Kanani’s statement, its shared words marked', async () => {
    const { library } = freshLibrary();
    for (const r of seedRequests('ifp-kanaani-cia')) await library.save(r);
    const linker = createLinker({
      saved: () => library.all(),
      remembered: () => library.remembered(),
      remember: (a, q) => library.remember(a, q),
      now: () => NOW,
    });
    await popupWith((a) => linker.linkPage(pageLinkRequest(a.metadata, a.quotes), false));
    const item = itemOf(/acts independently in regulating/);
    const also = item.querySelector('.also')!;
    expect(also.querySelector('.also__line')!.textContent).toBe(
      'Also reported by Iran Front Page, Dec. 18, 2022: paraphrase',
    );
    expect(also.querySelector('.also__line a')!.getAttribute('href')).toMatch(/^https:\/\/ifpnews\.com\//);
    expect(also.querySelector('.also__words')!.textContent).toMatch(/^Iran will not ask for permission from anyone/);
    expect(Array.from(also.querySelectorAll('mark')).map((m) => m.textContent)).toContain('permission');
    // Kirby's "harmful" (a mixed quote, shown in its clause) is reported by no one else
    const kirby = itemOf(/\bharmful\b/);
    expect(kirby.querySelector('mark')?.textContent).toBe('harmful');
    expect(kirby.querySelector('.also')).toBeNull();
  });

  it('marks a changed word as deleted and inserted, and puts page text in as text', async () => {
    const analysis = moscow();
    const q = analysis.quotes.find((x) => /acts independently/.test(x.text))!;
    const hostile = '<img src=x onerror="alert(1)">';
    await popupWith(async () => ({
      [q.id]: [alteredReport(hostile, { outlet: `Evil ${hostile}`, url: 'javascript:alert(1)', date: '2022-12-19' })],
    }));
    const also = itemOf(/acts independently in regulating/).querySelector('.also')!;
    expect(also.querySelector('.also__line')!.textContent).toBe(
      `Also reported by Evil ${hostile}, Dec. 19, 2022: direct quote, words changed`,
    );
    expect(also.querySelector('a')).toBeNull(); // not an http(s) link: no link at all
    expect(also.querySelector('del')!.textContent).toBe('independently');
    expect(also.querySelector('ins')!.textContent).toBe(hostile);
    expect(also.querySelector('img')).toBeNull();
  });
});
