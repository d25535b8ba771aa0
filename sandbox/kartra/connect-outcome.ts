/**
 * How Kartra judges a finished Stripe Connect, and what it then says. The four error titles are Kartra's own words,
 * verbatim (docs/quality.md); the sentence under each paraphrases the cause from the help article.
 */
import type { ForcedOutcome } from '../state/scenario.ts';

export type OutcomeKind = 'success' | 'mismatch' | 'ineligible' | 'denied' | 'already-integrated' | 'invalid-request';

export const OUTCOME_TEXT: Readonly<Record<OutcomeKind, { title: string; detail: string }>> = Object.freeze({
  success: {
    title: 'Stripe connected successfully',
    detail: 'Your Stripe account has been reconnected. Subscriptions and products keep using the same payment setup.',
  },
  mismatch: {
    title: 'Stripe account does not match',
    detail: 'You selected a different Stripe account than the one originally used. Reconnect and select the original account.',
  },
  ineligible: {
    title: 'Ineligible account',
    detail: 'This Stripe account is already connected to another platform. Disconnect it there, then try again.',
  },
  denied: {
    title: 'User denied request',
    detail: 'The connection was cancelled before it was completed. Click Connect with Stripe again and finish the process.',
  },
  'already-integrated': {
    title: 'Account already integrated',
    detail: 'The selected Stripe account is already connected in Kartra. Choose a different account or use the existing integration.',
  },
  'invalid-request': {
    title: 'Invalid request',
    detail: 'This connection request could not be verified or has expired. Start again from Settings > Integrations.',
  },
});

/** What the banner shows and what `/__sandbox/state` lists under `kartra.outcomes`. */
export interface ConnectOutcomeReport {
  kind: OutcomeKind;
  ok: boolean;
  title: string;
  detail: string;
  integration: string | null;
  accountId: string | null;
  forced: boolean;
  at: string;
}

export interface OutcomeInput {
  forced: ForcedOutcome;
  /** The account the user picked at Stripe. */
  chosenAccountId: string;
  chosenIsControlledByAnotherPlatform: boolean;
  /** The account this integration was originally connected with. */
  originalAccountId: string | undefined;
  /** Accounts already powering another Kartra integration. */
  accountsUsedElsewhere: readonly string[];
}

/** The decision for a Connect that came back with a code (a denial never reaches this). */
export function decideOutcome(input: OutcomeInput): OutcomeKind {
  if (input.forced !== 'auto') return input.forced;
  // Stripe's June 2021 rule comes first: the account cannot be connected at all.
  if (input.chosenIsControlledByAnotherPlatform) return 'ineligible';
  if (input.accountsUsedElsewhere.includes(input.chosenAccountId)) return 'already-integrated';
  return input.chosenAccountId === input.originalAccountId ? 'success' : 'mismatch';
}

export function reportOf(kind: OutcomeKind, details: { integration: string | null; accountId: string | null; forced: boolean }): ConnectOutcomeReport {
  return { kind, ok: kind === 'success', ...OUTCOME_TEXT[kind], ...details, at: new Date().toISOString() };
}
