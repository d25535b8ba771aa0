import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab the side panel describes: the one named by `?tabId=`, or else the active tab of the panel's window,
 * followed as the agent switches tabs (the panel stays open across tabs in both browsers).
 */
export function useTargetTab(fixedTabId: number | undefined): number | undefined {
  const [tabId, setTabId] = useState<number | undefined>(fixedTabId);
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
