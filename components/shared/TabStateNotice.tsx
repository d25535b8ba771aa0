import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabAssistantState } from '../../lib/tab-assistant-state';

/**
 * Says when the assistant cannot see the tab: open since before an install or update (lib/background/tabs-to-reload.ts),
 * or its content script stopped or never started. One click reloads the tab; the guide's progress is kept. The caller
 * keeps `state` current (use-tab-assistant-state.ts), so a page that also needs it asks the tab only once.
 */
export function TabStateNotice({ tabId, state }: { tabId: number | undefined; state: TabAssistantState | undefined }) {
  const [problem, setProblem] = useState('');
  // The state rides on an element that takes no room, so tests and the support report can read what was decided.
  const marker = <div data-testid="tab-state" data-state={state ?? 'unknown'} hidden />;
  if (tabId === undefined || (state !== 'needs-reload' && state !== 'stopped')) return marker;

  const reload = async () => {
    try {
      await browser.tabs.reload(tabId);
      setProblem('');
    } catch (error) {
      setProblem(`Could not reload the tab: ${error instanceof Error ? error.message : String(error)}. Reload it yourself (F5).`);
    }
  };

  return (
    <>
    {marker}
    <div class="callout warn" role="note" data-testid={state === 'needs-reload' ? 'reload-tab-notice' : 'stopped-tab-notice'}>
      <p>
        {state === 'needs-reload'
          ? 'This tab was open before the assistant was installed or updated, so it cannot see the page yet. Reload the tab; any guide in progress is kept.'
          : 'The assistant has stopped reading this tab, so what it last saw may be out of date. Reload the tab to start it again; any guide in progress is kept.'}
      </p>
      <button type="button" class="primary" onClick={() => void reload()}>
        Reload tab
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
    </>
  );
}
