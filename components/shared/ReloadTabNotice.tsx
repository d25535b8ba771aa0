import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { needsReload } from '../../lib/background/tabs-to-reload';
import { tabsToReloadItem } from '../../lib/session-storage';
import { useStorageItem } from './use-storage-item';

/**
 * Shown for a Kartra or Stripe tab that was open when the assistant was installed or updated: the assistant cannot
 * see it until it is reloaded (lib/background/tabs-to-reload.ts). One click reloads it; the guide's progress is kept.
 */
export function ReloadTabNotice({ tabId }: { tabId: number | undefined }) {
  const stored = useStorageItem(tabsToReloadItem);
  const [problem, setProblem] = useState('');
  if (tabId === undefined || !needsReload(stored, tabId)) return null;

  const reload = async () => {
    try {
      await browser.tabs.reload(tabId);
      setProblem('');
    } catch (error) {
      setProblem(`Could not reload the tab: ${error instanceof Error ? error.message : String(error)}. Reload it yourself (F5).`);
    }
  };

  return (
    <div class="callout warn" role="note" data-testid="reload-tab-notice">
      <p>This tab was open before the assistant was installed or updated, so it cannot see the page yet. Reload the tab; any guide in progress is kept.</p>
      <button type="button" class="primary" onClick={() => void reload()}>
        Reload tab
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
