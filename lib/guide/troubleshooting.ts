/**
 * What the guide needs from the article's "Troubleshoot connection issues" section: where to retry from after each
 * failure, and Kartra's verbatim message for the history. What happened, why and the fix live once, in
 * lib/diagnosis (the catalogue the popup and side panel show).
 */
import { getCatalogueEntry, type CatalogueId } from '../diagnosis/catalogue';
import type { KartraOutcome } from '../protocol';
import type { StepId } from './steps';

export type KartraFailure = Exclude<KartraOutcome, 'success'>;

const CATALOGUE_ID: Readonly<Record<KartraFailure, CatalogueId>> = {
  'account-mismatch': 'kartra-account-mismatch',
  'ineligible-account': 'kartra-ineligible-account',
  'user-denied': 'kartra-user-denied',
  'already-integrated': 'kartra-already-integrated',
};

/** A wrong account is fixed in Stripe's picker; everything else needs a fresh Connect with Stripe. */
const RETRY_FROM: Readonly<Record<KartraFailure, StepId>> = {
  'account-mismatch': 'choose-account',
  'already-integrated': 'choose-account',
  'ineligible-account': 'connect-with-stripe',
  'user-denied': 'connect-with-stripe',
};

/** Stripe's own error pages come from the request Kartra built, not the account: start again from Kartra. */
const STRIPE_ERROR_RETRY_FROM: StepId = 'connect-with-stripe';

/** Kartra's message for a failure, word for word (“Stripe account does not match”, …). */
export function kartraMessageFor(outcome: KartraFailure): string {
  return getCatalogueEntry(CATALOGUE_ID[outcome]).trigger;
}

/** The step a failed attempt should be retried from, given what was diagnosed. */
export function findRetryStep(diagnosis: { outcome?: KartraOutcome; stripeError?: unknown }): StepId {
  if (diagnosis.outcome && diagnosis.outcome !== 'success') return RETRY_FROM[diagnosis.outcome];
  return STRIPE_ERROR_RETRY_FROM;
}
