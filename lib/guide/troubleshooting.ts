/**
 * The article's "Troubleshoot connection issues" section as data, plus the Stripe-side errors Kartra never sees.
 * Kartra's four messages are kept verbatim (FACTS.md) so the agent can match what is on screen word for word.
 */
import type { KartraOutcome } from '../protocol';
import type { StepId } from './steps';

export type KartraFailure = Exclude<KartraOutcome, 'success'>;

/** One diagnosis: what the agent sees, why it happened, what to do, and which step to go back to. */
export interface Trouble {
  readonly message: string;
  readonly cause: string;
  readonly fix: readonly string[];
  /** Where the attempt went wrong: `back` from troubleshooting returns here. */
  readonly retryFrom: StepId;
}

export const KARTRA_TROUBLES: Readonly<Record<KartraFailure, Trouble>> = {
  'account-mismatch': {
    message: 'Stripe account does not match',
    cause: 'A different Stripe account was selected than the original one.',
    fix: ['Compare the Publishable key in Kartra with the Stripe accounts.', 'Select the matching account.'],
    retryFrom: 'choose-account',
  },
  'ineligible-account': {
    message: 'Ineligible account',
    cause: 'The Stripe account is already connected to another platform.',
    fix: ['Disconnect it from the other platform.', 'Try again.'],
    retryFrom: 'connect-with-stripe',
  },
  'user-denied': {
    message: 'User denied request',
    cause: 'The connection was left before it was completed.',
    fix: ['Click Connect with Stripe again and complete the process.'],
    retryFrom: 'connect-with-stripe',
  },
  'already-integrated': {
    message: 'Account already integrated',
    cause: 'The selected Stripe account is already connected in Kartra.',
    fix: ['Choose a different account.', 'Or use the existing integration.'],
    retryFrom: 'choose-account',
  },
};

/**
 * Stripe shows authorize errors other than a denial as JSON on its own page (FACTS.md): they come from the request
 * Kartra built, not from the account, so the fix is a retry and then support.
 */
export const STRIPE_ERROR_TROUBLE: Trouble = {
  message: 'Stripe showed an error page',
  cause: 'Stripe refused the connection request before any account was chosen.',
  fix: [
    'Go back to Kartra and click Connect with Stripe again.',
    'If the same error comes back, contact support with a screenshot of the Stripe page.',
  ],
  retryFrom: 'connect-with-stripe',
};

/** The diagnosis for a Kartra outcome, or undefined for success. */
export function findKartraTrouble(outcome: KartraOutcome): Trouble | undefined {
  return outcome === 'success' ? undefined : KARTRA_TROUBLES[outcome];
}

/** What the troubleshooting step should show for a guide's diagnosis; undefined when there is none. */
export function findTrouble(diagnosis: { outcome?: KartraOutcome; stripeError?: unknown }): Trouble | undefined {
  if (diagnosis.outcome) return findKartraTrouble(diagnosis.outcome);
  return diagnosis.stripeError ? STRIPE_ERROR_TROUBLE : undefined;
}

/** The step a failed attempt should be retried from, given what was diagnosed. */
export function findRetryStep(diagnosis: { outcome?: KartraOutcome; stripeError?: unknown }): StepId {
  const trouble = diagnosis.outcome ? findKartraTrouble(diagnosis.outcome) : undefined;
  return trouble?.retryFrom ?? STRIPE_ERROR_TROUBLE.retryFrom;
}
