/**
 * The JSON backend of the Kartra app's Integrations page: the list (delayed per the scenario, so the page renders
 * late), one integration's details for the Edit window, and disconnecting.
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { CATEGORIES } from '../data/integrations-catalog.ts';
import { labelFor, UNFAMILIAR_WORDING, type UnfamiliarVariant } from '../data/unfamiliar-wording.ts';
import { sendJson } from '../http/respond.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { findIntegration, integrationsOnPage, isStripeIntegration, publishableKeyShown, statusOf, toTile } from './kartra-integrations.ts';

export async function sendIntegrationList(ctx: SandboxContext, res: ServerResponse): Promise<void> {
  const { scenario } = ctx.state;
  await sleep(scenario.delay ?? 300 + Math.floor(Math.random() * 1201));
  // Read the state after the wait: a test may have changed it meanwhile.
  const state = ctx.state;
  const outcome = state.flash;
  state.flash = null;
  sendJson(res, 200, {
    integrations: integrationsOnPage(state).map((integration) => toTile(state, integration)),
    categories: CATEGORIES,
    outcome,
    mutationsPerSecond: state.scenario.mutate,
    wording: pageWording(state.scenario.unfamiliar),
  });
}

export function sendIntegrationDetail(ctx: SandboxContext, res: ServerResponse, slug: string): void {
  const integration = findIntegration(ctx.state, slug);
  if (!integration) return sendJson(res, 404, { error: `No integration ${slug}` });
  const configured = statusOf(ctx.state, integration) !== 'not-configured';
  if (isStripeIntegration(integration)) {
    const { unfamiliar } = ctx.state.scenario;
    const keyField = { label: labelFor('key', unfamiliar), value: configured ? (publishableKeyShown(ctx.state, integration) ?? '') : '', readOnly: true };
    return sendJson(res, 200, {
      slug,
      intro: 'Stripe now connects through Stripe Connect. Reconnect the Stripe account you have been using: subscriptions and products keep their payment setup, and no API keys or webhooks are needed anymore.',
      // Scenario `unfamiliar=key`: the key moved into a titled block of the same window, under another label.
      ...(unfamiliar.includes('key') ? { sections: [{ title: UNFAMILIAR_WORDING.key.section, fields: [keyField] }], fields: [] } : { fields: [keyField] }),
      connectUrl: `/integrations/stripe/connect?integration=${encodeURIComponent(slug)}`,
      connectLabel: labelFor('connect', unfamiliar),
      canSave: false,
    });
  }
  const mask = (suffix: string) => (configured ? `••••••••••••${suffix}` : '');
  const fields: [string, string][] =
    integration.category === 'payment'
      ? PAYMENT_FIELDS[integration.slug] ?? [['Account ID', 'k2Q7']]
      : [['API key', integration.slug.length.toString(16).padStart(4, 'a')]];
  sendJson(res, 200, {
    slug,
    intro: configured ? null : `Enter your ${integration.name} details to connect it to Kartra.`,
    fields: fields.map(([label, suffix]) => ({ label, value: mask(suffix), readOnly: false })),
    connectUrl: null,
    canSave: true,
  });
}

export function disconnectIntegration(ctx: SandboxContext, res: ServerResponse, slug: string): void {
  const integration = findIntegration(ctx.state, slug);
  if (!integration) return sendJson(res, 404, { error: `No integration ${slug}` });
  ctx.state.statusOverrides.set(slug, 'not-configured');
  sendJson(res, 200, { slug, status: 'not-configured' });
}

/** What the browser app shows that scenario `unfamiliar` may change: the tile menu's words and the attention bubble. */
function pageWording(unfamiliar: readonly UnfamiliarVariant[]) {
  return {
    menuButton: labelFor('dots', unfamiliar),
    menuButtonIcon: unfamiliar.includes('dots') ? 'sliders' : 'dots',
    editItem: labelFor('edit', unfamiliar),
    attentionLabel: labelFor('status', unfamiliar),
    attentionLook: unfamiliar.includes('status') ? 'statusPaused' : 'statusAttention',
    attentionBanner: unfamiliar.includes('status') ? { lead: UNFAMILIAR_WORDING.status.bannerLead, says: 'paused' } : { lead: 'Action required:', says: 'reconnect' },
  };
}

const PAYMENT_FIELDS: Record<string, [string, string][]> = {
  paypal: [['PayPal email address', 'pal1']],
  'authorize-net': [['API Login ID', '9dQe'], ['Transaction key', 'x7Lm']],
  braintree: [['Merchant ID', '44kd'], ['Public key', 'p0Zq'], ['Private key', 'r8Tn']],
};
