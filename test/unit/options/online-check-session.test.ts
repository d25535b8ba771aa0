import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiOriginFromSearch, apiTargetFor, forgetKey, rememberKey, resolveApiTarget, storedRestrictedKey } from '../../../lib/online-check-session';
import { onlineCheckKeyItem } from '../../../lib/session-storage';
import { ACME_SK_LIVE, CANARY_RK_LIVE } from '../../fixtures/stripe/keys';

describe('online check session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('targets Stripe’s API over HTTPS in production builds, whatever the page was given', async () => {
    const production = { origin: 'https://api.stripe.com', host: 'api.stripe.com', protocol: 'https', permissionPattern: 'https://api.stripe.com/*' };
    expect(apiTargetFor()).toEqual(production);
    expect(apiTargetFor('http://api.stripe.localhost:8790')).toEqual(production);
    expect(await resolveApiTarget({ apiOrigin: 'http://evil.example', tabId: 3 })).toEqual(production);
  });

  it('honours ?apiOrigin= only in sandbox builds and only for the sandbox API host', () => {
    expect(apiOriginFromSearch('?apiOrigin=http://api.stripe.localhost:8790', false)).toBeUndefined();
    expect(apiOriginFromSearch('?apiOrigin=http://api.stripe.localhost:8790', true)).toBe('http://api.stripe.localhost:8790');
    expect(apiOriginFromSearch('?apiOrigin=https://evil.example', true)).toBeUndefined();
    expect(apiOriginFromSearch('?apiOrigin=http://app.kartra.localhost:8790', true)).toBeUndefined();
    expect(apiOriginFromSearch('', true)).toBeUndefined();
  });

  it('keeps only restricted keys, and only in storage.session', async () => {
    await rememberKey(ACME_SK_LIVE);
    expect(await onlineCheckKeyItem.getValue()).toBeNull();
    await rememberKey(`  ${CANARY_RK_LIVE}\n`);
    expect(await onlineCheckKeyItem.getValue()).toBe(CANARY_RK_LIVE);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await forgetKey();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('treats anything but a restricted key in storage as no key', () => {
    expect(storedRestrictedKey(CANARY_RK_LIVE)).toBe(CANARY_RK_LIVE);
    expect(storedRestrictedKey(ACME_SK_LIVE)).toBeUndefined();
    expect(storedRestrictedKey({ key: CANARY_RK_LIVE })).toBeUndefined();
    expect(storedRestrictedKey(null)).toBeUndefined();
  });
});
