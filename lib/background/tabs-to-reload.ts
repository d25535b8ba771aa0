/**
 * Tabs on Kartra or Stripe that were already open when the extension was installed or updated. Chrome does not put
 * the new content scripts into them (Firefox does, so there the list stays empty), and the old copy tears itself down:
 * until the agent reloads such a tab, the assistant cannot see it. The popup and side panel say so and offer the
 * reload, instead of a misleading "open Kartra's Integrations page". Guides live in local storage and are not touched.
 *
 * A tab leaves the list when one of our content scripts speaks from it, when it starts loading a page, or closes.
 */
import { tabsToReloadItem } from '../session-storage';

export interface TabsToReloadDeps {
  enqueue: <T>(task: () => Promise<T>) => Promise<T>;
  /** Ids of the open tabs our content scripts match. */
  openSiteTabIds: () => Promise<number[]>;
  /** Whether the browser injects content scripts into already open tabs on install and update (Firefox). */
  injectsIntoOpenTabs: boolean;
}

export function createTabsToReload({ enqueue, openSiteTabIds, injectsIntoOpenTabs }: TabsToReloadDeps) {
  // The stored list, read once per worker life: only this module writes it, and `clear` runs on every message a tab
  // sends, so it should not cost a storage read each time.
  let known: number[] | undefined;
  const read = async (): Promise<number[]> => (known ??= await tabsToReloadItem.getValue());
  const write = async (ids: number[]): Promise<void> => {
    await tabsToReloadItem.setValue(ids);
    known = ids;
  };
  return {
    /** On install or update: every open tab of ours is stale until reloaded. */
    recordOpenTabs(): Promise<void> {
      if (injectsIntoOpenTabs) return Promise.resolve();
      return enqueue(async () => {
        const ids = await openSiteTabIds().catch(() => []);
        await write([...new Set(ids)]);
      });
    },
    /** The tab runs our current content script, or is loading a page that will. */
    clear(tabId: number): Promise<void> {
      return enqueue(async () => {
        const ids = await read();
        if (ids.includes(tabId)) await write(ids.filter((id) => id !== tabId));
      });
    },
  };
}
