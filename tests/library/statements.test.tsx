import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { FIRST_REPORTED, groupByStatement, UNLINKED_TITLE } from '../../utils/library/statements';
import { narrowGroups } from '../../utils/library/view';
import { allSeedRequests, clock, freshLibrary, seedRequests } from './helpers';
import { renderRoot, settle } from '../helpers/render-root';
import { panelApi } from './panel-helpers';

// The library by statement: both seed articles saved, Kanani's statements grouped across the two
// outlets, the earliest report first.

async function savedSeeds(requests = allSeedRequests()) {
  const c = clock();
  const { library } = freshLibrary({ now: c.now });
  for (const r of requests) {
    await library.save(r);
    c.tick();
  }
  return library;
}

describe('grouping saved quotes by statement', () => {
  it('groups each statement across outlets, the earliest report first, and says how the others report it', async () => {
    const groups = groupByStatement(await (await savedSeeds()).all());
    const permission = groups.find((g) => g.quotes.some((q) => /will not ask for permission/.test(q.text)))!;
    expect(permission.title).toMatch(/^Nasser Kana+ni$/);
    expect(permission.outlets).toBe(2);
    // The Moscow Times published at 15:04 Moscow time, 12:04 UTC; Iran Front Page at 12:47 UTC
    expect(permission.quotes[0].page.site).toBe('The Moscow Times');
    expect(permission.relations[permission.quotes[0].id]).toBe(FIRST_REPORTED);
    const ifp = permission.quotes.find((q) => q.page.site === 'Iran Front Page')!;
    expect(permission.relations[ifp.id]).toBe('paraphrase');
    // Kirby's "harmful" is no one else's: with the unlinked, last
    const last = groups[groups.length - 1];
    expect(last.title).toBe(UNLINKED_TITLE);
    expect(last.quotes.some((q) => q.text === 'harmful')).toBe(true);
    expect(groups.slice(0, -1).every((g) => !g.quotes.some((q) => q.text === 'harmful'))).toBe(true);
    // every saved quote is shown once
    expect(groups.flatMap((g) => g.quotes).length).toBe((await (await savedSeeds()).all()).length);
  });

  it('with one outlet saved, nothing is grouped: everything is the one-outlet group', async () => {
    const groups = groupByStatement(await (await savedSeeds(seedRequests('ifp-kanaani-cia'))).all());
    expect(groups.map((g) => g.title)).toEqual([UNLINKED_TITLE]);
  });

  it('a search narrows the groups and keeps how each quote reports the statement', async () => {
    const groups = groupByStatement(await (await savedSeeds()).all());
    const g = groups.find((x) => x.quotes.length > 1 && x.title !== UNLINKED_TITLE)!;
    const [narrowed] = narrowGroups(groups, new Set([g.quotes[1].id]));
    expect(narrowed).toMatchObject({ key: g.key, relations: g.relations });
  });
});

const root = renderRoot();
const $$ = (sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));

describe('the side panel by statement', () => {
  it('"Statement" groups the two outlets’ reports under the speaker, each card saying how it reports it', async () => {
    const library = await savedSeeds();
    const { api } = panelApi({ library });
    await act(() => render(<LibraryApp api={api} />, root));
    await settle(() => expect(root.querySelector<HTMLElement>('.library')?.dataset.status).toBe('ready'));
    const byStatement = $$('.segmented input').find((i) => (i as HTMLInputElement).value === 'statement')!;
    await act(() => byStatement.click());
    const permission = $$('.group').find((g) => /will not ask for permission/.test(g.textContent!))!;
    expect(permission.querySelector('.group__title')!.textContent).toMatch(/^Nasser Kana+ni$/);
    expect(permission.querySelector('.group__meta')!.textContent).toMatch(/^Dec\. 18, 2022 · 2 outlets · \d quotes$/);
    const cards = Array.from(permission.querySelectorAll('.card'));
    expect(cards[0].querySelector('.card__relation')!.textContent).toBe('first reported');
    expect(cards[0].querySelector('.card__source')!.textContent).toContain('The Moscow Times');
    expect(cards.map((c) => c.querySelector('.card__relation')!.textContent)).toContain('paraphrase');
    expect($$('.group__title').at(-1)!.textContent).toBe(UNLINKED_TITLE);
  });
});

describe('remembered articles in the side panel', () => {
  it('is off by default; turning it on is kept; Clear forgets every remembered article and keeps the saved quotes', async () => {
    const library = await savedSeeds(seedRequests('ifp-kanaani-cia'));
    await library.remember('https://a.example/1', [
      {
        key: 'https://a.example/1#q1',
        article: 'https://a.example/1',
        url: 'https://a.example/1',
        title: null,
        description: null,
        site: null,
        published: null,
        quote: {
          id: 'q1',
          text: 'x y z',
          kind: 'direct',
          clause: null,
          speaker: { name: null, role: null },
          date: null,
        },
        rememberedAt: '2026-11-22T10:00:00Z',
      },
    ]);
    const saved = await library.count();
    const { api } = panelApi({ library });
    await act(() => render(<LibraryApp api={api} />, root));
    await settle(() => expect(root.querySelector('.remember__count')!.textContent).toBe('1 article remembered'));
    const check = root.querySelector<HTMLInputElement>('.remember input[type=checkbox]')!;
    expect(check.checked).toBe(false);
    await act(() => check.click());
    expect(api.setRemember).toHaveBeenCalledWith(true);
    const clear = $$('button').find((b) => b.textContent === 'Clear remembered articles')!;
    await act(() => clear.click());
    await settle(() => expect(root.querySelector('.remember__count')!.textContent).toBe('0 articles remembered'));
    expect(await library.rememberedArticles()).toBe(0);
    expect(await library.count()).toBe(saved);
    expect((clear as HTMLButtonElement).disabled).toBe(true);
  });
});
