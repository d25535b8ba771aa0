/**
 * Whether the assistant is running on a tab, as the popup and side panel tell the agent: a stale copy after an update
 * (lib/background/tabs-to-reload.ts), a content script that stopped or never started, or one that answers. Without
 * this, a tab whose script stopped kept showing its last report as if it were current.
 */
import { siteRoleOf } from './origins';
import { isPingReply } from './tab-messages';

export type TabAssistantState = 'running' | 'starting' | 'needs-reload' | 'stopped' | 'not-our-site';

export interface TabStateDeps {
  /** The tab's URL and loading status; the URL is only known for our sites (host permissions). */
  getTab: (tabId: number) => Promise<{ url?: string; status?: string } | undefined>;
  /** Ask the tab's top-frame content script; rejects when nobody there answers. */
  ping: (tabId: number) => Promise<unknown>;
  /** The stored list of tabs open since before an install or update. */
  tabsToReload: unknown;
}

/** Read the list of stale tabs, treating anything unreadable as empty. */
export function needsReload(stored: unknown, tabId: number): boolean {
  return Array.isArray(stored) && stored.includes(tabId);
}

export async function readTabAssistantState(tabId: number, deps: TabStateDeps): Promise<TabAssistantState> {
  if (needsReload(deps.tabsToReload, tabId)) return 'needs-reload';
  const tab = await deps.getTab(tabId).catch(() => undefined);
  const role = siteRoleOf(tab?.url);
  if (!role || role === 'stripe-api') return 'not-our-site';
  // Content scripts start when the page is idle; before that, silence is not a stop.
  if (tab?.status !== 'complete') return 'starting';
  const reply = await deps.ping(tabId).catch(() => undefined);
  if (!isPingReply(reply)) return 'stopped';
  return reply.state === 'detecting' ? 'running' : reply.state;
}
