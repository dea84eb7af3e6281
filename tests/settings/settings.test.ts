import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '@wxt-dev/storage';
import { autoMark, citationFormat, getCitationFormat, marksVisible } from '../../utils/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults: plain citations, no automatic marking, marks visible', async () => {
    expect(await getCitationFormat()).toBe('plain');
    expect(await autoMark.getValue()).toBe(false);
    expect(await marksVisible.getValue()).toBe(true);
  });

  it('remembers the chosen format in sync storage', async () => {
    await citationFormat.setValue('mla');
    expect(await getCitationFormat()).toBe('mla');
    expect(await fakeBrowser.storage.sync.get('citationFormat')).toEqual({ citationFormat: 'mla' });
  });

  it('an unknown stored format reads as plain rather than breaking the popup', async () => {
    await fakeBrowser.storage.sync.set({ citationFormat: 'harvard' });
    expect(await getCitationFormat()).toBe('plain');
  });

  it('a v1 value is carried into a future v2 by its migration', async () => {
    await citationFormat.setValue('chicago');
    // What shipping v2 looks like: same key, version bumped, a migration to 2.
    const v2 = storage.defineItem<{ format: string }>('sync:citationFormat', {
      fallback: { format: 'plain' },
      version: 2,
      migrations: { 2: (old: string) => ({ format: old }) },
    });
    await v2.migrate();
    expect(await v2.getValue()).toEqual({ format: 'chicago' });
    expect(await v2.getMeta()).toMatchObject({ v: 2 });
  });
});
