import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeSiteProfile } from '../../lib/background/profile-override';
import { startBackground } from '../../lib/background/start-background';
import { activeProfileFrom, loadActiveProfile } from '../../lib/content/active-profile';
import { DEFAULT_SITE_PROFILE } from '../../lib/kartra/default-site-profile';
import { parseSiteProfileOverride } from '../../lib/kartra/site-profile';
import { profileOverrideItem } from '../../lib/storage';

const noWait = async () => undefined;

describe('the profile detection runs with (background side)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the built-in profile when no override is stored', async () => {
    await expect(activeSiteProfile()).resolves.toEqual({ profile: DEFAULT_SITE_PROFILE, source: 'default' });
  });

  it('applies a partial override the way the options page validated it: merged onto the defaults', async () => {
    const json = JSON.stringify({ version: 1, bannerWords: ['stripe', 'payments paused'] });
    const validated = parseSiteProfileOverride(json);
    expect(validated.ok).toBe(true);
    await profileOverrideItem.setValue({ json, savedAt: 1 });
    const active = await activeSiteProfile();
    expect(active.source).toBe('override');
    expect(active.profile.bannerWords).toEqual(['stripe', 'payments paused']);
    // Everything the override does not name stays as built in.
    expect(active.profile.integrations).toEqual(DEFAULT_SITE_PROFILE.integrations);
    expect(active.profile).toEqual(validated.ok && validated.profile);
  });

  it('validates the stored override again on every read: broken JSON, junk or an invalid profile give the default', async () => {
    const stored = [
      { json: '{not json', savedAt: 1 },
      { json: '[1,2]', savedAt: 1 },
      { json: '{"version":1,"limits":{"maxNodes":-5}}', savedAt: 1 },
      { json: 42, savedAt: 1 },
      'text',
    ];
    for (const value of stored) {
      await (profileOverrideItem.setValue as (raw: unknown) => Promise<void>)(value);
      expect((await activeSiteProfile()).source, JSON.stringify(value)).toBe('default');
    }
  });

  it('keeps a __proto__ key in an override from reaching any prototype', async () => {
    await profileOverrideItem.setValue({ json: '{"version":1,"__proto__":{"polluted":true}}', savedAt: 1 });
    const active = await activeSiteProfile();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(active.profile.integrations).toEqual(DEFAULT_SITE_PROFILE.integrations);
  });
});

const KARTRA_TAB_SENDER: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: 'https://app.kartra.com/integrations', frameId: 0, tab: { id: 3 } as Browser.tabs.Tab };

/** Delivers runtime.sendMessage to the onMessage listeners as the browser would from a Kartra tab, and returns the
 *  first answer (fakeBrowser's own sendMessage gives no sender and ignores promise-returning listeners). */
function deliverFromKartraTab() {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, KARTRA_TAB_SENDER, () => undefined);
    return replies.find((reply) => reply !== undefined);
  }) as never);
}

describe('the profile the Kartra content script uses (content side)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    deliverFromKartraTab();
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks the background, through the real message router, and compiles the answer', async () => {
    startBackground();
    await profileOverrideItem.setValue({ json: JSON.stringify({ version: 1, bannerWords: ['payments paused'] }), savedAt: 1 });
    const active = await loadActiveProfile(noWait);
    expect(active?.source).toBe('override');
    expect(active?.profile.bannerWords).toEqual(['payments paused']);
    expect(active?.compiled.profile).toBe(active?.profile);
  });

  it('tries again while the background is starting, with growing pauses, then gives up', async () => {
    const waits: number[] = [];
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      calls++;
      return Promise.resolve(calls < 3 ? { ok: false, error: 'Could not establish connection.' } : { ok: true, value: { profile: DEFAULT_SITE_PROFILE, source: 'default' } });
    });
    const active = await loadActiveProfile(async (ms) => void waits.push(ms));
    expect(active?.source).toBe('default');
    expect(waits).toEqual([200, 500]);

    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error: 'Could not establish connection.' }));
    waits.length = 0;
    await expect(loadActiveProfile(async (ms) => void waits.push(ms))).resolves.toBeUndefined();
    expect(waits).toEqual([200, 500, 1000, 2000]);
  });

  it('stops at once when the extension context is gone (updated or removed under the tab)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    const waits: number[] = [];
    await expect(loadActiveProfile(async (ms) => void waits.push(ms))).resolves.toBeUndefined();
    expect(waits).toEqual([]);
  });

  it('refuses answers that are not a usable profile, without throwing', () => {
    const junk = [undefined, null, 7, 'profile', {}, { profile: DEFAULT_SITE_PROFILE }, { profile: DEFAULT_SITE_PROFILE, source: 'mine' }, { profile: 'x', source: 'default' }, { profile: { version: 1 }, source: 'override' }];
    for (const value of junk) expect(activeProfileFrom(value), JSON.stringify(value)).toBeUndefined();
    const good = activeProfileFrom({ profile: DEFAULT_SITE_PROFILE, source: 'default' });
    expect(good?.compiled.profile).toBe(DEFAULT_SITE_PROFILE);
  });
});
