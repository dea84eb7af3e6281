import { vi } from 'vitest';
import { storeCalls, type LibraryApi } from '../../components/library/api';
import type { Citation } from '../../utils/cite';
import type { ExportFile } from '../../utils/library/export';
import type { Library } from '../../utils/library/store';
import { freshLibrary } from './helpers';

/** A side panel's browser side over a real library in memory, with changes announced as the extension does. */
export function panelApi(over: Partial<LibraryApi> & { library?: Library } = {}) {
  const listeners = new Set<(ids: string[]) => void>();
  const announce = (ids: string[]) => listeners.forEach((l) => l(ids));
  const library = over.library ?? freshLibrary({ onChange: announce }).library;
  const copied: Citation[] = [];
  const downloads: ExportFile[] = [];
  const remember = { on: false };
  const api: LibraryApi & { copied: Citation[]; downloads: ExportFile[]; announce(ids: string[]): void } = {
    copied,
    downloads,
    announce,
    ...storeCalls(library),
    download: (file) => void downloads.push(file),
    now: () => new Date('2026-11-22T10:00:00Z'),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    copy: vi.fn(async (c: Citation) => void copied.push(c)),
    getFormat: async () => 'plain',
    getCiteLink: async () => true,
    shortcut: async () => 'Alt+Shift+L',
    getRemember: async () => remember.on,
    setRemember: vi.fn(async (on: boolean) => void (remember.on = on)),
    rememberedArticles: () => library.rememberedArticles(),
    forgetRemembered: () => library.forgetRemembered(),
    ...over,
  };
  return { api, library };
}
