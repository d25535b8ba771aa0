/**
 * Warnings the guide shows above the current step. A warning never locks the guide: the agent may always carry on.
 * "Sticky" warnings are about the account choice and stay until a new choice or a restart; the others are about the
 * moment and go away as soon as the guide moves to another step.
 */
import type { GuideWarning, WarningCode, AccountVerdict, MessageParams } from './guide-state';
import { withoutEmpty } from './message-params';

/**
 * Builds a warning: its code and the values it is worded with (components/text/guide-text.ts words it). Page text is
 * kept as a value, clipped, never interpreted; empty values are left out.
 */
export function makeWarning(code: WarningCode, params: MessageParams = {}): GuideWarning {
  const kept = withoutEmpty(params);
  return Object.keys(kept).length > 0 ? { code, params: kept } : { code };
}

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
