import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import type { TabAssistantState } from '../../lib/tab-assistant-state';

/**
 * Says when the assistant cannot see the tab: open since before an install or update (lib/background/tabs-to-reload.ts),
 * or its content script stopped or never started. One click reloads the tab; the guide's progress is kept. The caller
 * keeps `state` current (use-tab-assistant-state.ts), so a page that also needs it asks the tab only once.
 */
export function TabStateNotice({ tabId, state }: { tabId: number | undefined; state: TabAssistantState | undefined }) {
  // The browser's own words for why the reload failed, if it did (shown inside our sentence, as the browser gave them).
  const [problem, setProblem] = useState<string>();
  // The state rides on an element that takes no room, so tests and the support report can read what was decided.
  const marker = <div data-testid="tab-state" data-state={state ?? 'unknown'} hidden />;
  if (tabId === undefined || (state !== 'needs-reload' && state !== 'stopped')) return marker;

  const reload = async () => {
    try {
      await browser.tabs.reload(tabId);
      setProblem(undefined);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
    {marker}
    <div class="callout warn" role="note" data-testid={state === 'needs-reload' ? 'reload-tab-notice' : 'stopped-tab-notice'}>
      <p>
        {state === 'needs-reload' ? t('shared.tabNeedsReload') : t('shared.tabStopped')}
      </p>
      <button type="button" class="primary" onClick={() => void reload()}>
        {t('shared.reloadTab')}
      </button>
      {problem !== undefined && <p role="alert">{t('shared.reloadFailed', { error: problem })}</p>}
    </div>
    </>
  );
}
