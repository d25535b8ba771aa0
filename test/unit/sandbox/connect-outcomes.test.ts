// @vitest-environment node
/**
 * After Stripe, Kartra judges the chosen account and shows one of its verbatim messages. Each row of the help
 * article's troubleshooting list is reached by picking the account that plays that part (read from the state).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server.ts';
import type { StateSnapshot } from '../../../sandbox/state/state-snapshot.ts';
import { integrationList, reconnect } from './connect-flow.ts';
import { readState, send, setScenario } from './sandbox-http.ts';

let sandbox: RunningSandbox;
let state: StateSnapshot;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await send(sandbox, '/__sandbox/reset', { method: 'POST' });
  await setScenario(sandbox, { loggedIn: true, delay: 0 });
  state = await readState(sandbox);
});

const stripeStatus = async () => (await integrationList(sandbox)).integrations.find((i) => i.slug === 'stripe')?.status;

describe('Kartra → Stripe Connect → Kartra', () => {
  it('sends Connect with Stripe to the authorize URL with Kartra\'s parameters', async () => {
    const start = await send(sandbox, '/integrations/stripe/connect?integration=stripe');
    const url = start.location!;
    expect(url.origin).toBe(sandbox.origin('stripe-connect'));
    expect(url.pathname).toBe('/oauth/authorize');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe(state.stripe.clientId);
    expect(url.searchParams.get('scope')).toBe('read_write');
    expect(url.searchParams.get('redirect_uri')).toBe(`${sandbox.origin('kartra-app')}/integrations/stripe/callback`);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{16,}$/);
    const again = await send(sandbox, '/integrations/stripe/connect?integration=stripe');
    expect(again.location!.searchParams.get('state')).not.toBe(url.searchParams.get('state'));
  });

  it('returns from Stripe with a single-use ac_ code, the scope and the same state', async () => {
    const flow = await reconnect(sandbox, state.expected.originalAccountId);
    expect(flow.callbackUrl.origin + flow.callbackUrl.pathname).toBe(`${sandbox.origin('kartra-app')}/integrations/stripe/callback`);
    expect(flow.callbackUrl.searchParams.get('code')).toMatch(/^ac_[A-Za-z0-9]{24}$/);
    expect(flow.callbackUrl.searchParams.get('scope')).toBe('read_write');
    expect(flow.callbackUrl.searchParams.get('state')).toBe(flow.authorizeUrl.searchParams.get('state'));
    expect(flow.callback.status).toBe(302);
    expect(flow.callback.location?.pathname).toBe('/integrations');

    const replay = await send(sandbox, flow.callbackUrl);
    expect(replay.status).toBe(302);
    expect((await readState(sandbox)).kartra.outcomes.at(-1)?.kind).toBe('invalid-request');
  });

  it('turns Stripe green after the original account is reconnected, and keeps it green on reload', async () => {
    expect(await stripeStatus()).toBe('attention');
    await reconnect(sandbox, state.expected.originalAccountId);
    const list = await integrationList(sandbox);
    expect(list.outcome).toMatchObject({ kind: 'success', ok: true, title: 'Stripe connected successfully' });
    expect(list.integrations.find((i) => i.slug === 'stripe')?.status).toBe('connected');
    // The banner is shown once; the status stays.
    const reload = await integrationList(sandbox);
    expect(reload.outcome).toBeNull();
    expect(reload.integrations.find((i) => i.slug === 'stripe')?.status).toBe('connected');
    expect((await send(sandbox, '/integrations?delay=0')).status).toBe(200);
    expect(await stripeStatus()).toBe('connected');
  });

  it.each([
    { label: 'another account of the same login', pick: (s: StateSnapshot) => s.expected.mismatchAccountIds[0]!, kind: 'mismatch', title: 'Stripe account does not match' },
    { label: 'the account controlled by another platform', pick: (s: StateSnapshot) => s.expected.ineligibleAccountId, kind: 'ineligible', title: 'Ineligible account' },
    { label: 'the account another Kartra integration uses', pick: (s: StateSnapshot) => s.expected.alreadyIntegratedAccountId, kind: 'already-integrated', title: 'Account already integrated' },
  ])('picking $label gives $kind ("$title") and leaves Stripe red', async ({ pick, kind, title }) => {
    await reconnect(sandbox, pick(state));
    const list = await integrationList(sandbox);
    expect(list.outcome).toMatchObject({ kind, ok: false, title });
    expect(list.outcome?.detail.length).toBeGreaterThan(20);
    expect(list.integrations.find((i) => i.slug === 'stripe')?.status).toBe('attention');
    const recorded = (await readState(sandbox)).kartra.outcomes.at(-1);
    expect(recorded).toMatchObject({ kind, integration: 'stripe', accountId: pick(state), forced: false });
  });

  it('Cancel at Stripe comes back as access_denied and shows "User denied request"', async () => {
    const flow = await reconnect(sandbox, 'cancel');
    expect(flow.callbackUrl.searchParams.get('error')).toBe('access_denied');
    expect(flow.callbackUrl.searchParams.get('error_description')).toBe('The user denied your request');
    expect(flow.callbackUrl.searchParams.get('state')).toBe(flow.authorizeUrl.searchParams.get('state'));
    expect(flow.callbackUrl.searchParams.has('code')).toBe(false);
    expect((await integrationList(sandbox)).outcome).toMatchObject({ kind: 'denied', title: 'User denied request' });
    expect(await stripeStatus()).toBe('attention');
  });

  it('follows a chosen original: the same pick is a mismatch or a success depending on the scenario', async () => {
    const other = state.expected.mismatchAccountIds[0]!;
    await setScenario(sandbox, { original: other });
    await reconnect(sandbox, other);
    expect((await integrationList(sandbox)).outcome?.kind).toBe('success');
  });

  it('reconnecting the second Stripe integration with its own account succeeds', async () => {
    await reconnect(sandbox, state.expected.alreadyIntegratedAccountId, 'stripe-courses');
    expect((await integrationList(sandbox)).outcome?.kind).toBe('success');
  });

  it('answers "Invalid request" for an absent or unknown state', async () => {
    for (const query of ['code=ac_whatever', 'code=ac_whatever&state=never-issued', 'error=access_denied&state=never-issued']) {
      const response = await send(sandbox, `/integrations/stripe/callback?${query}`);
      expect(response.status).toBe(302);
      expect((await integrationList(sandbox)).outcome).toMatchObject({ kind: 'invalid-request', title: 'Invalid request' });
    }
  });
});

describe('forced outcomes', () => {
  it.each([
    ['mismatch', 'Stripe account does not match'],
    ['ineligible', 'Ineligible account'],
    ['denied', 'User denied request'],
    ['already-integrated', 'Account already integrated'],
  ])('outcome=%s overrides even the right account, once', async (outcome, title) => {
    await setScenario(sandbox, { outcome });
    await reconnect(sandbox, state.expected.originalAccountId);
    expect((await integrationList(sandbox)).outcome).toMatchObject({ kind: outcome, title });
    const after = await readState(sandbox);
    expect(after.scenario.outcome).toBe('auto');
    expect(after.kartra.outcomes.at(-1)?.forced).toBe(true);

    await reconnect(sandbox, state.expected.originalAccountId);
    expect((await integrationList(sandbox)).outcome?.kind).toBe('success');
  });
});

describe('names-only account picker (scenario picker=names)', () => {
  beforeEach(() => setScenario(sandbox, { picker: 'names' }));

  it('shows every account by name with no acct_ id anywhere on the page, and opaque radio values', async () => {
    const flow = await reconnect(sandbox, 'choice-1');
    const body = flow.picker.body;
    expect(body).not.toMatch(/acct_/);
    for (const account of state.stripe.accounts) expect(body).toContain(account.displayName);
    const values = [...body.matchAll(/name="account" value="([^"]*)"/g)].map(([, value]) => value);
    expect(values).toHaveLength(state.stripe.accounts.length);
    for (const value of values) expect(value).toMatch(/^choice-\d+$/);
  });

  it('connects the account whose row was chosen: the original one turns Stripe green', async () => {
    const index = state.stripe.accounts.findIndex((a) => a.id === state.expected.originalAccountId);
    await reconnect(sandbox, `choice-${index + 1}`);
    expect(await stripeStatus()).toBe('connected');
  });

  it('refuses an unknown scenario value with the field named', async () => {
    const answer = await send(sandbox, '/__sandbox/scenario', { method: 'POST', json: { picker: 'ids-and-names' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/picker/);
  });
});
