// @vitest-environment node
/**
 * The Stripe dashboard: behind sign-in, it remembers the active account, switches by URL (/acct_…/…), and its API
 * keys page shows that account's publishable key in clear and reveals the (obviously fake) secret on request.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server.ts';
import type { StateSnapshot } from '../../../sandbox/state/state-snapshot.ts';
import { get, readState, send, setScenario } from './sandbox-http.ts';

let sandbox: RunningSandbox;
let state: StateSnapshot;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await send(sandbox, '/__sandbox/reset', { method: 'POST' });
  state = await readState(sandbox);
});

const accountById = (id: string) => state.stripe.accounts.find((a) => a.id === id)!;

describe('signed out', () => {
  it.each(['/', '/apikeys', '/test/apikeys'])('%s leads to sign-in and back', async (path) => {
    const response = await get(sandbox, 'stripe-dashboard', path);
    expect(response.status).toBe(302);
    expect(response.location?.pathname).toBe('/login');
    expect(response.location?.searchParams.get('redirect')).toBe(path);
  });

  it('signing in on the dashboard signs in on Connect too (one Stripe session)', async () => {
    const signIn = await send(sandbox, '/login', { form: { email: 'a@b.c', password: 'pw', redirect: '/apikeys' } }, 'stripe-dashboard');
    expect(signIn.status).toBe(303);
    expect(signIn.location?.pathname).toBe('/apikeys');
    expect((await readState(sandbox)).scenario.loggedIn).toBe(true);
  });
});

describe('signed in', () => {
  beforeEach(() => setScenario(sandbox, { loggedIn: true }));

  it('redirects / to the active account\'s home', async () => {
    const response = await get(sandbox, 'stripe-dashboard', '/');
    expect(response.status).toBe(302);
    expect(response.location?.pathname).toBe(`/${state.stripe.dashboardAccountId}/dashboard`);
    expect((await send(sandbox, response.location!)).status).toBe(200);
  });

  it('switches account by URL and keeps it for unprefixed pages', async () => {
    const target = state.expected.originalAccountId;
    expect(target).not.toBe(state.stripe.dashboardAccountId);
    const page = await get(sandbox, 'stripe-dashboard', `/${target}/apikeys`);
    expect(page.status).toBe(200);
    expect((await readState(sandbox)).stripe.dashboardAccountId).toBe(target);
    expect(page.body).toContain(accountById(target).keys.modern.livePublishable);
    const unprefixed = await get(sandbox, 'stripe-dashboard', '/apikeys');
    expect(unprefixed.body).toContain(accountById(target).keys.modern.livePublishable);
  });

  it('lists every account by profile in the switcher, links keep the page, the active one is checked', async () => {
    const active = state.stripe.dashboardAccountId;
    const { body } = await get(sandbox, 'stripe-dashboard', '/apikeys');
    expect(body).toMatch(/<button[^>]*aria-haspopup="menu"[^>]*>/);
    for (const profile of state.stripe.profiles) expect(body).toContain(`>${profile.name}</div>`);
    for (const account of state.stripe.accounts) {
      const checked = account.id === active ? 'true' : 'false';
      expect(body).toContain(`role="menuitemradio" aria-checked="${checked}" href="/${account.id}/apikeys"`);
      expect(body).toContain(`<span>${account.displayName}</span>`);
    }
  });

  it('shows the live publishable key in clear and hides the secret behind "Reveal live key"', async () => {
    const account = accountById(state.stripe.dashboardAccountId);
    const { body } = await get(sandbox, 'stripe-dashboard', '/apikeys');
    expect(body).toContain('>API keys</h1>');
    expect(body).toContain('>Publishable key</td>');
    expect(body).toContain(`>${account.keys.modern.livePublishable}</span>`);
    expect(body).toContain('>Secret key</td>');
    expect(body).toContain('>Reveal live key</button>');
    expect(body).not.toContain('sk_live_');
    expect(body).not.toContain('rk_live_');

    const reveal = await send(sandbox, '/ajax/reveal_key', { json: { kind: 'secret', mode: 'live' } }, 'stripe-dashboard');
    expect(reveal.json()).toEqual({ token: account.keys.modern.liveSecret });
    expect(account.keys.modern.liveSecret).toContain('SANDBOXFAKE');
    const restricted = await send(sandbox, '/ajax/reveal_key', { json: { kind: 'restricted', mode: 'test' } }, 'stripe-dashboard');
    expect(restricted.json()).toEqual({ token: account.keys.restricted.test });
  });

  it('shows test keys on /test/apikeys and old-format keys when the scenario says so', async () => {
    const account = accountById(state.stripe.dashboardAccountId);
    const test = await get(sandbox, 'stripe-dashboard', '/test/apikeys');
    expect(test.body).toContain(`>${account.keys.modern.testPublishable}</span>`);
    expect(test.body).toContain('>Reveal test key</button>');
    expect(test.body).toContain('Test mode');

    await setScenario(sandbox, { keys: 'old' });
    const old = await get(sandbox, 'stripe-dashboard', '/apikeys');
    expect(old.body).toContain(`>${account.keys.old.livePublishable}</span>`);
    expect(old.body).not.toContain('pk_live_51');
  });

  it('answers 404 for an unknown account or page', async () => {
    expect((await get(sandbox, 'stripe-dashboard', '/acct_1DoesNotExist000/dashboard')).status).toBe(404);
    expect((await get(sandbox, 'stripe-dashboard', '/settings/nothing')).status).toBe(404);
  });

  it('signs out', async () => {
    const response = await get(sandbox, 'stripe-dashboard', '/logout');
    expect(response.location?.pathname).toBe('/login');
    expect((await readState(sandbox)).scenario.loggedIn).toBe(false);
  });
});
