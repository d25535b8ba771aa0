/**
 * What a stored guide may hold, as plain data: its schema version, size limits and closed sets of values. The zod
 * schema (guide-state.ts) and the hand-written check the extension pages use (guide-shape.ts) are both built from
 * these, and code that must stay free of zod imports them from here.
 */

export const GUIDE_SCHEMA_VERSION = 1;
/** History keeps the newest entries; older ones fall off so a long session cannot grow storage without bound. */
export const HISTORY_LIMIT = 200;
/** Tabs a guide can adopt (its Kartra tab, Stripe tabs, a redirect tab). */
export const TAB_LIMIT = 20;
export const TEXT_LIMIT = 500;
export { TAB_ID_MAX } from '../protocol-values';

/** How the selected Stripe account compares with the key Kartra used (computed outside the guide). */
export const ACCOUNT_VERDICTS = ['same-key', 'same-account', 'different-account', 'mode-mismatch', 'cannot-tell', 'invalid'] as const;

export const WARNING_CODES = [
  'different-account',
  'mode-mismatch',
  'account-unverified',
  'key-invalid',
  'key-not-read',
  'wrong-integration',
  'stripe-tile-missing',
  'stripe-not-configured',
  'already-connected',
  'unexpected-outcome',
  'stripe-without-guide',
  'original-key-changed',
] as const;

export const GUIDE_STATUSES = ['active', 'done', 'dismissed'] as const;

/** Who made a history entry happen: the extension saw it, or the agent pressed something. */
export const HISTORY_SOURCES = ['observed', 'agent'] as const;
