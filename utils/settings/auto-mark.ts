import { autoMark } from './index';

// "Mark articles automatically" needs host access to every http(s) page. It is optional: asked for
// only when the reader turns the setting on, and given back when they turn it off.
export const AUTO_ORIGINS = ['http://*/*', 'https://*/*'];
export const AUTO_SCRIPT_ID = 'verbatim-auto';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** What automatic marking registers for every page: the first stage, which loads the analysis only into articles. */
export const GATE_SCRIPT_FILE = 'content-scripts/gate.js';

/** The slice of the extension API this needs, so tests can pass a fake. */
export interface AutoMarkApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; js?: string[] }[]>;
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

/**
 * Registers the first stage for all pages exactly when the setting is on and the permission
 * granted. A registration an earlier version left (it registered the whole analysis, and
 * registrations persist across updates) is replaced.
 */
export async function syncAutoMark(api: AutoMarkApi): Promise<boolean> {
  const want = await autoMark.getValue();
  const granted = await api.permissions.contains({ origins: AUTO_ORIGINS });
  let registered: { js?: string[] } | undefined = (
    await api.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] })
  )[0];
  const on = want && granted;
  if (registered && (!on || registered.js?.join() !== GATE_SCRIPT_FILE)) {
    await api.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
    registered = undefined;
  }
  if (on && !registered) {
    await api.scripting.registerContentScripts([
      // document_idle, and the script itself waits for an idle moment: page load is never blocked.
      {
        id: AUTO_SCRIPT_ID,
        matches: AUTO_ORIGINS,
        js: [GATE_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return on;
}

export const grantsAutoOrigins = (origins: string[] | undefined) => !!origins?.some((o) => AUTO_ORIGINS.includes(o));
