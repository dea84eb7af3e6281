import { vi } from 'vitest';
import type { PopupApi } from '../../components/api';
import type { CitationFormat } from '../../utils/cite';
import { sanitizeCitationHtml } from '../../utils/cite/clipboard';
import type { AnalyzeResponse } from '../../utils/messaging';
import { popupAnalysis } from '../../utils/serialize';
import { goldAnalysis, seedDom } from '../helpers/seeds';

/** What the popup receives for The Moscow Times' seed page when the core finds exactly its gold. */
export function moscowGold() {
  const { dom, gold } = seedDom('moscowtimes-iran-permission');
  return popupAnalysis(goldAnalysis(dom.window.document, gold).analysis);
}

/** The popup's browser side, faked: records copies and format changes; `over` replaces any part. */
export function fakeApi(
  response: AnalyzeResponse | ((force: boolean) => AnalyzeResponse),
  over: Partial<PopupApi> = {},
): PopupApi & { copied: { text: string; html: string }[]; formats: CitationFormat[] } {
  const copied: { text: string; html: string }[] = [];
  const formats: CitationFormat[] = [];
  return {
    copied,
    formats,
    analyze: vi.fn(async (force: boolean) => (typeof response === 'function' ? response(force) : response)),
    setMarks: vi.fn(async () => {}),
    showQuote: vi.fn(async () => true),
    copy: async (c) => void copied.push(c),
    getFormat: async () => 'plain',
    setFormat: async (f) => void formats.push(f),
    getCiteLink: async () => true,
    setCiteLink: vi.fn(async () => {}),
    fragment: async (q) => `text=${encodeURIComponent(q.text)}`,
    getAutoMark: async () => false,
    setAutoMark: async (on) => on,
    now: () => new Date(2026, 10, 22),
    sanitize: (html) => sanitizeCitationHtml(html, window),
    shortcut: async () => 'Alt+Shift+Q',
    save: vi.fn(async () => ({ status: 'saved', id: 'q0000000000000000' }) as const),
    savedQuotes: async () => [],
    alsoReported: async () => ({}),
    openLibrary: vi.fn(),
    ...over,
  };
}
