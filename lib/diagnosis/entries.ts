/**
 * The messages an agent can meet while reconnecting Stripe, one entry each: which message it is and what on the page
 * shows it. What happened, why and the fix are words, made where they are shown (components/text/diagnosis.ts).
 * Kartra's four troubleshooting messages come from its help article "Update an older Stripe connection" (support.kartra.com);
 * Stripe's authorize errors from Stripe's OAuth behaviour (docs/quality.md "Stripe Connect": only `access_denied` is redirected back, the
 * others are shown as JSON on Stripe's own page).
 */
import { diagnosisFor, kartraMessageFor, type KartraDiagnosisId, type KartraFailure } from '../kartra/outcomes';

export type CatalogueId =
  | KartraDiagnosisId
  | 'stripe-invalid-scope'
  | 'stripe-invalid-redirect-uri'
  | 'stripe-invalid-request'
  | 'stripe-unsupported-response-type'
  | 'stripe-access-denied';

/** Plain data, typed rather than parsed: the popup and side panel show entries on their first paint, without zod. */
export interface CatalogueEntry {
  id: CatalogueId;
  source: 'kartra' | 'stripe';
  /** The verbatim Kartra message or the Stripe `error` code this entry explains. */
  trigger: string;
}

/** A Kartra failure's entry: its id and the words it explains come from its row in lib/kartra/outcomes.ts. */
function kartraEntry(outcome: KartraFailure): CatalogueEntry {
  return { id: diagnosisFor(outcome), source: 'kartra', trigger: kartraMessageFor(outcome) };
}

function stripeEntry(id: CatalogueId, code: string): CatalogueEntry {
  return { id, source: 'stripe', trigger: code };
}

/** Every entry, Kartra's first, in the order the help article lists them. */
export const CATALOGUE: ReadonlyArray<CatalogueEntry> = [
  kartraEntry('account-mismatch'),
  kartraEntry('ineligible-account'),
  kartraEntry('user-denied'),
  kartraEntry('already-integrated'),
  stripeEntry('stripe-invalid-scope', 'invalid_scope'),
  stripeEntry('stripe-invalid-redirect-uri', 'invalid_redirect_uri'),
  stripeEntry('stripe-invalid-request', 'invalid_request'),
  stripeEntry('stripe-unsupported-response-type', 'unsupported_response_type'),
  stripeEntry('stripe-access-denied', 'access_denied'),
];

/** One entry by id. */
export function getCatalogueEntry(id: CatalogueId): CatalogueEntry {
  return CATALOGUE.find((entry) => entry.id === id) as CatalogueEntry;
}
