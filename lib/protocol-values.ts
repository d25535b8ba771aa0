/**
 * The closed sets of values in lib/protocol.ts, as plain data: the schemas there are built from these, and code that
 * must stay free of zod (content scripts, the first paint of extension pages) checks against them here.
 */

/** The sites that have a site profile (words, hints, URL patterns as data), each overridable on the options page. */
export const PROFILE_SITES = ['kartra', 'stripe'] as const;
export type ProfileSite = (typeof PROFILE_SITES)[number];

/** Browsers' tab ids are non-negative 32-bit integers. */
export const TAB_ID_MAX = 2 ** 31;

export const INTEGRATION_STATUSES = ['needs-attention', 'connected', 'not-configured', 'unknown'] as const;

/** Why a tile's status could not be read (lib/kartra/decide-status.ts); the popup words each. */
export const UNKNOWN_WHYS = ['no-evidence', 'weak-evidence', 'conflict'] as const;

/** Kartra's four troubleshooting outcomes plus success, as read from the banner Kartra shows after the redirect. */
export { KARTRA_OUTCOMES } from './kartra/outcomes';
