/**
 * "Connect with Stripe": Kartra mints a one-time `state`, remembers which integration asked, and sends the browser
 * to Stripe's authorize page with the parameters a Connect platform uses (docs/quality.md "Stripe Connect").
 */
import type { ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { KARTRA_CLIENT_ID } from '../data/stripe-accounts.ts';
import { redirect, sendText } from '../http/respond.ts';
import { kartraCallbackUrl, type SandboxContext } from '../sandbox-context.ts';
import { findIntegration, isStripeIntegration } from './kartra-integrations.ts';

export function startStripeConnect(ctx: SandboxContext, res: ServerResponse, query: URLSearchParams): void {
  const slug = query.get('integration') ?? 'stripe';
  const integration = findIntegration(ctx.state, slug);
  if (!integration || !isStripeIntegration(integration)) return sendText(res, 400, `Sandbox: "${slug}" is not a Stripe integration.`);

  const state = randomBytes(18).toString('base64url');
  ctx.state.oauthStates.set(state, { integration: slug, issuedAt: Date.now() });
  const authorize = new URL('/oauth/authorize', ctx.origins['stripe-connect']);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: KARTRA_CLIENT_ID,
    scope: 'read_write',
    state,
    redirect_uri: kartraCallbackUrl(ctx),
  }).toString();
  redirect(res, authorize.toString());
}
