/**
 * Tells the content scripts in our sites' tabs that what they read from the background changed (a guide, a "show
 * me" request, the site profile, the team's policy), so they ask again. They used to watch `storage.local` for this;
 * what they read now lives where they cannot (lib/trusted-store.ts).
 */
import { browser } from 'wxt/browser';
import { watchManagedStorage } from '../policy/managed-storage';
import { guidesItem, PROFILE_OVERRIDE_ITEMS, showMeItem, taughtChangesItem } from '../storage';
import type { Refreshable, TabMessage } from '../tab-messages';

export function refreshContentScriptsOnChange(openSiteTabIds: () => Promise<number[]>): void {
  const tell = (what: Refreshable) => async () => {
    const message: TabMessage = { type: 'content/refresh', what };
    const ids = await openSiteTabIds().catch(() => []);
    // A tab without our content script (still loading, stale after an update) just does not answer.
    await Promise.all(ids.map((id) => browser.tabs.sendMessage(id, message, { frameId: 0 }).catch(() => undefined)));
  };
  // Only the fact of a write matters here: the content scripts ask for what they need.
  guidesItem.onWritten(tell('page-view'));
  showMeItem.onWritten(tell('page-view'));
  for (const item of Object.values(PROFILE_OVERRIDE_ITEMS)) item.onWritten(tell('profile'));
  taughtChangesItem.onWritten(tell('profile'));
  // The team's policy is a layer of every profile in force (lib/background/profile-layers.ts).
  watchManagedStorage(tell('profile'));
}
