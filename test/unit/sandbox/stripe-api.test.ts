// @vitest-environment node
/**
 * The fake Stripe API answers GET /v1/account like Stripe: the account for a known restricted key, Stripe's error
 * envelope otherwise — and the real `stripe` package, pointed at it, maps each answer to its error classes.
 */
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server.ts';
import type { StateSnapshot } from '../../../sandbox/state/state-snapshot.ts';
import { loopbackAgent, readState, send } from './sandbox-http.ts';

let sandbox: RunningSandbox;
let state: StateSnapshot;

beforeAll(async () => {
  sandbox = await startSandbox();
  state = await readState(sandbox);
});
afterAll(() => sandbox.close());

const account = (key: string | undefined, headers: Record<string, string> = {}) =>
  send(sandbox, '/v1/account', { headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers } }, 'stripe-api');

interface ErrorBody {
  error: { type: string; message: string; code?: string };
}

describe('GET /v1/account', () => {
  it('returns the Stripe-shaped account for each account\'s live and test restricted keys', async () => {
    for (const expected of state.stripe.accounts) {
      for (const key of [expected.keys.restricted.live, expected.keys.restricted.test]) {
        const response = await account(key);
        expect(response.status).toBe(200);
        expect(response.json()).toMatchObject({
          id: expected.id,
          object: 'account',
          email: expected.email,
          business_profile: { name: expected.displayName },
          settings: { dashboard: { display_name: expected.displayName } },
        });
      }
    }
  });

  it('answers an unknown key with 401 and the key masked', async () => {
    const response = await account('rk_test_51ThisKeyDoesNotExist1234');
    expect(response.status).toBe(401);
    expect(response.json<ErrorBody>()).toEqual({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided: rk_test_****1234' } });
    expect(response.body).not.toContain('ThisKeyDoesNotExist');
  });

  it('answers a publishable key, a secret key and no key at all with 401', async () => {
    const { keys } = state.stripe.accounts[0]!;
    for (const key of [keys.modern.livePublishable, keys.modern.liveSecret, state.stripe.specialApiKeys.unknown, undefined]) {
      const response = await account(key);
      expect(response.status).toBe(401);
      expect(response.json<ErrorBody>().error.type).toBe('invalid_request_error');
    }
  });

  it('answers the no-permission key with 403 and the rate-limit key with 429', async () => {
    const forbidden = await account(`${state.stripe.specialApiKeys.noPermission}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json<ErrorBody>().error.message).toContain('does not have the required permissions');
    const limited = await account(`${state.stripe.specialApiKeys.rateLimited}`);
    expect(limited.status).toBe(429);
    expect(limited.json<ErrorBody>().error).toMatchObject({ code: 'rate_limit' });
  });

  it('accepts HTTP Basic auth with the key as user name, like curl -u', async () => {
    const key = state.stripe.accounts[1]!.keys.restricted.test;
    const response = await account(undefined, { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` });
    expect(response.status).toBe(200);
  });

  it('answers any other path with a Stripe-shaped 404', async () => {
    const response = await send(sandbox, '/v1/charges', {}, 'stripe-api');
    expect(response.status).toBe(404);
    expect(response.json<ErrorBody>().error.message).toContain('Unrecognized request URL');
  });

  it('allows cross-origin calls, preflight included', async () => {
    const preflight = await send(
      sandbox,
      '/v1/account',
      { method: 'OPTIONS', headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,stripe-version' } },
      'stripe-api',
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-headers']).toBe('authorization,stripe-version');
    expect((await account(state.stripe.accounts[0]!.keys.restricted.live)).headers['access-control-allow-origin']).toBe('*');
  });
});

describe('the stripe package pointed at the sandbox', () => {
  const client = (key: string) =>
    new Stripe(key, { host: 'api.stripe.localhost', port: sandbox.port, protocol: 'http', httpAgent: loopbackAgent(), maxNetworkRetries: 0 });

  it('reads the account', async () => {
    const expected = state.stripe.accounts[2]!;
    const result = await client(expected.keys.restricted.live).accounts.retrieveCurrent();
    expect(result.id).toBe(expected.id);
    expect(result.business_profile?.name).toBe(expected.displayName);
  });

  it.each([
    ['an unknown key', () => 'rk_test_51Unknown0000000000000', 'StripeAuthenticationError', 401],
    ['the no-permission key', () => state.stripe.specialApiKeys.noPermission, 'StripePermissionError', 403],
    ['the rate-limit key', () => state.stripe.specialApiKeys.rateLimited, 'StripeRateLimitError', 429],
  ])('raises the right error for %s', async (_label, key, type, statusCode) => {
    await expect(client(key()).accounts.retrieveCurrent()).rejects.toMatchObject({ type, statusCode });
  });
});
