/**
 * Walks the reconnect the way a browser would, one HTTP hop at a time: Kartra's Connect with Stripe → Stripe's
 * authorize page → the picker's Connect (or Cancel) → Kartra's callback. Each hop is returned so tests can look at it.
 */
import { expect } from 'vitest';
import type { RunningSandbox } from '../../../sandbox/server.ts';
import { send, type SandboxResponse } from './sandbox-http.ts';

export interface ConnectFlow {
  authorizeUrl: URL;
  picker: SandboxResponse;
  stripeAnswer: SandboxResponse;
  callbackUrl: URL;
  callback: SandboxResponse;
}

/** Assumes the Stripe user is signed in. `choice` is an account id, or 'cancel'. */
export async function reconnect(sandbox: RunningSandbox, choice: string, integration = 'stripe'): Promise<ConnectFlow> {
  const start = await send(sandbox, `/integrations/stripe/connect?integration=${integration}`);
  expect(start.status).toBe(302);
  const authorizeUrl = start.location!;
  const picker = await send(sandbox, authorizeUrl);
  expect(picker.status).toBe(200);

  const params = Object.fromEntries(authorizeUrl.searchParams);
  const stripeAnswer =
    choice === 'cancel'
      ? await send(sandbox, '/oauth/deny', { form: params }, 'stripe-connect')
      : await send(sandbox, '/oauth/authorize', { form: { ...params, account: choice } }, 'stripe-connect');
  expect(stripeAnswer.status).toBe(303);
  const callbackUrl = stripeAnswer.location!;
  const callback = await send(sandbox, callbackUrl);
  return { authorizeUrl, picker, stripeAnswer, callbackUrl, callback };
}

/** What the Integrations page's backend returns (the outcome banner is handed out once). */
export interface IntegrationList {
  integrations: { slug: string; name: string; status: string; unreadable: boolean; category: string }[];
  outcome: { kind: string; ok: boolean; title: string; detail: string } | null;
  mutationsPerSecond: number;
}

export async function integrationList(sandbox: RunningSandbox): Promise<IntegrationList> {
  const response = await send(sandbox, '/api/integrations');
  expect(response.status).toBe(200);
  return response.json<IntegrationList>();
}
