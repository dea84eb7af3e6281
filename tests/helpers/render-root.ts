import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * The element a component test renders into: in the document during each test, and after it
 * unmounted (so the component's effects and listeners end) and taken out again, so no test sees
 * what another rendered.
 */
export function renderRoot(): HTMLElement {
  const root = document.createElement('div');
  beforeEach(() => {
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.replaceChildren();
    root.remove();
  });
  return root;
}

/** Lets pending promises and the effects they trigger run: one turn of the event loop, inside act. */
export const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

/** IndexedDB (fake-indexeddb) answers on later turns of the event loop: waits until `check` holds. */
export const settle = (check: () => void) =>
  vi.waitFor(async () => {
    await flush();
    check();
  });
