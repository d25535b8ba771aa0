/**
 * What the extension's pages send to a tab's content script (`tabs.sendMessage`), and what it answers. Content scripts
 * carry no zod (their size budget), so the one shape here is checked by hand, exactly.
 */
export type TabMessage = { type: 'content/ping' };

/** `starting`: still asking the background for its site profile; `stopped`: there, but not reading the page. */
export const CONTENT_STATES = ['starting', 'detecting', 'stopped'] as const;
export interface PingReply {
  state: (typeof CONTENT_STATES)[number];
}

export function isTabMessage(value: unknown): value is TabMessage {
  return (
    typeof value === 'object' && value !== null && Object.keys(value).length === 1 && (value as { type?: unknown }).type === 'content/ping'
  );
}

export function isPingReply(value: unknown): value is PingReply {
  return typeof value === 'object' && value !== null && (CONTENT_STATES as readonly unknown[]).includes((value as { state?: unknown }).state);
}
