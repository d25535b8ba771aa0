/**
 * What the extension sends to a tab's content script (`tabs.sendMessage`): the popup and side panel ask whether it
 * runs; the background says that something it reads has changed (content scripts no longer watch storage, which
 * they cannot read: lib/trusted-store.ts). Content scripts carry no zod (their size budget), so these shapes are
 * checked by hand, exactly.
 */
export const REFRESHABLE = ['page-view', 'profile'] as const;
export type Refreshable = (typeof REFRESHABLE)[number];

/**
 * `content/cover` / `content/uncover`: the support report's screenshot (lib/background/report-capture.ts) asks the
 * page to cover its secrets just before the capture and to show them again right after.
 */
export type TabMessage =
  | { type: 'content/ping' }
  | { type: 'content/refresh'; what: Refreshable }
  | { type: 'content/cover' }
  | { type: 'content/uncover' };

/** `starting`: still asking the background for its site profile; `stopped`: there, but not reading the page. */
export const CONTENT_STATES = ['starting', 'detecting', 'stopped'] as const;
export type ContentState = (typeof CONTENT_STATES)[number];
export interface PingReply {
  state: ContentState;
}

/** How many boxes the cover drew (0: nothing to hide in view, which is covered too). */
export interface CoverReply {
  covered: number;
}
/** Whether the page still had the cover: false means it changed (reload, navigation) and the capture must go. */
export interface UncoverReply {
  uncovered: boolean;
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, what } = value as { type?: unknown; what?: unknown };
  const keys = Object.keys(value).length;
  if (type === 'content/ping' || type === 'content/cover' || type === 'content/uncover') return keys === 1;
  return type === 'content/refresh' && keys === 2 && (REFRESHABLE as readonly unknown[]).includes(what);
}

export function isCoverReply(value: unknown): value is CoverReply {
  return typeof value === 'object' && value !== null && Number.isInteger((value as { covered?: unknown }).covered);
}

export function isUncoverReply(value: unknown): value is UncoverReply {
  return typeof value === 'object' && value !== null && (value as { uncovered?: unknown }).uncovered === true;
}

export function isPingReply(value: unknown): value is PingReply {
  return typeof value === 'object' && value !== null && (CONTENT_STATES as readonly unknown[]).includes((value as { state?: unknown }).state);
}
