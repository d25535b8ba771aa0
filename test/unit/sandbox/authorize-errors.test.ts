// @vitest-environment node
/**
 * Stripe's authorize page: bad parameters are answered by Stripe itself as JSON (not redirected to Kartra); good ones
 * lead to sign-in (keeping every parameter) and then to the account picker.
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

function authorizePath(overrides: Record<string, string | null>): string {
  const params: Record<string, string | null> = {
    response_type: 'code',
    client_id: state.stripe.clientId,
    scope: 'read_write',
    state: 'test-state',
    redirect_uri: state.stripe.redirectUri,
    ...overrides,
  };
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null));
  return `/oauth/authorize?${query}`;
}

describe('GET /oauth/authorize with bad parameters', () => {
  it.each([
    ['a missing response_type', { response_type: null }, 'unsupported_response_type'],
    ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
    ['a missing client_id', { client_id: null }, 'invalid_request'],
    ['an unknown client_id', { client_id: 'ca_NotKartra' }, 'invalid_request'],
    ['scope=admin', { scope: 'admin' }, 'invalid_scope'],
    ['a redirect_uri on another site', { redirect_uri: 'https://evil.example/callback' }, 'invalid_redirect_uri'],
    ['a redirect_uri on a look-alike host', { redirect_uri: 'http://app.kartra.localhost.evil.example/x' }, 'invalid_redirect_uri'],
    ['a redirect_uri that is not a URL', { redirect_uri: 'not a url' }, 'invalid_redirect_uri'],
  ])('answers %s with a JSON %s error, not a redirect', async (_label, overrides, error) => {
    const response = await get(sandbox, 'stripe-connect', authorizePath(overrides));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.location).toBeUndefined();
    const body = response.json<{ error: string; error_description: string }>();
    expect(Object.keys(body).sort()).toEqual(['error', 'error_description']);
    expect(body.error).toBe(error);
    expect(body.error_description.length).toBeGreaterThan(10);
  });

  it('checks response_type before client_id, as the first failure wins', async () => {
    const response = await get(sandbox, 'stripe-connect', authorizePath({ response_type: null, client_id: null }));
    expect(response.json<{ error: string }>().error).toBe('unsupported_response_type');
  });

  it('accepts read_only and a missing scope or redirect_uri', async () => {
    await setScenario(sandbox, { loggedIn: true });
    const variants: Record<string, string | null>[] = [{ scope: 'read_only' }, { scope: null }, { redirect_uri: null }];
    for (const overrides of variants) {
      expect((await get(sandbox, 'stripe-connect', authorizePath(overrides))).status).toBe(200);
    }
  });
});

describe('GET /oauth/authorize with good parameters', () => {
  it('sends a signed-out user to sign in, then back with every parameter intact', async () => {
    const path = authorizePath({});
    const first = await get(sandbox, 'stripe-connect', path);
    expect(first.status).toBe(302);
    expect(first.location?.pathname).toBe('/login');
    expect(first.location?.searchParams.get('redirect')).toBe(path);

    const loginPage = await send(sandbox, first.location!);
    expect(loginPage.body).toContain('type="email"');
    expect(loginPage.body).toContain('type="password"');
    expect(loginPage.body).toMatch(/<button[^>]*type="submit"[^>]*>Sign in<\/button>/);

    const empty = await send(sandbox, '/login', { form: { email: '', password: '', redirect: path } }, 'stripe-connect');
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('Enter your email and password.');

    const signIn = await send(sandbox, '/login', { form: { email: 'agent@example.com', password: 'x', redirect: path } }, 'stripe-connect');
    expect(signIn.status).toBe(303);
    expect(signIn.location?.pathname + (signIn.location?.search ?? '')).toBe(path);
    expect((await readState(sandbox)).stripe.signedInAs).toBe('agent@example.com');
    expect((await send(sandbox, signIn.location!)).status).toBe(200);
  });

  it('never redirects after sign-in to another site', async () => {
    const signIn = await send(sandbox, '/login', { form: { email: 'a@b.c', password: 'x', redirect: '//evil.example/' } }, 'stripe-connect');
    expect(signIn.location?.host).toBe(new URL(sandbox.origin('stripe-connect')).host);
  });

  it('shows every account grouped by profile, with its acct_ id, and Connect disabled', async () => {
    await setScenario(sandbox, { loggedIn: true });
    const { body } = await get(sandbox, 'stripe-connect', authorizePath({}));
    let position = 0;
    for (const profile of state.stripe.profiles) {
      const heading = body.indexOf(`>${profile.name}<`, position);
      expect(heading).toBeGreaterThan(position);
      for (const id of profile.accountIds) {
        const account = state.stripe.accounts.find((a) => a.id === id)!;
        expect(body.indexOf(`value="${id}"`, heading)).toBeGreaterThan(heading);
        expect(body).toContain(`>${account.displayName}<`);
        expect(body).toContain(`>${id}<`);
      }
      position = heading;
    }
    expect(body).toMatch(/<button[^>]*type="submit" disabled>Connect<\/button>/);
    expect(body).toMatch(/<button[^>]*>Cancel<\/button>/);
    // The hidden fields carry the authorize parameters to the Connect and Cancel forms.
    expect(body.match(/name="state" value="test-state"/g)).toHaveLength(2);
  });
});
