import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab the side panel describes: the one named by `?tabId=`, or else the active tab of the panel's window,
 * followed as the agent switches tabs (the panel stays open across tabs in both browsers). `initialTabId` is the
 * active tab as read before the first render; it is asked for again here, as a switch in between would be lost.
 */
export function useTargetTab(fixedTabId: number | undefined, initialTabId?: number): number | undefined {
  const [tabId, setTabId] = useState<number | undefined>(fixedTabId ?? initialTabId);
  useEffect(() => {
    if (fixedTabId !== undefined) return;
    let alive = true;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => alive && setTabId(tab?.id));
    const onActivated = (info: { tabId: number }) => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixedTabId]);
  return tabId;
}
