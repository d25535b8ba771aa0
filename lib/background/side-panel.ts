/**
 * Opening the guide for a tab from the background. Chrome allows `sidePanel.open` while handling a message sent
 * from a user's click in a content script, if it is called before any await; Firefox does not (a relayed click is no
 * user action there), so the caller must tell the agent to use the toolbar.
 */
import { browser } from 'wxt/browser';

type SidePanelApi = { open(options: { tabId: number }): Promise<void> };

export function openSidePanelForTab(tabId: number): Promise<boolean> {
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  if (!sidePanel) return Promise.resolve(false);
  return sidePanel.open({ tabId }).then(
    () => true,
    () => false,
  );
}
