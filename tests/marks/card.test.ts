import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AlsoReported } from '../../utils/linking/also';
import { createHoverCard, type SaveOutcome } from '../../utils/marks/card';
import { alteredReport } from '../helpers/also-reported';
import { goldAnalysis, seedDom } from '../helpers/seeds';

// The hover card of a highlighted quote, on the seed page in jsdom: who and when, Save, and a card
// that stays put while the pointer travels onto it.

function setup(hooks: Parameters<typeof createHoverCard>[3] = {}) {
  const { dom, gold } = seedDom('moscowtimes-iran-permission');
  const doc = dom.window.document;
  const { analysis } = goldAnalysis(doc, gold);
  const tip = doc.createElement('div');
  tip.hidden = true;
  doc.body.append(tip);
  // jsdom has no layout: the card sits at (100..360, 100..180) once shown
  tip.getBoundingClientRect = () =>
    ({ left: 100, top: 100, right: 360, bottom: 180, width: 260, height: 80, x: 100, y: 100, toJSON() {} }) as DOMRect;
  const win = dom.window as unknown as Window & typeof globalThis;
  const card = createHoverCard(tip, win, analysis.metadata, hooks);
  const at = (x: number, y: number) => new dom.window.MouseEvent('mousemove', { clientX: x, clientY: y });
  const kirby = analysis.quotes.find((q) => q.speaker.name === 'John Kirby')!;
  return { doc, tip, card, at, analysis, kirby, win };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('hover card', () => {
  afterEach(() => vi.useRealTimers());

  it('names the speaker, role and date, as text', () => {
    const { tip, card, at, kirby } = setup();
    card.pointer(at(90, 90), kirby);
    expect(tip.hidden).toBe(false);
    expect(tip.querySelector('.tip-who')!.textContent).toBe('John Kirby');
    expect(tip.querySelector('.tip-date')!.textContent).toMatch(/^Dec\. 9, 2022 · /);
    // no Save without a library to save to
    expect(tip.querySelector('button')).toBeNull();
  });

  it('stays while the pointer crosses onto it, and hides a moment after it has left both', () => {
    vi.useFakeTimers();
    const { tip, card, at, kirby } = setup();
    card.pointer(at(90, 90), kirby);
    card.pointer(at(95, 95), null); // the gap between the words and the card
    card.pointer(at(200, 150), null); // on the card
    vi.advanceTimersByTime(1000);
    expect(tip.hidden).toBe(false);
    card.pointer(at(600, 600), null); // away
    vi.advanceTimersByTime(100);
    expect(tip.hidden).toBe(false);
    vi.advanceTimersByTime(400);
    expect(tip.hidden).toBe(true);
  });

  it('Save sends the quote with its page, then says it is saved; the page never sees the click', async () => {
    const saved: [string, string | null][] = [];
    const { tip, card, at, kirby, doc } = setup({
      onSave: async (q, m) => {
        saved.push([q.text, m.title]);
        return { state: 'saved' };
      },
    });
    const pageClicks: Event[] = [];
    doc.addEventListener('click', (e) => pageClicks.push(e));
    card.pointer(at(90, 90), kirby);
    const button = tip.querySelector<HTMLButtonElement>('.tip-save')!;
    expect(button.textContent).toBe('Save to library');
    button.click();
    await settle();
    expect(saved).toEqual([[kirby.text, "Iran Says Doesn't Need 'Permission' to Expand Russia Ties"]]);
    expect(tip.querySelector('.tip-save')!.textContent).toBe('Saved to library');
    expect(tip.querySelector<HTMLButtonElement>('.tip-save')!.disabled).toBe(true);
    expect(pageClicks).toHaveLength(0);
  });

  it('a quote the library has already says so before any click', async () => {
    const { tip, card, at, kirby } = setup({
      onSave: async () => ({ state: 'saved' }),
      isSaved: async (q) => q === kirby,
    });
    card.pointer(at(90, 90), kirby);
    await settle();
    expect(tip.querySelector('.tip-save')!.textContent).toBe('In your library');
  });

  it('a failed save shows the reason and can be tried again', async () => {
    let outcome: SaveOutcome = { state: 'error', message: 'Could not save the quote: the browser has no room left.' };
    const { tip, card, at, kirby } = setup({ onSave: async () => outcome });
    card.pointer(at(90, 90), kirby);
    tip.querySelector<HTMLButtonElement>('.tip-save')!.click();
    await settle();
    expect(tip.querySelector('.tip-status')!.textContent).toBe(outcome.message);
    expect(tip.querySelector('.tip-save')!.textContent).toBe('Try again');
    outcome = { state: 'saved' };
    tip.querySelector<HTMLButtonElement>('.tip-save')!.click();
    await settle();
    expect(tip.querySelector('.tip-status')!.textContent).toBe('');
    expect(tip.querySelector('.tip-save')!.textContent).toBe('Saved to library');
  });
});

describe('hover card: also reported by', () => {
  const report = (over: Partial<AlsoReported> = {}) => alteredReport('alone', over);

  it('adds who else reported the quote, when and how, with the changed words marked', async () => {
    const asked: string[] = [];
    const { tip, card, at, kirby } = setup({
      alsoReported: async (q) => {
        asked.push(q.id);
        return [report()];
      },
    });
    card.pointer(at(90, 90), kirby);
    await settle();
    expect(tip.querySelector('.tip-also-line')!.textContent).toBe(
      'Also reported by Iran Front Page, Dec. 18, 2022: direct quote, words changed',
    );
    const words = tip.querySelector('.tip-also-words')!;
    expect(words.textContent).toBe('acts independently alone');
    expect(words.querySelector('del')!.textContent).toBe('independently');
    expect(words.querySelector('ins')!.textContent).toBe('alone');
    // asked once per quote, however often the pointer comes back
    card.hide();
    card.pointer(at(90, 90), kirby);
    await settle();
    expect(asked).toEqual([kirby.id]);
  });

  it('shows nothing more for a quote no one else reported, and page text stays text', async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const { tip, card, at, kirby, analysis } = setup({
      alsoReported: async (q) =>
        q === kirby ? [] : [report({ outlet: hostile, parts: [{ op: 'shared', text: hostile }], kind: 'indirect' })],
    });
    card.pointer(at(90, 90), kirby);
    await settle();
    expect(tip.querySelector('.tip-also')).toBeNull();
    const other = analysis.quotes.find((q) => q !== kirby)!;
    card.pointer(at(400, 400), other);
    await settle();
    expect(tip.querySelector('.tip-also-line')!.textContent).toMatch(/^Also reported by <img/);
    expect(tip.querySelector('mark')!.textContent).toBe(hostile);
    expect(tip.querySelector('img')).toBeNull();
  });
});
