import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OnlineCheck } from '../../../components/shared/OnlineCheck';
import { onlineCheckKeyItem } from '../../../lib/session-storage';
import { checkAccountOnline, type OnlineCheckResult } from '../../../lib/stripe/online-check';
import { ACME_PK_LIVE, ACME_SK_LIVE, BETA_PK_LIVE, CANARY_RK_TEST, accountIdOf } from '../../fixtures/stripe/keys';
import { click, mount, typeInto, waitFor, type Mounted } from './render';

// The real check, except that a call with a destination (a real request) answers from `answer` instead of the network.
let answer: OnlineCheckResult;
vi.mock('../../../lib/stripe/online-check', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/stripe/online-check')>();
  return {
    ...actual,
    checkAccountOnline: vi.fn((key: string, options?: object) => (options ? Promise.resolve(answer) : actual.checkAccountOnline(key))),
  };
});
const check = vi.mocked(checkAccountOnline);

const ACME = { id: accountIdOf('acme'), businessName: 'Acme Coaching LLC' };

async function storedEverywhere(): Promise<{ local: string; sync: string; session: string }> {
  return {
    local: JSON.stringify(await fakeBrowser.storage.local.get(null)),
    sync: JSON.stringify(await fakeBrowser.storage.sync.get(null)),
    session: JSON.stringify(await fakeBrowser.storage.session.get(null)),
  };
}

const input = (page: Mounted) => page.$('[data-testid="online-key-input"]') as HTMLInputElement;
const message = (page: Mounted) => page.text('[data-testid="online-check-message"]');

async function mountCheck(props: { originalKey?: string } = {}) {
  const page = await mount(<OnlineCheck {...props} />);
  // The production API address resolves at once; wait for the permission probe too.
  await waitFor(() => /api\.stripe\.com/.test(page.text('[data-testid="online-check"] p')), 'the API address');
  return page;
}

describe('optional online account check', () => {
  let request: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    check.mockClear();
    answer = { ok: true, account: ACME };
    request = vi.fn(() => Promise.resolve(true));
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
  });

  it('refuses a secret key with guidance to create a restricted key, and keeps nothing of it', async () => {
    const page = await mountCheck();
    await typeInto(input(page), ACME_SK_LIVE);
    await click(page.$('[data-testid="online-check-button"]'));
    await waitFor(() => message(page) !== '', 'the refusal');
    expect(message(page)).toMatch(/Secret keys \(sk_…\) are never accepted.*create a restricted key/);
    expect(page.$('[data-testid="online-check-message"]')?.getAttribute('data-tone')).toBe('danger');
    expect(input(page).value).toBe('');
    expect(request).not.toHaveBeenCalled();
    expect(await storedEverywhere()).toEqual({ local: '{}', sync: '{}', session: '{}' });
    expect(page.root.innerHTML).not.toContain(ACME_SK_LIVE.slice(8));
    page.unmount();
  });

  it('refuses a publishable key, keeping it in the field to correct', async () => {
    const page = await mountCheck();
    await typeInto(input(page), ACME_PK_LIVE);
    await click(page.$('[data-testid="online-check-button"]'));
    await waitFor(() => message(page) !== '', 'the refusal');
    expect(message(page)).toMatch(/publishable key \(pk_…\) cannot read account details/);
    expect(request).not.toHaveBeenCalled();
    page.unmount();
  });

  it('asks for the API host inside the click, keeps the key only in session storage, and shows it redacted', async () => {
    const page = await mountCheck();
    await typeInto(input(page), CANARY_RK_TEST);
    (page.$('[data-testid="online-check-button"]') as HTMLButtonElement).click();
    // Still inside the click: the prompt needs the user's gesture, so nothing may be awaited before it.
    expect(request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://api.stripe.com/*'] });
    expect(input(page).value).toBe('');

    await waitFor(() => page.$('[data-testid="online-result"]') !== null, 'the result');
    expect(check).toHaveBeenLastCalledWith(CANARY_RK_TEST, { host: 'api.stripe.com', protocol: 'https' });
    expect(page.text('[data-testid="online-account-id"]')).toBe(ACME.id);
    expect(page.text('[data-testid="online-business-name"]')).toBe('Acme Coaching LLC');
    expect(page.text('[data-testid="stored-key"]')).toBe(`Key for this session: rk_test_…${CANARY_RK_TEST.slice(-4)}`);

    const stored = await storedEverywhere();
    expect(stored.local).toBe('{}');
    expect(stored.sync).toBe('{}');
    expect(await onlineCheckKeyItem.getValue()).toBe(CANARY_RK_TEST);
    expect(page.root.innerHTML).not.toContain('CANARY');
    page.unmount();
  });

  it('checks the session’s key again without typing it, and says whether the account matches Kartra’s key', async () => {
    await onlineCheckKeyItem.setValue(CANARY_RK_TEST);
    const page = await mountCheck({ originalKey: ACME_PK_LIVE });
    await waitFor(() => page.$('[data-testid="stored-key"]') !== null, 'the stored key');
    await click(page.$('[data-testid="online-check-button"]'));
    await waitFor(() => page.$('[data-testid="online-match"]') !== null, 'the comparison');
    expect(page.$('[data-testid="online-match"]')?.getAttribute('data-verdict')).toBe('same-account');
    page.unmount();

    const other = await mountCheck({ originalKey: BETA_PK_LIVE });
    await waitFor(() => other.$('[data-testid="stored-key"]') !== null, 'the stored key');
    await click(other.$('[data-testid="online-check-button"]'));
    await waitFor(() => other.$('[data-testid="online-match"]') !== null, 'the comparison');
    expect(other.$('[data-testid="online-match"]')?.getAttribute('data-verdict')).toBe('different-account');
    expect(other.text('[data-testid="online-match"]')).toMatch(/Choose another account/);
    other.unmount();
  });

  it('says plainly when the browser refuses the API host, and sends nothing', async () => {
    request.mockImplementation(() => Promise.resolve(false));
    const page = await mountCheck();
    await typeInto(input(page), CANARY_RK_TEST);
    await click(page.$('[data-testid="online-check-button"]'));
    await waitFor(() => /did not allow/.test(message(page)), 'the refusal');
    expect(message(page)).toMatch(/did not allow access to api\.stripe\.com, so nothing was sent to Stripe/);
    expect(check).not.toHaveBeenCalledWith(CANARY_RK_TEST, expect.anything());
    page.unmount();
  });

  it('words Stripe’s failures from the reason the check gives', async () => {
    answer = { ok: false, reason: 'rate-limit' };
    const page = await mountCheck();
    await typeInto(input(page), CANARY_RK_TEST);
    await click(page.$('[data-testid="online-check-button"]'));
    await waitFor(() => /too many requests/.test(message(page)), 'the failure');
    expect(page.$('[data-testid="online-result"]')).toBeNull();
    page.unmount();
  });

  it('forgets the key: gone from session storage and from the page', async () => {
    await onlineCheckKeyItem.setValue(CANARY_RK_TEST);
    const page = await mountCheck();
    await waitFor(() => page.$('[data-testid="stored-key"]') !== null, 'the stored key');
    await click(page.$('[data-testid="online-check-button"]'));
    await waitFor(() => page.$('[data-testid="online-result"]') !== null, 'the result');

    await click(page.$('[data-testid="online-forget-button"]'));
    await waitFor(() => page.$('[data-testid="stored-key"]') === null, 'the key to go');
    expect(page.$('[data-testid="online-result"]')).toBeNull();
    await waitFor(() => /Key forgotten/.test(message(page)), 'the announcement');
    expect(await storedEverywhere()).toEqual({ local: '{}', sync: '{}', session: '{}' });
    page.unmount();
  });

  it('asks for a key when there is none', async () => {
    const page = await mountCheck();
    await click(page.$('[data-testid="online-check-button"]'));
    expect(message(page)).toMatch(/Paste a restricted key/);
    expect(document.activeElement).toBe(input(page));
    expect(request).not.toHaveBeenCalled();
    page.unmount();
  });
});
