/**
 * Open the guide next to the page. Both browsers only allow it inside a user gesture, so this must be called directly
 * from a click handler in an extension page (popup), not after an await on something slow.
 */
import { browser } from 'wxt/browser';

type SidePanelApi = { open(options: { tabId: number }): Promise<void> };
type SidebarActionApi = { open(): Promise<void> };

export async function openSidePanel(tabId: number): Promise<boolean> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  try {
    if (api.sidePanel) await api.sidePanel.open({ tabId });
    else if (api.sidebarAction) await api.sidebarAction.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}
