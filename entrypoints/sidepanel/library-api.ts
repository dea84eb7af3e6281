import { browser } from 'wxt/browser';
import { storeCalls, type LibraryApi } from '@/components/library/api';
import { announceChange, listenForChanges } from '@/utils/library/changes';
import { createLibrary } from '@/utils/library/store';
import { citeLink, getCitationFormat, rememberArticles } from '@/utils/settings';
import { sendMessage } from '@/utils/messaging';

// The side panel reads the library's database itself (an extension page shares the extension's
// IndexedDB): 10,000 records through a message to the background would cost far more than the
// read. Its own edits are announced like the background's, so every other open view refreshes.

type Clipboard = typeof import('@/utils/cite/clipboard');
let clipboardModule: Clipboard | null = null;
const loadClipboard = async () => (clipboardModule ??= await import('@/utils/cite/clipboard'));

/** The command that opens the library: Firefox's sidebar command, or ours in Chrome. */
export const LIBRARY_COMMANDS = ['_execute_sidebar_action', 'open-library'];

export function createLibraryApi(): LibraryApi {
  const library = createLibrary({ indexedDB, now: () => new Date(), onChange: announceChange });
  return {
    ...storeCalls(library),
    download(file) {
      // A link with `download` saves without asking for the downloads permission.
      const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.type }));
      const a = Object.assign(document.createElement('a'), { href: url, download: file.name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    now: () => new Date(),
    onChange: (listener) => listenForChanges(({ ids }) => listener(ids)),
    copy: async (citation) => (await loadClipboard()).copyCitation(citation, navigator.clipboard),
    getFormat: getCitationFormat,
    getCiteLink: () => citeLink.getValue(),
    getRemember: () => rememberArticles.getValue(),
    setRemember: (on) => rememberArticles.setValue(on),
    // through the background, which holds the index built from them
    async rememberedArticles() {
      const res = await sendMessage('rememberedArticles', undefined);
      if ('error' in res) throw new Error(res.error);
      return res.articles;
    },
    async forgetRemembered() {
      const res = await sendMessage('forgetRemembered', undefined);
      if ('error' in res) throw new Error(res.error);
    },
    async shortcut() {
      const commands = await browser.commands?.getAll?.().catch(() => []);
      return commands?.find((c) => c.name && LIBRARY_COMMANDS.includes(c.name))?.shortcut || null;
    },
  };
}
