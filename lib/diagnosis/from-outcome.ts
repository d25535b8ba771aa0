/** Which catalogue entry explains what the guide saw: Kartra's outcome banner, or Stripe's authorize error. */
import type { KartraOutcome } from '../protocol';
import { CATALOGUE, getCatalogueEntry, type CatalogueEntry, type CatalogueId } from './entries';

const BY_OUTCOME: Readonly<Record<Exclude<KartraOutcome, 'success'>, CatalogueId>> = {
  'account-mismatch': 'kartra-account-mismatch',
  'ineligible-account': 'kartra-ineligible-account',
  'user-denied': 'kartra-user-denied',
  'already-integrated': 'kartra-already-integrated',
};

export function diagnoseOutcome(seen: { outcome?: KartraOutcome; stripeError?: { error: string } }): CatalogueEntry | undefined {
  if (seen.outcome && seen.outcome !== 'success') return getCatalogueEntry(BY_OUTCOME[seen.outcome]);
  if (seen.stripeError) return CATALOGUE.find((entry) => entry.source === 'stripe' && entry.trigger === seen.stripeError!.error);
  return undefined;
}
