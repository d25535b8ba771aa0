/** Which catalogue entry explains what the guide saw: Kartra's outcome banner, or Stripe's authorize error. */
import { diagnosisFor, isKartraFailure, type KartraOutcome } from '../kartra/outcomes';
import { CATALOGUE, getCatalogueEntry, type CatalogueEntry } from './entries';

export function diagnoseOutcome(seen: { outcome?: KartraOutcome; stripeError?: { error: string } }): CatalogueEntry | undefined {
  if (seen.outcome && isKartraFailure(seen.outcome)) return getCatalogueEntry(diagnosisFor(seen.outcome));
  if (seen.stripeError) return CATALOGUE.find((entry) => entry.source === 'stripe' && entry.trigger === seen.stripeError!.error);
  return undefined;
}
