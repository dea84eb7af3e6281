import { autoMark } from './index';

// "Mark articles automatically" needs host access to every http(s) page. It is optional: asked for
// only when the reader turns the setting on, and given back when they turn it off.
export const AUTO_ORIGINS = ['http://*/*', 'https://*/*'];
export const AUTO_SCRIPT_ID = 'verbatim-auto';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The slice of the extension API this needs, so tests can pass a fake. */
export interface AutoMarkApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(
      scripts: {
        id: string;
        matches: string[];
        js: string[];
        runAt: 'document_idle';
        persistAcrossSessions?: boolean;
      }[],
    ): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** Registers the content script for all pages exactly when the setting is on and the permission granted. */
export async function syncAutoMark(api: AutoMarkApi): Promise<boolean> {
  const want = await autoMark.getValue();
  const granted = await api.permissions.contains({ origins: AUTO_ORIGINS });
  const registered = (await api.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] })).length > 0;
  const on = want && granted;
  if (on && !registered) {
    await api.scripting.registerContentScripts([
      // document_idle, and the script itself waits for an idle moment: page load is never blocked.
      {
        id: AUTO_SCRIPT_ID,
        matches: AUTO_ORIGINS,
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!on && registered) {
    await api.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  }
  return on;
}

export const grantsAutoOrigins = (origins: string[] | undefined) => !!origins?.some((o) => AUTO_ORIGINS.includes(o));
