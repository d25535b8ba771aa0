import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeSiteProfile, clearProfileOverride, saveProfileOverride } from '../../lib/background/profile-override';
import { startBackground } from '../../lib/background/start-background';
import { loadProfileInForce, profileInForceFrom } from '../../lib/content/active-profile';
import { compileProfile } from '../../lib/kartra/compiled-profile';
import { compileStripeProfile, matchesAny, type CompiledStripeProfile } from '../../lib/stripe/compiled-stripe-profile';
import { DEFAULT_STRIPE_PROFILE, type StripeProfile } from '../../lib/stripe/stripe-profile';
import { DEFAULT_SITE_PROFILE } from '../../lib/kartra/default-site-profile';
import { parseSiteProfileOverride } from '../../lib/kartra/site-profile';
import { profileOverrideItem, stripeProfileOverrideItem } from '../../lib/storage';

const noWait = async () => undefined;

describe('the profile detection runs with (background side)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the built-in profile when no override is stored', async () => {
    await expect(activeSiteProfile('kartra')).resolves.toEqual({ profile: DEFAULT_SITE_PROFILE, source: 'default' });
  });

  it('applies a partial override the way the options page validated it: merged onto the defaults', async () => {
    const json = JSON.stringify({ version: 1, bannerWords: ['stripe', 'payments paused'] });
    const validated = parseSiteProfileOverride(json);
    expect(validated.ok).toBe(true);
    await profileOverrideItem.setValue({ json, savedAt: 1 });
    const active = await activeSiteProfile('kartra');
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
      expect((await activeSiteProfile('kartra')).source, JSON.stringify(value)).toBe('default');
    }
  });

  it('keeps a __proto__ key in an override from reaching any prototype', async () => {
    await profileOverrideItem.setValue({ json: '{"version":1,"__proto__":{"polluted":true}}', savedAt: 1 });
    const active = await activeSiteProfile('kartra');
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
    const active = await loadProfileInForce('kartra', compileProfile, noWait);
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
    const active = await loadProfileInForce('kartra', compileProfile, async (ms) => void waits.push(ms));
    expect(active?.source).toBe('default');
    expect(waits).toEqual([200, 500]);

    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error: 'Could not establish connection.' }));
    waits.length = 0;
    await expect(loadProfileInForce('kartra', compileProfile, async (ms) => void waits.push(ms))).resolves.toBeUndefined();
    expect(waits).toEqual([200, 500, 1000, 2000]);
  });

  it('stops at once when the extension context is gone (updated or removed under the tab)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    const waits: number[] = [];
    await expect(loadProfileInForce('kartra', compileProfile, async (ms) => void waits.push(ms))).resolves.toBeUndefined();
    expect(waits).toEqual([]);
  });

  it('refuses answers that are not a usable profile, without throwing', () => {
    const junk = [undefined, null, 7, 'profile', {}, { profile: DEFAULT_SITE_PROFILE }, { profile: DEFAULT_SITE_PROFILE, source: 'mine' }, { profile: 'x', source: 'default' }, { profile: { version: 1 }, source: 'override' }];
    for (const value of junk) expect(profileInForceFrom(value, compileProfile), JSON.stringify(value)).toBeUndefined();
    const good = profileInForceFrom({ profile: DEFAULT_SITE_PROFILE, source: 'default' }, compileProfile);
    expect(good?.compiled.profile).toBe(DEFAULT_SITE_PROFILE);
  });
});

describe('the Stripe profile, with the same powers (background side)', () => {
  beforeEach(() => fakeBrowser.reset());
  const CONNECT_DE = { version: 1, words: { connectButton: [{ pattern: '^verbinden$', why: 'German OAuth page.' }] } };

  it('is the built-in Stripe profile when no override is stored, whatever Kartra has', async () => {
    await profileOverrideItem.setValue({ json: JSON.stringify({ version: 1, bannerWords: ['payments paused'] }), savedAt: 1 });
    await expect(activeSiteProfile('stripe')).resolves.toEqual({ profile: DEFAULT_STRIPE_PROFILE, source: 'default' });
  });

  it('saves a valid override, which then takes precedence, merged onto the built-in profile', async () => {
    await expect(saveProfileOverride('stripe', JSON.stringify(CONNECT_DE), 5)).resolves.toEqual({ saved: true, errors: [] });
    const active = await activeSiteProfile('stripe');
    expect(active.source).toBe('override');
    expect(active.profile.words.connectButton).toEqual(CONNECT_DE.words.connectButton);
    expect(active.profile.urls).toEqual(DEFAULT_STRIPE_PROFILE.urls);
    // Kartra's profile is untouched.
    expect((await activeSiteProfile('kartra')).source).toBe('default');
  });

  it('refuses an invalid override with the field and the reason, and the previous one stays in force', async () => {
    await saveProfileOverride('stripe', JSON.stringify(CONNECT_DE), 5);
    const refused = await saveProfileOverride('stripe', '{"version":1,"urls":{"apiKeysPath":[{"pattern":"(","why":"broken"}]}}', 6);
    expect(refused.saved).toBe(false);
    expect(refused.errors).toEqual([{ path: 'urls.apiKeysPath[0].pattern', problem: { code: 'invalidPattern', detail: expect.any(String) } }]);
    expect(await stripeProfileOverrideItem.getValue()).toEqual({ json: JSON.stringify(CONNECT_DE), savedAt: 5 });
    expect((await activeSiteProfile('stripe')).profile.words.connectButton).toEqual(CONNECT_DE.words.connectButton);
  });

  it('validates the stored override again on every read, and clearing it brings the built-in profile back', async () => {
    await fakeBrowser.storage.local.set({ stripeProfileOverride: { json: '{"version":2}', savedAt: 1 } });
    expect((await activeSiteProfile('stripe')).source).toBe('default');
    await saveProfileOverride('stripe', JSON.stringify(CONNECT_DE), 5);
    await clearProfileOverride('stripe');
    await expect(activeSiteProfile('stripe')).resolves.toEqual({ profile: DEFAULT_STRIPE_PROFILE, source: 'default' });
  });
});

const STRIPE_TAB_SENDER: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: 'https://connect.stripe.com/oauth/authorize?x=1', frameId: 0, tab: { id: 4 } as Browser.tabs.Tab };

describe('the profile the Stripe content script uses (content side)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      const replies = await fakeBrowser.runtime.onMessage.trigger(message, STRIPE_TAB_SENDER, () => undefined);
      return replies.find((reply) => reply !== undefined);
    }) as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks the background for the Stripe profile in force and compiles it for the readers', async () => {
    startBackground();
    await saveProfileOverride('stripe', JSON.stringify({ version: 1, words: { connectButton: [{ pattern: '^verbinden$', why: 'German OAuth page.' }] } }), 1);
    const active = await loadProfileInForce<StripeProfile, CompiledStripeProfile>('stripe', compileStripeProfile, noWait);
    expect(active?.source).toBe('override');
    expect(matchesAny('verbinden', active?.compiled.words.connectButton ?? [])).toBe(true);
    expect(matchesAny('connect', active?.compiled.words.connectButton ?? [])).toBe(false);
  });

  it('gets no answer when a Stripe page asks for Kartra’s profile', async () => {
    startBackground();
    await expect(loadProfileInForce('kartra', compileProfile, noWait)).resolves.toBeUndefined();
  });

  it('refuses an answer whose patterns do not compile, without throwing', () => {
    const broken = { ...DEFAULT_STRIPE_PROFILE, urls: { ...DEFAULT_STRIPE_PROFILE.urls, loginPath: [{ pattern: '(', why: 'broken' }] } };
    expect(profileInForceFrom(broken, compileStripeProfile)).toBeUndefined();
    expect(profileInForceFrom({ profile: broken, source: 'override' }, compileStripeProfile)).toBeUndefined();
    expect(profileInForceFrom({ profile: { version: 1 }, source: 'override' }, compileStripeProfile)).toBeUndefined();
  });
});
