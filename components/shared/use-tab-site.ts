import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteRoleOf, type SiteRole } from '../../lib/origins';

/**
 * Which of our sites `tabId` shows, and its URL, kept current as the tab navigates. The browser tells a tab's URL only
 * for hosts the extension may read, so any other site reads as none.
 */
export function useTabSite(tabId: number | undefined): { role: SiteRole | undefined; url: string | undefined } {
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    void browser.tabs.get(tabId).then(
      (tab) => alive && setUrl(tab.url),
      () => alive && setUrl(undefined),
    );
    const onUpdated = (id: number, change: { url?: string }) => {
      if (id === tabId && change.url !== undefined) setUrl(change.url);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return { role: siteRoleOf(url), url };
}
