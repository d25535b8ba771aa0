/**
 * What a stored guide may hold, as plain data: its schema version, size limits and closed sets of values. The zod
 * schema (guide-state.ts) and the hand-written check the extension pages use (guide-shape.ts) are both built from
 * these, and code that must stay free of zod imports them from here.
 */

/** 2: warnings and history hold codes and values instead of English sentences (migrations.ts reads version 1). */
export const GUIDE_SCHEMA_VERSION = 2;
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

/**
 * What a history entry says happened, as a code; components/text/guide-text.ts words it in the agent's language.
 * `warning-raised` carries its warning; `legacy` is a version-1 sentence the migration could not read back as a code,
 * kept as written.
 */
export const EVENT_CODES = [
  'started',
  'started-again',
  'integrations-open',
  'tile-red',
  'tile-green',
  'tile-not-set-up',
  'tile-missing',
  'tile-menu-opened',
  'wrong-integration',
  'edit-opened',
  'edit-opened-key',
  'edit-opened-no-key',
  'edit-without-click',
  'edit-key-changed',
  'connect-with-stripe-clicked',
  'dashboard-login',
  'stripe-login',
  'picker-shown',
  'account-selected',
  'account-selected-same',
  'account-selected-other',
  'stripe-connect-clicked',
  'stripe-connect-clicked-mismatch',
  'stripe-cancelled',
  'stripe-error-page',
  'redirect-code',
  'redirect-denied',
  'redirect-error',
  'kartra-outcome',
  'kartra-confirmed',
  'kartra-connected',
  'dashboard-shows',
  'dashboard-shows-unnamed',
  'dashboard-shows-none',
  'warning-raised',
  'dismissed',
  'resumed',
  'restarted',
  'marked-done',
  'back-to',
  'back-to-retry',
  'key-chosen-first',
  'key-chosen-newer',
  'legacy',
] as const;

/**
 * The values a warning or history entry may carry. Names and Stripe error codes come from pages and are shown quoted;
 * keys are kept by their last four characters only; steps and outcomes are codes.
 */
export const PARAM_NAMES = ['name', 'integration', 'error', 'outcome', 'keyEnd', 'firstKeyEnd', 'newKeyEnd', 'count', 'step', 'next', 'text'] as const;
