/**
 * Warnings the guide shows above the current step. A warning never locks the guide: the agent may always carry on.
 * "Sticky" warnings are about the account choice and stay until a new choice or a restart; the others are about the
 * moment and go away as soon as the guide moves to another step.
 */
import type { GuideWarning, WarningCode, AccountVerdict } from './guide-state';

export interface WarningDetails {
  /** A name from the page (integration or Stripe account), shown quoted. */
  name?: string;
  /** The guide's integration, e.g. "Stripe". */
  integration?: string;
  /** A Kartra message, verbatim. */
  message?: string;
  /** Publishable keys, shown by their last four characters only. */
  firstKey?: string;
  newKey?: string;
}

const keyEnd = (key: string | undefined) => (key ? `…${key.slice(-4)}` : '…');

const quote = (text: string | undefined, fallback = 'this account') => `“${text?.trim() || fallback}”`;

const MESSAGES: Readonly<Record<WarningCode, (d: WarningDetails) => string>> = {
  'different-account': (d) =>
    `${quote(d.name)} is not the Stripe account Kartra used before. Choose the account whose Publishable key matches the one in Kartra before clicking Connect.`,
  'mode-mismatch': (d) =>
    `Kartra's key and ${quote(d.name)} are in different modes (test and live). Check you are comparing the right key before clicking Connect.`,
  'account-unverified': (d) =>
    `The guide cannot tell whether ${quote(d.name)} is the account Kartra used before. Compare the Publishable key in Kartra with this account before clicking Connect.`,
  'key-invalid': () =>
    'The key read from Kartra does not look like a Stripe Publishable key, so the account cannot be checked. Compare by hand before clicking Connect.',
  'key-not-read': () =>
    "The Publishable key could not be read from Kartra's window. Note it down so you can compare Stripe accounts.",
  'wrong-integration': (d) =>
    `That belongs to ${quote(d.name)}, not ${d.integration ?? 'Stripe'}. Use the three dots on the ${d.integration ?? 'Stripe'} tile.`,
  'stripe-tile-missing': (d) =>
    `No ${d.integration ?? 'Stripe'} integration is visible here. Use the filter (for example Payment) or the search box to find it.`,
  'stripe-not-configured': (d) =>
    `${d.integration ?? 'Stripe'} is not set up in this Kartra account, so there is nothing to reconnect. Check this is the right customer's account.`,
  'already-connected': (d) =>
    `${d.integration ?? 'Stripe'} already shows a green status. Reconnect only if payments fail or Kartra asks for it.`,
  'unexpected-outcome': (d) =>
    `Kartra shows ${quote(d.message, 'a result')}, but the guide has not seen this attempt come back from Stripe. It may be left from an earlier try: carry on with the current step and the guide will check again.`,
  'stripe-without-guide': () =>
    'A Stripe Connect page was reached without starting the guide. Start the guide from the Kartra tab so each step can be checked.',
  'original-key-changed': (d) =>
    `Kartra's window now shows a different Publishable key (${keyEnd(d.newKey)}) from the one first read (${keyEnd(d.firstKey)}). The page may have changed it. Check which is right and choose in the side panel; until then the first key is used.`,
};

const STICKY: ReadonlySet<WarningCode> = new Set([
  'different-account',
  'mode-mismatch',
  'account-unverified',
  'key-invalid',
  'key-not-read',
  'original-key-changed',
]);

const ACCOUNT_CODES: ReadonlySet<WarningCode> = new Set([
  'different-account',
  'mode-mismatch',
  'account-unverified',
  'key-invalid',
]);

/** Builds a warning with its message; page text in `details` is quoted, never interpreted. */
export function makeWarning(code: WarningCode, details: WarningDetails = {}): GuideWarning {
  return { code, message: MESSAGES[code](details).slice(0, 500) };
}

/** Waits for the agent's decision: no other warning replaces it. */
export function isDecisionWarning(code: WarningCode): boolean {
  return code === 'original-key-changed';
}

/** Sticky warnings outlive step changes; a passing warning must not push one aside. */
export function isStickyWarning(code: WarningCode): boolean {
  return STICKY.has(code);
}

/** Warnings that judge the selected Stripe account: a new selection replaces them. */
export function isAccountWarning(code: WarningCode): boolean {
  return ACCOUNT_CODES.has(code);
}

/**
 * What to warn about once an account is selected. Same key or same account: nothing. No verdict at all means the
 * caller could not compare, which the agent must know before clicking Connect.
 */
export function warnAboutVerdict(verdict: AccountVerdict | undefined, accountName: string): GuideWarning | undefined {
  switch (verdict) {
    case 'same-key':
    case 'same-account':
      return undefined;
    case 'different-account':
      return makeWarning('different-account', { name: accountName });
    case 'mode-mismatch':
      return makeWarning('mode-mismatch', { name: accountName });
    case 'invalid':
      return makeWarning('key-invalid', { name: accountName });
    case 'cannot-tell':
    case undefined:
      return makeWarning('account-unverified', { name: accountName });
  }
}
