import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '@/utils/messaging';
import { announceChange, listenForChanges } from '@/utils/library/changes';
import { createLinker } from '@/utils/linking/library-links';
import { createLibrary } from '@/utils/library/store';
import { autoMark, rememberArticles } from '@/utils/settings';
import { CONTENT_SCRIPT_FILE, grantsAutoOrigins, syncAutoMark, type AutoMarkApi } from '@/utils/settings/auto-mark';

export default defineBackground(() => {
  const api = browser as unknown as AutoMarkApi;
  const sync = () => syncAutoMark(api).catch((e) => console.warn('[verbatim] auto-mark registration', e));

  // The popup may close while the permission prompt is open, so the grant itself turns the setting on.
  browser.permissions.onAdded.addListener(async (p) => {
    if (grantsAutoOrigins(p.origins)) await autoMark.setValue(true);
    await sync();
  });
  browser.permissions.onRemoved.addListener(async (p) => {
    if (grantsAutoOrigins(p.origins)) await autoMark.setValue(false);
    await sync();
  });
  autoMark.watch(() => void sync());
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());

  // The first stage found an article: load the analysis into that frame (it marks once idle).
  onMessage('articleFound', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    void browser.scripting.executeScript({ target, files: [`/${CONTENT_SCRIPT_FILE}`] }).catch(() => {});
  });

  // The background owns the library's writes from pages and the popup: the content script never
  // bundles the database code, it only sends what to save.
  const library = createLibrary({
    indexedDB,
    now: () => new Date(),
    onChange: (ids) => {
      linker.invalidate();
      announceChange(ids);
    },
  });
  // "Also reported by": the index of the saved quotes and remembered articles lives here, with
  // the database; the pages only send their quotes. Built again after a change from elsewhere.
  const linker = createLinker({
    saved: () => library.all(),
    remembered: () => library.remembered(),
    remember: (article, quotes) => library.remember(article, quotes),
    now: () => new Date(),
  });
  listenForChanges(() => linker.invalidate());
  const failed = (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) });
  onMessage('linkPage', async ({ data }) => {
    try {
      return { links: await linker.linkPage(data, await rememberArticles.getValue()) };
    } catch (e) {
      return failed(e);
    }
  });
  onMessage('rememberedArticles', () => library.rememberedArticles().then((articles) => ({ articles }), failed));
  onMessage('forgetRemembered', async () => {
    try {
      await library.forgetRemembered();
      linker.invalidate();
      return { articles: 0 };
    } catch (e) {
      return failed(e);
    }
  });
  onMessage('librarySave', ({ data }) => library.save(data));
  onMessage('libraryHas', ({ data }) =>
    library.has(Array.isArray(data?.ids) ? data.ids : []).then(
      (ids) => ({ ids }),
      (e: Error) => ({ error: e.message }),
    ),
  );

  // Chrome's side panel from the library's keyboard shortcut (Firefox runs _execute_sidebar_action
  // itself). Opened at once from the command's tab: any await first would lose the user gesture.
  const sidePanel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-library' && sidePanel && tab?.windowId != null)
      void sidePanel.open({ windowId: tab.windowId }).catch((e) => console.warn('[verbatim] side panel', e));
  });

  onMessage('reportQuotes', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    void action.setBadgeText({ tabId, text: data.count ? String(data.count) : '' });
    void action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
  });
});
