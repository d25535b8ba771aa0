// @vitest-environment node
/**
 * The scenario can be set three ways (JSON, the control panel's form, query parameters on a Kartra page), read back
 * from /__sandbox/state, and reset; each sandbox instance keeps its own.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server.ts';
import { integrationList } from './connect-flow.ts';
import { get, readState, send, setScenario } from './sandbox-http.ts';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await send(sandbox, '/__sandbox/reset', { method: 'POST' });
});

describe('the default scenario', () => {
  it('has Stripe red, modern keys, a signed-out Stripe user, auto outcome, random delay', async () => {
    const state = await readState(sandbox);
    expect(state.scenario).toEqual({
      red: ['stripe'],
      unreadable: [],
      unfamiliar: [],
      keys: 'modern',
      original: state.expected.originalAccountId,
      loggedIn: false,
      picker: 'ids',
      outcome: 'auto',
      tiles: 16,
      delay: null,
      mutate: 0,
      pageLoad: 0,
    });
    const statuses = Object.fromEntries(state.kartra.integrations.map((i) => [i.slug, i.status]));
    expect(statuses).toMatchObject({ stripe: 'attention', mailchimp: 'connected', paypal: 'not-configured' });
    expect(Object.values(statuses).filter((s) => s === 'attention')).toHaveLength(1);
    expect(state.kartra.integrations.length).toBeGreaterThanOrEqual(10);
  });

  it('makes the list wait 300–1500 ms when no delay is set', async () => {
    const started = Date.now();
    await integrationList(sandbox);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(290);
    // Only a hang guard above: wall time on a loaded 2-core CI machine is no measure of the 1500 ms ceiling.
    expect(waited).toBeLessThan(10_000);
  });
});

describe('POST /__sandbox/scenario (JSON)', () => {
  it('merges a patch and answers with the new state', async () => {
    const state = await readState(sandbox);
    const other = state.expected.mismatchAccountIds[0]!;
    const response = await setScenario(sandbox, { red: ['stripe', 'mailchimp'], keys: 'old', original: other, delay: 0 });
    const after = response.json<typeof state>();
    expect(after.scenario).toMatchObject({ red: ['stripe', 'mailchimp'], keys: 'old', original: other, delay: 0, loggedIn: false });
    const stripe = after.kartra.integrations.find((i) => i.slug === 'stripe')!;
    expect(stripe.stripeAccountId).toBe(other);
    expect(stripe.publishableKey).toBe(state.stripe.accounts.find((a) => a.id === other)!.keys.old.livePublishable);
    expect(after.expected.originalPublishableKey).toBe(stripe.publishableKey);

    const list = await integrationList(sandbox);
    expect(list.integrations.filter((i) => i.status === 'attention').map((i) => i.slug)).toEqual(['stripe', 'mailchimp']);
  });

  it('answers the same on every host', async () => {
    for (const role of ['stripe-connect', 'stripe-dashboard', 'stripe-api'] as const) {
      const response = await send(sandbox, '/__sandbox/scenario', { json: { tiles: 20 } }, role);
      expect(response.status).toBe(200);
      expect((await get(sandbox, role, '/__sandbox/state')).json<{ scenario: { tiles: number } }>().scenario.tiles).toBe(20);
    }
  });

  it.each([
    [{ keys: 'new' }, 'keys'],
    [{ red: ['stripe', 'nosuch'] }, 'red'],
    [{ original: 'acct_1nope' }, 'original'],
    [{ outcome: 'maybe' }, 'outcome'],
    [{ tiles: -1 }, 'tiles'],
    [{ tiles: 10_001 }, 'tiles'],
    [{ unreadable: ['nosuch'] }, 'unreadable'],
    [{ tiles: 1.5 }, 'tiles'],
    [{ delay: -1 }, 'delay'],
    [{ loggedIn: 'perhaps' }, 'loggedIn'],
    [{ picker: 'ids-only' }, 'picker'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j with a 400 naming the field, and changes nothing', async (patch, field) => {
    const before = await readState(sandbox);
    const response = await send(sandbox, '/__sandbox/scenario', { json: patch });
    expect(response.status).toBe(400);
    expect(response.json<{ errors: string[] }>().errors.join(' ')).toContain(field);
    expect((await readState(sandbox)).scenario).toEqual(before.scenario);
  });

  it('refuses a body that is not JSON', async () => {
    expect((await send(sandbox, '/__sandbox/scenario', { body: '{nope', headers: { 'content-type': 'application/json' } })).status).toBe(400);
  });
});

describe('scenario query parameters on Kartra pages', () => {
  it('applies red, unreadable, keys, original, tiles, delay, mutate, loggedIn, picker and outcome from the URL', async () => {
    const state = await readState(sandbox);
    const original = state.expected.mismatchAccountIds[1]!;
    const page = await get(sandbox, 'kartra-app', `/integrations?red=stripe,zoom&unreadable=paypal,zapier&keys=old&original=${original}&tiles=1000&delay=0&mutate=5&loggedIn=1&picker=names&outcome=denied`);
    expect(page.status).toBe(200);
    expect((await readState(sandbox)).scenario).toEqual({
      red: ['stripe', 'zoom'],
      unreadable: ['paypal', 'zapier'],
      unfamiliar: [],
      keys: 'old',
      original,
      loggedIn: true,
      picker: 'names',
      outcome: 'denied',
      tiles: 1000,
      delay: 0,
      mutate: 5,
      pageLoad: 0,
    });
    const list = await integrationList(sandbox);
    expect(list.integrations).toHaveLength(1000);
    expect(new Set(list.integrations.map((i) => i.slug)).size).toBe(1000);
    expect(list.mutationsPerSecond).toBe(5);
    expect(list.integrations.filter((i) => i.unreadable).map((i) => i.slug).sort()).toEqual(['paypal', 'zapier']);
  });

  it('cuts the list short for tiles=10 and leaves the rest alone', async () => {
    await get(sandbox, 'kartra-app', '/integrations?tiles=10&delay=0');
    const list = await integrationList(sandbox);
    expect(list.integrations).toHaveLength(10);
    expect(list.integrations[0]?.slug).toBe('stripe');
  });

  it('answers 400 with the reason for a bad value', async () => {
    const page = await get(sandbox, 'kartra-app', '/integrations?keys=ancient');
    expect(page.status).toBe(400);
    expect(page.body).toContain('keys');
  });

  it('ignores parameters that are not scenario fields', async () => {
    const before = await readState(sandbox);
    expect((await get(sandbox, 'kartra-app', '/integrations?utm_source=mail')).status).toBe(200);
    expect((await readState(sandbox)).scenario).toEqual(before.scenario);
  });
});

describe('the control panel', () => {
  it('shows a form with every scenario field', async () => {
    const page = await get(sandbox, 'kartra-app', '/__sandbox');
    expect(page.status).toBe(200);
    for (const name of ['red', 'unfamiliar', 'keys', 'original', 'loggedIn', 'picker', 'outcome', 'tiles', 'delay', 'mutate']) expect(page.body).toContain(`name="${name}"`);
  });

  it('applies a submitted form (unchecked boxes included) and comes back', async () => {
    await setScenario(sandbox, { loggedIn: true, red: ['stripe', 'zoom'] });
    const form = new URLSearchParams([['red', ''], ['red', 'mailchimp'], ['loggedIn', '0'], ['keys', 'old'], ['tiles', '100'], ['delay', ''], ['mutate', '0'], ['outcome', 'auto']]);
    const response = await send(sandbox, '/__sandbox/scenario', { form });
    expect(response.status).toBe(303);
    expect(response.location?.pathname).toBe('/__sandbox');
    expect((await readState(sandbox)).scenario).toMatchObject({ red: ['mailchimp'], loggedIn: false, keys: 'old', tiles: 100, delay: null });
  });

  it('is only on the Kartra host', async () => {
    expect((await get(sandbox, 'stripe-dashboard', '/__sandbox')).status).toBe(404);
  });
});

describe('reset and isolation', () => {
  it('POST /__sandbox/reset forgets the scenario and what happened', async () => {
    await setScenario(sandbox, { keys: 'old', tiles: 5000, loggedIn: true });
    await send(sandbox, '/integrations/stripe/connect');
    const reset = await send(sandbox, '/__sandbox/reset', { method: 'POST' });
    expect(reset.status).toBe(200);
    const state = await readState(sandbox);
    expect(state.scenario).toMatchObject({ keys: 'modern', tiles: 16, loggedIn: false });
    expect(state.kartra.pendingOAuthStates).toBe(0);
  });

  it('keeps each instance\'s scenario to itself', async () => {
    const other = await startSandbox();
    try {
      await setScenario(sandbox, { keys: 'old', red: [] });
      const untouched = await readState(other);
      expect(untouched.scenario.keys).toBe('modern');
      expect(untouched.scenario.red).toEqual(['stripe']);
      expect(untouched.origins['kartra-app']).toBe(`http://app.kartra.localhost:${other.port}`);
      expect(other.port).not.toBe(sandbox.port);
    } finally {
      await other.close();
    }
  });
});
