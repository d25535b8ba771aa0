/**
 * Where the guide retries from after a failed attempt. Kartra's failures carry their step in lib/kartra/outcomes.ts;
 * what happened, why and the fix live once, in lib/diagnosis (the catalogue the popup and side panel show).
 */
import { isKartraFailure, retryStepFor, type KartraOutcome } from '../kartra/outcomes';
import type { StepId } from './steps';

/** Stripe's own error pages come from the request Kartra built, not the account: start again from Kartra. */
const STRIPE_ERROR_RETRY_FROM: StepId = 'connect-with-stripe';

/** The step a failed attempt should be retried from, given what was diagnosed. */
export function findRetryStep(diagnosis: { outcome?: KartraOutcome; stripeError?: unknown }): StepId {
  if (diagnosis.outcome && isKartraFailure(diagnosis.outcome)) return retryStepFor(diagnosis.outcome);
  return STRIPE_ERROR_RETRY_FROM;
}
