/**
 * Stripe-shaped bodies for the fake API: the account object and the error envelope, with Stripe's wording.
 */
import { fnv1a } from '../data/seeded-random.ts';
import type { StripeAccount } from '../data/stripe-accounts.ts';

export function accountObject(account: StripeAccount) {
  const site = account.email.split('@')[1] ?? 'example.com';
  return {
    id: account.id,
    object: 'account',
    business_profile: {
      mcc: '8299',
      name: account.displayName,
      product_description: null,
      support_address: null,
      support_email: account.email,
      support_phone: null,
      support_url: null,
      url: `https://${site}`,
    },
    business_type: 'company',
    capabilities: { card_payments: 'active', transfers: 'active' },
    charges_enabled: true,
    controller: { type: account.controlledByAnotherPlatform ? 'application' : 'account' },
    country: account.country,
    created: 1_552_521_600 + (fnv1a(account.id) % 100_000_000),
    default_currency: account.defaultCurrency,
    details_submitted: true,
    email: account.email,
    metadata: {},
    payouts_enabled: true,
    settings: {
      dashboard: { display_name: account.displayName, timezone: 'America/New_York' },
    },
    type: 'standard',
  };
}

export interface StripeErrorBody {
  error: { type: string; message: string; code?: string; doc_url?: string };
}

export function stripeError(type: string, message: string, code?: string): StripeErrorBody {
  return { error: { type, message, ...(code ? { code, doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}` } : {}) } };
}

/** Stripe never echoes a key in full: `rk_test_****1234`. */
export function maskKey(key: string): string {
  const prefix = /^[a-z]{2}_(live|test)_/.exec(key)?.[0] ?? '';
  return `${prefix}****${key.slice(-4)}`;
}
