/**
 * What Kartra knows about its integrations in this instance: the tiles on the page (catalog + filler, per the
 * scenario), each one's status, and which Stripe account each Stripe integration uses.
 */
import {
  CATEGORIES,
  INTEGRATIONS_CATALOG,
  MAIN_STRIPE_SLUG,
  fillerIntegration,
  type CatalogIntegration,
} from '../data/integrations-catalog.ts';
import { findAccount, type StripeAccount } from '../data/stripe-accounts.ts';
import type { IntegrationStatus, SandboxState } from '../state/sandbox-state.ts';

/** One tile, as the browser-side app receives it from `/api/integrations`. */
export interface IntegrationTile {
  slug: string;
  name: string;
  nickname: string | null;
  category: string;
  categoryLabel: string;
  status: IntegrationStatus;
  /** The bubble shows no readable status (scenario `unreadable`): a plain dot, no title, no label. */
  unreadable: boolean;
  logoUrl: string;
  addedOn: string | null;
}

export function integrationsOnPage(state: SandboxState): CatalogIntegration[] {
  const count = state.scenario.tiles;
  const catalog = INTEGRATIONS_CATALOG.slice(0, count);
  const fillers = Array.from({ length: Math.max(0, count - catalog.length) }, (_, n) => fillerIntegration(n));
  return [...catalog, ...fillers];
}

export function findIntegration(state: SandboxState, slug: string): CatalogIntegration | undefined {
  const catalog = INTEGRATIONS_CATALOG.find((i) => i.slug === slug);
  if (catalog) return catalog;
  const filler = /^extra-(\d+)$/.exec(slug);
  const n = filler ? Number(filler[1]) - 1 : -1;
  return n >= 0 && n < state.scenario.tiles - INTEGRATIONS_CATALOG.length ? fillerIntegration(n) : undefined;
}

export function statusOf(state: SandboxState, integration: CatalogIntegration): IntegrationStatus {
  const changed = state.statusOverrides.get(integration.slug);
  if (changed) return changed;
  return state.scenario.red.includes(integration.slug) ? 'attention' : integration.baseline;
}

export function toTile(state: SandboxState, integration: CatalogIntegration): IntegrationTile {
  return {
    slug: integration.slug,
    name: integration.name,
    nickname: integration.nickname ?? null,
    category: integration.category,
    categoryLabel: CATEGORIES.find((c) => c.id === integration.category)?.label ?? integration.category,
    status: statusOf(state, integration),
    unreadable: state.scenario.unreadable.includes(integration.slug),
    logoUrl: logoUrlOf(integration),
    addedOn: integration.addedOn ?? null,
  };
}

/** Catalog logos by slug; filler logos by look, so 5000 tiles need a handful of images, not 5000. */
export function logoUrlOf(integration: CatalogIntegration): string {
  if (!integration.slug.startsWith('extra-')) return `/static/logos/${integration.slug}.svg`;
  return `/static/logos/generic-${integration.brand.glyph}-${integration.brand.color.slice(1)}.svg`;
}

export function isStripeIntegration(integration: CatalogIntegration): boolean {
  return integration.slug === MAIN_STRIPE_SLUG || integration.stripeAccountId !== undefined;
}

/** The account a Stripe integration was connected with: the main one follows the scenario's `original`. */
export function stripeAccountOf(state: SandboxState, integration: CatalogIntegration): StripeAccount | undefined {
  const id = integration.slug === MAIN_STRIPE_SLUG ? state.scenario.original : integration.stripeAccountId;
  return id ? findAccount(id) : undefined;
}

/** The publishable key Kartra's "Edit payment gateway" window shows for a Stripe integration. */
export function publishableKeyShown(state: SandboxState, integration: CatalogIntegration): string | undefined {
  return stripeAccountOf(state, integration)?.keys[state.scenario.keys].livePublishable;
}

/** Accounts used by the *other* Stripe integrations: picking one of them is "Account already integrated". */
export function stripeAccountsUsedElsewhere(state: SandboxState, slug: string): string[] {
  return INTEGRATIONS_CATALOG.filter((i) => i.slug !== slug && isStripeIntegration(i) && statusOf(state, i) !== 'not-configured')
    .map((i) => stripeAccountOf(state, i)?.id)
    .filter((id): id is string => id !== undefined);
}
