import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import { articleKey, quoteId } from '../../utils/library/key';
import { saveRequest } from '../../utils/library/request';
import { flush, renderRoot, settle } from '../helpers/render-root';
import { freshLibrary } from '../library/helpers';
import { fakeApi, moscowGold } from './fake-api';

// The popup's Save against a real library (IndexedDB in memory), wired as the background wires it.

const root = renderRoot();

function wired() {
  const { library } = freshLibrary();
  const analysis = moscowGold();
  const api = fakeApi(
    { status: 'ok', analysis, marksVisible: true },
    {
      save: (q, m) => library.save(saveRequest(q, m)),
      savedQuotes: async (quotes, m) => {
        const ids = new Map(quotes.map((q) => [quoteId(articleKey(m), q.text), q.id]));
        return (await library.has([...ids.keys()])).map((id) => ids.get(id)!);
      },
    },
  );
  return { library, analysis, api };
}

const saveButtons = () => Array.from(root.querySelectorAll<HTMLButtonElement>('.quote__save'));

describe('saving from the popup', () => {
  it('Save keeps the quote in the library and the button says so', async () => {
    const { library, api } = wired();
    await act(() => render(<App api={api} />, root));
    await flush();
    const first = root.querySelector('.quote')!;
    await act(() => saveButtons()[0].click());
    await settle(() => expect(saveButtons()[0].textContent).toBe('Saved'));
    expect(saveButtons()[0].getAttribute('aria-disabled')).toBe('true');
    const [stored] = await library.all();
    expect(first.querySelector('.quote__text')!.textContent).toContain(stored.text);
    expect(root.querySelector('[role=status]')!.textContent).toBe('Saved to your library.');
  });

  it('a quote already in the library shows as saved when the popup opens, and is not saved twice', async () => {
    const { library, analysis, api } = wired();
    await library.save(saveRequest(analysis.quotes[2], analysis.metadata));
    await act(() => render(<App api={api} />, root));
    await settle(() => expect(saveButtons().filter((b) => b.textContent === 'Saved')).toHaveLength(1));
    const saved = saveButtons().filter((b) => b.textContent === 'Saved');
    expect(saved[0].dataset.quoteId).toBe(analysis.quotes[2].id);
    await act(() => saved[0].click());
    await flush();
    expect(await library.count()).toBe(1);
  });

  it('a storage failure is shown to the reader, and the quote can be saved again', async () => {
    const { api } = wired();
    const message = 'Could not save the quote: the browser has no room left for the library.';
    api.save = async () => ({ status: 'error', message });
    await act(() => render(<App api={api} />, root));
    await flush();
    await act(() => saveButtons()[1].click());
    await flush();
    expect(root.querySelector('[role=alert]')!.textContent).toBe(message);
    expect(saveButtons()[1].textContent).toBe('Save');
    expect(saveButtons()[1].getAttribute('aria-disabled')).toBe('false');
  });
});

describe('links to the words from the popup', () => {
  it('a saved quote keeps the link the page made for it', async () => {
    const { library, api } = wired();
    api.save = (q, m, fragment) => library.save({ ...saveRequest(q, m), fragment });
    await act(() => render(<App api={api} />, root));
    await flush();
    await act(() => saveButtons()[0].click());
    await settle(() => expect(saveButtons()[0].textContent).toBe('Saved'));
    const [stored] = await library.all();
    expect(stored.fragment).toBe(`text=${encodeURIComponent(stored.text)}`);
  });

  it('"Link to the words" off: the copied citation links to the page alone, and the choice is kept', async () => {
    const { api } = wired();
    await act(() => render(<App api={api} />, root));
    await flush();
    const box = root.querySelector<HTMLInputElement>('.field__head input[type=checkbox]')!;
    expect(box.checked).toBe(true);
    await act(() => box.click());
    expect(api.setCiteLink).toHaveBeenCalledWith(false);
    await act(() => root.querySelector<HTMLButtonElement>('.quote__copy')!.click());
    await flush();
    const copied = (api as unknown as { copied: { text: string }[] }).copied;
    expect(copied[0].text).toContain('https://www.themoscowtimes.com/');
    expect(copied[0].text).not.toContain('#:~:');
  });
});
