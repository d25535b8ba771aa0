/**
 * What the popup can say about its tab, as a code (the words are made in components/popup): the assistant's state on
 * the tab (lib/tab-assistant-state.ts) and which of our sites the tab shows, if any. The popup is never blank or
 * vague: each situation has a message and the next thing to do.
 */
import type { SiteRole } from '../origins';
import type { TabAssistantState } from '../tab-assistant-state';

export type TabSituation =
  /** The popup was opened without a tab to describe. */
  | 'no-tab'
  /** The first check of the tab has not answered yet. */
  | 'checking'
  | 'needs-reload'
  | 'stopped'
  | 'not-our-site'
  /** One of our sites, still loading: content scripts start once it has. */
  | 'loading'
  | 'stripe-page'
  | 'kartra-page';

export function tabSituation(tabId: number | undefined, state: TabAssistantState | undefined, role: SiteRole | undefined): TabSituation {
  if (tabId === undefined) return 'no-tab';
  if (state === undefined) return 'checking';
  if (state === 'needs-reload' || state === 'stopped' || state === 'not-our-site') return state;
  if (state === 'starting') return 'loading';
  return role === 'kartra-app' ? 'kartra-page' : 'stripe-page';
}
