import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readTabAssistantState, type TabAssistantState } from '../../lib/tab-assistant-state';
import { tabsToReloadItem } from '../../lib/session-storage';
import { useStorageItem } from './use-storage-item';

/** How often an open popup or side panel asks again: a tab can stop, or start again after a reload, while we look. */
const RECHECK_MS = 2000;

/** Whether the assistant runs on `tabId`, kept current while the page is visible; undefined until first known. */
export function useTabAssistantState(tabId: number | undefined): TabAssistantState | undefined {
  const tabsToReload = useStorageItem(tabsToReloadItem);
  const [state, setState] = useState<TabAssistantState | undefined>();
  useEffect(() => {
    if (tabId === undefined || tabsToReload === undefined) return;
    let alive = true;
    const check = async () => {
      if (document.visibilityState !== 'visible') return;
      const next = await readTabAssistantState(tabId, {
        getTab: (id) => browser.tabs.get(id),
        ping: (id) => browser.tabs.sendMessage(id, { type: 'content/ping' }, { frameId: 0 }),
        tabsToReload,
      });
      if (alive) setState(next);
    };
    void check();
    const timer = setInterval(() => void check(), RECHECK_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tabId, tabsToReload]);
  return state;
}
