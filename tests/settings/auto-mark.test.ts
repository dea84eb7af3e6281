import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoMark } from '../../utils/settings';
import { AUTO_SCRIPT_ID, syncAutoMark, type AutoMarkApi } from '../../utils/settings/auto-mark';

function fakeApi(granted: boolean) {
  const registered = new Map<string, { matches: string[]; js: string[]; runAt: string }>();
  const api: AutoMarkApi = {
    permissions: { contains: async () => granted },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) =>
        ids.filter((id) => registered.has(id)).map((id) => ({ id, js: registered.get(id)!.js })),
      registerContentScripts: async (scripts) => void scripts.forEach((s) => registered.set(s.id, s)),
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => registered.delete(id)),
    },
  };
  return { api, registered };
}

describe('automatic marking', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers nothing by default: least privilege', async () => {
    const { api, registered } = fakeApi(true);
    expect(await syncAutoMark(api)).toBe(false);
    expect(registered.size).toBe(0);
  });

  it('needs both the setting and the granted permission', async () => {
    await autoMark.setValue(true);
    const denied = fakeApi(false);
    expect(await syncAutoMark(denied.api)).toBe(false);
    expect(denied.registered.size).toBe(0);

    const granted = fakeApi(true);
    expect(await syncAutoMark(granted.api)).toBe(true);
    expect(granted.registered.get(AUTO_SCRIPT_ID)).toMatchObject({
      matches: ['http://*/*', 'https://*/*'],
      runAt: 'document_idle',
      // the small first stage, not the analysis: most pages are not articles
      js: ['content-scripts/gate.js'],
    });
    await syncAutoMark(granted.api);
    expect(granted.registered.size).toBe(1);

    await autoMark.setValue(false);
    expect(await syncAutoMark(granted.api)).toBe(false);
    expect(granted.registered.size).toBe(0);
  });

  it('replaces the registration an earlier version left, which loaded the whole analysis into every page', async () => {
    await autoMark.setValue(true);
    const { api, registered } = fakeApi(true);
    registered.set(AUTO_SCRIPT_ID, {
      matches: ['http://*/*'],
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
    });
    expect(await syncAutoMark(api)).toBe(true);
    expect(registered.get(AUTO_SCRIPT_ID)?.js).toEqual(['content-scripts/gate.js']);
  });
});
