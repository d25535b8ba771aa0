import { useState } from 'preact/hooks';
import { openSidePanel } from '../../lib/pages/open-side-panel';
import { tabHealthItem } from '../../lib/session-storage';
import type { TabHealth } from '../../lib/storage';
import { useStorageItem } from '../shared/use-storage-item';
import { reconnectTileOf } from '../../lib/health/reconnect-tile';
import { diagnoseOutcome } from '../../lib/diagnosis/from-outcome';
import { DiagnosisCard } from '../shared/DiagnosisCard';
import { TabStateNotice } from '../shared/TabStateNotice';
import { VersionNote } from '../shared/VersionNote';
import { tabSituation } from '../../lib/pages/tab-situation';
import { useTabAssistantState } from '../shared/use-tab-assistant-state';
import { useTabSite } from '../shared/use-tab-site';
import { GuideElsewhereNote } from './GuideElsewhereNote';
import { GuideShortcutNote } from './GuideShortcutNote';
import { TabSituationNote } from './TabSituationNote';
import { HealthSummary } from './HealthSummary';
import { PasteDiagnosis } from './PasteDiagnosis';

/** The toolbar popup: this tab's integration health, the way into the guide, and error diagnosis. */
export function PopupApp({ tabId, initialHealth }: { tabId: number | undefined; initialHealth?: Record<string, TabHealth> }) {
  const allHealth = useStorageItem(tabHealthItem, initialHealth);
  const [panelMessage, setPanelMessage] = useState('');
  const health = tabId === undefined || allHealth === undefined ? undefined : allHealth[String(tabId)];
  const outcome = health?.report.outcome;
  const diagnosis = outcome ? diagnoseOutcome({ outcome }) : undefined;
  const stripe = reconnectTileOf(health?.report);
  const site = useTabSite(tabId);
  const state = useTabAssistantState(tabId);
  const situation = tabSituation(tabId, state, site.role);
  // A Kartra tab's report says more than its situation; a stale one is still shown under the notice that says so.
  const showHealth = health !== undefined || situation === 'kartra-page';

  const openGuide = async () => {
    if (tabId === undefined) return;
    const opened = await openSidePanel(tabId);
    setPanelMessage(opened ? 'Guide opened in the side panel.' : 'Open the side panel from the browser toolbar to see the guide.');
    if (opened) window.close();
  };

  return (
    <main class="popup">
      <header class="brand">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Stripe Reconnect Assistant</h1>
      </header>
      <TabStateNotice tabId={tabId} state={state} />
      <GuideElsewhereNote tabId={tabId} />
      {!showHealth && <TabSituationNote situation={situation} tabId={tabId} />}
      {outcome === 'success' && (
        <p class="callout ok" data-testid="outcome-success">
          Kartra reports Stripe connected successfully.
        </p>
      )}
      {diagnosis && <DiagnosisCard entry={diagnosis} />}
      {showHealth && (allHealth === undefined ? <p class="muted">Loading…</p> : <HealthSummary health={health} tabId={tabId} />)}
      <div class="actions">
        <button type="button" class="primary" onClick={openGuide} disabled={tabId === undefined}>
          {stripe?.status === 'needs-attention' ? 'Guide me through reconnecting Stripe' : 'Open the reconnect guide'}
        </button>
      </div>
      <GuideShortcutNote />
      <p role="status" aria-live="polite" class="muted">
        {panelMessage}
      </p>
      <PasteDiagnosis />
      <footer>
        <a href="/options.html" target="_blank" rel="noopener">Detection settings</a>
        <VersionNote />
      </footer>
    </main>
  );
}
