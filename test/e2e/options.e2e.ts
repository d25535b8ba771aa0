/**
 * The options page in both browsers: the site-profile override (precise errors, nothing lost, reset) and the optional
 * online account check against the sandbox's fake Stripe API, including the canary: a restricted key must never reach
 * a web page, storage.local/sync, the console, or the DOM in full.
 *
 * Permission prompts cannot be answered in a headless browser: `permissions.request` from a click stays pending in
 * both (no prompt to click; Firefox rejects it outright without a user gesture). A real agent grants the API host
 * once, so the tests grant it the way a user can outside the prompt (allowApiHostInBrowserSettings), after which the
 * page's own `permissions.request` resolves true with no prompt.
 */
import type { Page } from 'puppeteer-core';
import { readStorage } from './lifecycle-helpers.ts';
import { describe, expect, it } from 'vitest';
import { openStripeEditWindow, skipIntroduction, startGuideOnKartra } from '../../scripts/happy-path.ts';
import { BROWSERS, openExtensionPage, openKartra, sandboxState, useSuite } from './fixtures.ts';
import { fillTextarea, waitForText } from './page-actions.ts';
import { allowApiHostInBrowserSettings, hasApiPermission } from './api-permission.ts';
import { domText } from './hostile/observe.ts';

interface State {
  expected: { originalAccountId: string };
  stripe: {
    accounts: { id: string; displayName: string; currentKeys: { liveSecret: string }; keys: { restricted: { live: string; test: string } } }[];
    specialApiKeys: { rateLimited: string; noPermission: string; unknown: string };
  };
}

/** A well-formed restricted key that belongs to no sandbox account, carrying the canary the quality bar asks for. */
const CANARY_KEY = `rk_test_51FakeCanaryAcc01CANARY${'CANARYFAKE0123456789'.repeat(4)}`;


async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

/** storage.local, storage.sync, storage.session or the trusted store (IndexedDB) as JSON text, read from one of our pages. */
async function storageText(page: Page, area: 'local' | 'sync' | 'session' | 'trusted'): Promise<string> {
  return JSON.stringify(await readStorage(page, area));
}

/** Paste a key into the online check's password field and press "Check account". */
async function checkKey(page: Page, key: string): Promise<void> {
  await page.click('[data-testid="online-key-input"]');
  await page.type('[data-testid="online-key-input"]', key);
  await page.click('[data-testid="online-check-button"]');
}

async function waitForMessage(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    (src: string, flags: string) => new RegExp(src, flags).test(document.querySelector('[data-testid="online-check-message"]')?.textContent ?? ''),
    { polling: 100, timeout: 15_000 },
    pattern.source,
    pattern.flags,
  );
  return textOf(page, '[data-testid="online-check-message"]');
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe.each(BROWSERS)('options page and online check in %s', (browserName) => {

  const suite = useSuite(browserName);

  it('Stripe pages profile: shows its version, saves a valid override, refuses an invalid one with field and reason, keeps the previous', async () => {
    const S = '[data-testid="stripe-profile-section"]';
    const K = '[data-testid="profile-section"]';
    const page = await openExtensionPage(suite, 'options.html');
    await page.waitForSelector(`${S} [data-testid="profile-source"][data-source="default"]`);
    expect(await textOf(page, `${S} [data-testid="profile-version"]`)).toBe('1');
    const builtIn = JSON.parse(await textOf(page, `${S} [data-testid="active-profile-json"]`)) as {
      version: number;
      words: { connectButton: { pattern: string; why: string }[] };
      urls: Record<string, unknown[]>;
    };
    expect(builtIn.version).toBe(1);
    expect(Object.keys(builtIn.urls)).toContain('apiKeysPath');

    // A valid override: one more way Stripe may word its Connect button.
    builtIn.words.connectButton.push({ pattern: '^verbinden$', why: 'German OAuth page.' });
    await fillTextarea(page, `${S} [data-testid="override-text"]`, JSON.stringify(builtIn, null, 2));
    await page.click(`${S} [data-testid="override-save"]`);
    await page.waitForSelector(`${S} [data-testid="profile-source"][data-source="override"]`);
    expect(await textOf(page, `${S} [data-testid="profile-source"]`)).toMatch(/version 1\..*Override active.*saved at/);
    expect(await textOf(page, `${S} [data-testid="active-profile-json"]`)).toContain('^verbinden$');
    const saved = JSON.parse(await storageText(page, 'trusted')) as { stripeProfileOverride?: { json: string }; profileOverride?: unknown };
    expect(saved.stripeProfileOverride?.json).toContain('^verbinden$');
    expect(saved.profileOverride ?? null).toBeNull();
    expect(await page.$eval(`${K} [data-testid="profile-source"]`, (el) => el.getAttribute('data-source'))).toBe('default');

    // An invalid one is refused with each field and reason; the one saved before stays in force.
    const invalid = '{"version": 1, "urls": {"apiKeysPath": [{"pattern": "(", "why": "broken"}]}, "word": {}}';
    await fillTextarea(page, `${S} [data-testid="override-text"]`, invalid);
    await page.click(`${S} [data-testid="override-save"]`);
    await page.waitForSelector(`${S} .override-editor [data-testid="profile-errors"]`);
    const errors = await page.$$eval(`${S} .override-editor [data-testid="profile-errors"] li`, (items) => items.map((li) => li.textContent ?? ''));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^urls\.apiKeysPath\[0\]\.pattern: not a valid regular expression/),
        expect.stringMatching(/^word: unknown field/),
      ]),
    );
    expect(await textOf(page, `${S} [data-testid="profile-status"]`)).toMatch(/active profile did not change/);
    expect(await page.$eval(`${S} [data-testid="profile-source"]`, (el) => el.getAttribute('data-source'))).toBe('override');
    expect(await textOf(page, `${S} [data-testid="active-profile-json"]`)).toContain('^verbinden$');
    const kept = JSON.parse(await storageText(page, 'trusted')) as { stripeProfileOverride?: { json: string } };
    expect(kept.stripeProfileOverride?.json).toBe(saved.stripeProfileOverride?.json);

    await page.click(`${S} [data-testid="profile-reset"]`);
    await page.click(`${S} [data-testid="profile-reset-confirm"]`);
    await page.waitForSelector(`${S} [data-testid="profile-source"][data-source="default"]`);
    await page.close();
  });

  it('refuses an invalid override with each field and reason, saves a valid one, and resets to the built-in profile', async () => {
    const page = await openExtensionPage(suite, 'options.html');
    await page.waitForSelector('[data-testid="profile-section"] [data-testid="profile-source"][data-source="default"]');
    const builtIn = await textOf(page, '[data-testid="active-profile-json"]');

    const invalid = '{ "version": 1, "statusWords": { "connected": ["", 5] }, "bannerWord": [] }';
    await page.type('[data-testid="override-text"]', invalid);
    await page.click('[data-testid="override-save"]');
    await page.waitForSelector('[data-testid="profile-errors"]');
    const errors = await page.$$eval('[data-testid="profile-errors"] li', (items) => items.map((li) => li.textContent ?? ''));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^statusWords\.connected\[0\]: must not be empty/),
        expect.stringMatching(/^statusWords\.connected\[1\]: .*string/i),
        expect.stringMatching(/^bannerWord: unknown field \(did you mean "bannerWords"\?\)/),
      ]),
    );
    // Nothing lost, nothing changed.
    expect(await page.$eval('[data-testid="override-text"]', (el) => (el as HTMLTextAreaElement).value)).toBe(invalid);
    expect(await page.$eval('[data-testid="profile-source"]', (el) => el.getAttribute('data-source'))).toBe('default');
    expect(await textOf(page, '[data-testid="active-profile-json"]')).toBe(builtIn);
    expect(await textOf(page, '[data-testid="profile-status"]')).toMatch(/active profile did not change/);

    // A valid override: the built-in profile with one more "needs attention" word.
    const profile = JSON.parse(builtIn) as { statusWords: { needsAttention: string[] } };
    profile.statusWords.needsAttention.push('stripe wants a fresh handshake');
    await fillTextarea(page, '[data-testid="override-text"]', JSON.stringify(profile, null, 2));
    await page.click('[data-testid="override-validate"]');
    await waitForText(page, /Valid\./);
    await page.click('[data-testid="override-save"]');
    await page.waitForSelector('[data-testid="profile-section"] [data-testid="profile-source"][data-source="override"]');
    expect(await textOf(page, '[data-testid="profile-source"]')).toMatch(/Override active.*saved at/);
    expect(await textOf(page, '[data-testid="active-profile-json"]')).toContain('stripe wants a fresh handshake');
    expect(await page.$('[data-testid="profile-errors"]')).toBeNull();
    const stored = JSON.parse(await storageText(page, 'trusted')) as { profileOverride?: { json: string } };
    expect(await storageText(page, 'local')).toBe('{}');
    expect(stored.profileOverride?.json).toContain('stripe wants a fresh handshake');

    // Reset asks first; then the built-in profile is back. (Every wait names the Kartra section: the Stripe section's
    // own profile-source says "default" all along.)
    await page.click('[data-testid="profile-reset"]');
    await page.click('[data-testid="profile-reset-confirm"]');
    await page.waitForSelector('[data-testid="profile-section"] [data-testid="profile-source"][data-source="default"]');
    expect(await textOf(page, '[data-testid="active-profile-json"]')).toBe(builtIn);
    await page.close();
  });

  it('refuses an override whose route pattern can backtrack catastrophically, with the field and the reason', async () => {
    const page = await openExtensionPage(suite, 'options.html');
    await page.waitForSelector('[data-testid="profile-section"] [data-testid="profile-source"][data-source="default"]');
    const builtIn = await textOf(page, '[data-testid="active-profile-json"]');
    // `(a+)+$` froze a Kartra tab for over 15 s on a long URL (issue 16, item 6).
    await fillTextarea(page, '[data-testid="override-text"]', JSON.stringify({ version: 1, route: { pathPatterns: ['(a+)+$'] } }));
    await page.click('[data-testid="override-save"]');
    await page.waitForSelector('[data-testid="profile-errors"]');
    const errors = await page.$$eval('[data-testid="profile-errors"] li', (items) => items.map((li) => li.textContent ?? ''));
    expect(errors).toEqual([expect.stringMatching(/^route\.pathPatterns\[0\]: must not repeat a group that holds a repeat, like \(a\+\)\+/)]);
    expect(await page.$eval('[data-testid="profile-source"]', (el) => el.getAttribute('data-source'))).toBe('default');
    expect(await textOf(page, '[data-testid="active-profile-json"]')).toBe(builtIn);
    expect(JSON.parse(await storageText(page, 'local'))).not.toHaveProperty('profileOverride.json');
    await page.close();
  });

  it('checks a restricted key against the sandbox API once the host is allowed, with plain messages for every failure', async () => {
    const state = await sandboxState<State>(suite);
    const account = state.stripe.accounts[1]!;
    const kartra = await openKartra(suite);

    // First use: the click asks the browser for the API host. Headless Chromium never answers the prompt (Firefox
    // runs with prompts off, so there the request is granted at once and the check goes through).
    let page = await openExtensionPage(suite, 'options.html');
    expect(await hasApiPermission(page)).toBe(false);
    await checkKey(page, account.keys.restricted.test);
    if (suite.ext.name === 'chromium') await waitForMessage(page, /Waiting for the browser to allow access to api\.stripe\.localhost/);
    expect(await textOf(page, '[data-testid="stored-key"]')).toMatch(/rk_test_…[A-Za-z0-9]{4}$/);
    await page.close();

    await allowApiHostInBrowserSettings(suite);
    // The key stayed for the session: a new page checks it with no typing and no prompt.
    page = await openExtensionPage(suite, 'options.html');
    await page.waitForSelector('[data-testid="stored-key"]');
    await page.click('[data-testid="online-check-button"]');
    await page.waitForSelector('[data-testid="online-result"]');
    expect(await textOf(page, '[data-testid="online-account-id"]')).toBe(account.id);
    expect(await textOf(page, '[data-testid="online-business-name"]')).toContain(account.displayName);
    expect(await hasApiPermission(page)).toBe(true);

    const failures: [string, RegExp][] = [
      [state.stripe.specialApiKeys.rateLimited, /too many requests.*try again/i],
      [state.stripe.specialApiKeys.noPermission, /may not read account details.*rak_accounts_kyc_basic_read/],
      [state.stripe.specialApiKeys.unknown, /did not accept the key rk_test_…[A-Za-z0-9]{4}/],
    ];
    for (const [key, expected] of failures) {
      await checkKey(page, key);
      const message = await waitForMessage(page, expected);
      expect(message).not.toContain(key);
      expect(await page.$('[data-testid="online-result"]')).toBeNull();
    }

    // A secret key is refused before anything is sent or kept, and the field is emptied.
    const storedBefore = await textOf(page, '[data-testid="stored-key"]');
    await checkKey(page, account.currentKeys.liveSecret);
    await waitForMessage(page, /Secret keys \(sk_…\) are never accepted.*create a restricted key/);
    expect(await page.$eval('[data-testid="online-key-input"]', (el) => (el as HTMLInputElement).value)).toBe('');
    expect(await textOf(page, '[data-testid="stored-key"]')).toBe(storedBefore);
    expect(await storageText(page, 'session')).not.toContain('sk_');

    await page.click('[data-testid="online-forget-button"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="stored-key"]'), { polling: 100 });
    expect(await storageText(page, 'session')).not.toContain('rk_');
    await page.close();
    await kartra.page.close();
  });

  it('keeps the canary key out of every page, storage.local/sync and the console', async () => {
    await allowApiHostInBrowserSettings(suite);
    const kartra = await openKartra(suite);
    const page = await openExtensionPage(suite, 'options.html');
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));

    await checkKey(page, CANARY_KEY);
    await waitForMessage(page, /did not accept the key rk_test_…[A-Za-z0-9]{4}/);
    await page.waitForSelector('[data-testid="stored-key"]');
    expect(await page.$eval('[data-testid="online-key-input"]', (el) => (el as HTMLInputElement).value)).toBe('');
    // Positive control: the key is where it belongs, so the zero counts below can see it if it leaks.
    expect(count(await storageText(page, 'session'), 'CANARY')).toBeGreaterThan(0);

    expect(count(await domText(page), 'CANARY')).toBe(0);
    expect(count(await domText(kartra.page), 'CANARY')).toBe(0);
    expect(count(await storageText(page, 'local'), 'CANARY')).toBe(0);
    expect(count(await storageText(page, 'trusted'), 'CANARY')).toBe(0);
    expect(count(await storageText(page, 'sync'), 'CANARY')).toBe(0);
    expect(count(console.join('\n'), 'CANARY')).toBe(0);

    await page.click('[data-testid="online-forget-button"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="stored-key"]'), { polling: 100 });
    expect(count(await storageText(page, 'session'), 'CANARY')).toBe(0);
    await page.close();
    await kartra.page.close();
  });

  it('checks the account from the side panel, next to the original key, and keeps the key out of Kartra', async () => {
    await allowApiHostInBrowserSettings(suite);
    const state = await sandboxState<State>(suite);
    const original = state.stripe.accounts.find((a) => a.id === state.expected.originalAccountId)!;
    const other = state.stripe.accounts.find((a) => a.id !== original.id)!;
    const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
    await skipIntroduction(flow);
    await flow.site.bringToFront();
    await openStripeEditWindow(flow);
    await flow.panel.bringToFront();
    await flow.panel.waitForSelector('[data-testid="original-key"]');

    // Collapsed, and not even mounted, until asked for.
    expect(await flow.panel.$eval('[data-testid="online-check-details"]', (el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await flow.panel.$('[data-testid="online-check"]')).toBeNull();
    await flow.panel.click('[data-testid="online-check-details"] summary');
    await flow.panel.waitForSelector('[data-testid="online-key-input"]');
    await checkKey(flow.panel, original.keys.restricted.live);
    await flow.panel.waitForSelector('[data-testid="online-match"][data-verdict="same-account"]');
    expect(await textOf(flow.panel, '[data-testid="online-account-id"]')).toBe(original.id);

    await checkKey(flow.panel, other.keys.restricted.live);
    await flow.panel.waitForSelector('[data-testid="online-match"][data-verdict="different-account"]');

    await checkKey(flow.panel, CANARY_KEY);
    await waitForMessage(flow.panel, /did not accept the key/);
    expect(count(await domText(flow.panel), 'CANARY')).toBe(0);
    expect(count(await domText(flow.site), 'CANARY')).toBe(0);
    expect(count(await storageText(flow.panel, 'local'), 'CANARY')).toBe(0);
    expect(count(await storageText(flow.panel, 'trusted'), 'CANARY')).toBe(0);
    await flow.panel.click('[data-testid="online-forget-button"]');
    await flow.panel.waitForFunction(() => !document.querySelector('[data-testid="stored-key"]'), { polling: 100 });
    await flow.site.close();
    await flow.panel.close();
  });
});
