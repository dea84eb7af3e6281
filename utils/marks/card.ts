import { formatAp, parseDate } from '../cite/shared';
import { KIND_LABELS, speakerLabel } from '../quote-labels';
import { alsoReportedLine, type AlsoReported } from '../linking/also';
import type { PageMetadata, Quote } from '../types';

// The hover card of a highlighted quote: who said it and when, and Save. The overlay never takes
// pointer events (the reader must still select and click the page), but the card does, so it stays
// where it opened while the pointer travels onto it, and hides a moment after the pointer has left
// both the quote and the card.

/** How a save went, in the card's words. */
export interface SaveOutcome {
  state: 'saved' | 'exists' | 'error';
  /** For an error: what to tell the reader. */
  message?: string;
}

export interface CardHooks {
  /** Saves the quote; without it the card has no Save button. */
  onSave?(quote: Quote, metadata: PageMetadata): Promise<SaveOutcome>;
  /** Whether the library has the quote already, so the card can say so before any click. */
  isSaved?(quote: Quote, metadata: PageMetadata): Promise<boolean>;
  /** Other outlets' reports of the quote (asked of the background, where the library is). */
  alsoReported?(quote: Quote): Promise<AlsoReported[]>;
}

export interface HoverCard {
  /** The pointer moved; `quote` is the quote under it, if any. */
  pointer(e: MouseEvent, quote: Quote | null): void;
  hide(): void;
  dispose(): void;
}

/** How long the card waits, once the pointer has left quote and card, before it hides. */
const HIDE_DELAY_MS = 300;
// Pointer events on the card are the card's: the page's own handlers (a click that opens a
// lightbox, a mousedown that starts a selection) must not see them.
const OWN_EVENTS = ['mousedown', 'mouseup', 'click', 'dblclick', 'pointerdown', 'pointerup', 'touchstart'];

export function createHoverCard(
  tip: HTMLElement,
  win: Window & typeof globalThis,
  metadata: PageMetadata,
  hooks: CardHooks = {},
): HoverCard {
  const doc = tip.ownerDocument;
  let current: Quote | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the reader did with each quote's Save while this page's marks are up. */
  const outcomes = new Map<string, SaveOutcome | 'saving'>();
  /** Other outlets' reports, by quote id, once known. */
  const reports = new Map<string, AlsoReported[]>();
  const stop = (e: Event) => e.stopPropagation();
  for (const type of OWN_EVENTS) tip.addEventListener(type, stop);

  const line = (cls: string, text: string) => {
    const d = doc.createElement('div');
    d.className = cls;
    d.textContent = text;
    return d;
  };

  function renderActions(q: Quote): HTMLElement {
    const box = doc.createElement('div');
    box.className = 'tip-actions';
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'tip-save';
    // The overlay is hidden from assistive technology (it only repeats the page); the popup's
    // list is the keyboard's way to save, so this button stays out of the tab order.
    button.tabIndex = -1;
    const status = doc.createElement('div');
    status.className = 'tip-status';
    const o = outcomes.get(q.id);
    if (o === 'saving') {
      button.textContent = 'Saving…';
      button.disabled = true;
    } else if (o && o.state !== 'error') {
      button.textContent = o.state === 'saved' ? 'Saved to library' : 'In your library';
      button.disabled = true;
      button.classList.add('tip-save--done');
    } else {
      button.textContent = o ? 'Try again' : 'Save to library';
      if (o?.message) {
        status.textContent = o.message;
        status.classList.add('tip-status--error');
      }
    }
    button.addEventListener('click', () => void save(q));
    box.append(button, status);
    return box;
  }

  function fill(q: Quote) {
    const parts: HTMLElement[] = [line('tip-who', speakerLabel(q.speaker))];
    if (q.speaker.role && q.speaker.name) parts.push(line('tip-role', q.speaker.role));
    const date = parseDate(q.date?.iso);
    parts.push(line('tip-date', [date ? formatAp(date) : 'Date unknown', KIND_LABELS[q.kind].long].join(' · ')));
    const also = reports.get(q.id);
    if (also?.length) parts.push(renderAlso(doc, also));
    if (hooks.onSave) parts.push(renderActions(q));
    tip.replaceChildren(...parts);
  }

  async function save(q: Quote) {
    if (!hooks.onSave || outcomes.get(q.id) === 'saving') return;
    outcomes.set(q.id, 'saving');
    if (current === q) fill(q);
    let o: SaveOutcome;
    try {
      o = await hooks.onSave(q, metadata);
    } catch (e) {
      o = { state: 'error', message: e instanceof Error ? e.message : String(e) };
    }
    outcomes.set(q.id, o);
    if (current === q) fill(q);
  }

  /** Where the pointer opened the card: it is placed again there when it grows. */
  let at = { x: 0, y: 0 };
  function place() {
    const w = tip.offsetWidth || 260;
    const h = tip.offsetHeight || 60;
    const left = Math.min(at.x + 12, win.innerWidth - w - 8);
    const below = at.y + 14;
    tip.style.left = `${Math.max(8, left)}px`;
    tip.style.top = `${Math.max(8, below + h > win.innerHeight ? at.y - h - 10 : below)}px`;
  }

  function show(q: Quote, e: MouseEvent) {
    current = q;
    fill(q);
    tip.hidden = false;
    at = { x: e.clientX, y: e.clientY };
    place();
    if (hooks.isSaved && !outcomes.has(q.id))
      hooks.isSaved(q, metadata).then(
        (yes) => {
          if (!yes || outcomes.has(q.id)) return;
          outcomes.set(q.id, { state: 'exists' });
          if (current === q) fill(q);
        },
        () => {},
      );
    if (hooks.alsoReported && !reports.has(q.id)) {
      reports.set(q.id, []);
      hooks.alsoReported(q).then(
        (found) => {
          reports.set(q.id, found);
          if (!found.length || current !== q) return;
          fill(q);
          place();
        },
        () => {},
      );
    }
  }

  function hide() {
    clearTimeout(hideTimer);
    hideTimer = undefined;
    tip.hidden = true;
    current = null;
  }

  function overCard(e: MouseEvent): boolean {
    if (tip.hidden) return false;
    const r = tip.getBoundingClientRect();
    return e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
  }

  return {
    pointer(e, q) {
      if (overCard(e) || (q && q === current)) {
        clearTimeout(hideTimer);
        hideTimer = undefined;
        return;
      }
      if (q) {
        clearTimeout(hideTimer);
        hideTimer = undefined;
        show(q, e);
        return;
      }
      if (current && !hideTimer) hideTimer = setTimeout(hide, HIDE_DELAY_MS);
    },
    hide,
    dispose() {
      hide();
      for (const type of OWN_EVENTS) tip.removeEventListener(type, stop);
    },
  };
}

/** Other outlets' reports as the card shows them: the line, then their words marked, all text nodes. */
export function renderAlso(doc: Document, reports: readonly AlsoReported[]): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'tip-also';
  for (const a of reports) {
    const line = doc.createElement('div');
    line.className = 'tip-also-line';
    line.textContent = alsoReportedLine(a);
    const words = doc.createElement('div');
    words.className = `tip-also-words${a.kind === 'indirect' ? '' : ' tip-also-words--direct'}`;
    for (const p of a.parts) {
      if (p.op === 'plain') {
        words.append(doc.createTextNode(p.text));
        continue;
      }
      const el = doc.createElement(p.op === 'added' ? 'ins' : p.op === 'removed' ? 'del' : 'mark');
      el.textContent = p.text;
      words.append(el);
    }
    box.append(line, words);
  }
  return box;
}
