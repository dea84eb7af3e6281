import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleGate } from '@/utils/gate/article-gate';
import { sendMessage } from '@/utils/messaging';

// Automatic marking's first stage, registered for every page while "Mark articles automatically" is
// on: a few kilobytes that decide whether the page may hold an article. Only then does the
// background inject the analysis (content.ts); every other page pays for this file alone.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    if (document.contentType !== 'text/html' && document.contentType !== 'application/xhtml+xml') return;
    if (articleGate(document).article) void sendMessage('articleFound', undefined).catch(() => {});
  },
});
