import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
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
import { SupportReportButton } from '../report/SupportReportButton';
import { TeachPickerButton } from '../shared/TeachPickerButton';

/** What became of "open the guide": the side panel opened, or it could not be and the agent opens it by hand. */
type PanelAnswer = 'opened' | 'not-opened';
const PANEL_ANSWER: Record<PanelAnswer, () => string> = {
  opened: () => t('popup.guideOpened'),
  'not-opened': () => t('popup.openSidePanelYourself'),
};

/** The toolbar popup: this tab's integration health, the way into the guide, and error diagnosis. */
export function PopupApp({ tabId, initialHealth }: { tabId: number | undefined; initialHealth?: Record<string, TabHealth> }) {
  const allHealth = useStorageItem(tabHealthItem, initialHealth);
  const [panel, setPanel] = useState<PanelAnswer>();
  const health = tabId === undefined || allHealth === undefined ? undefined : allHealth[String(tabId)];
  const outcome = health?.report.outcome;
  const diagnosis = outcome ? diagnoseOutcome({ outcome }) : undefined;
  const stripe = reconnectTileOf(health?.report);
  const site = useTabSite(tabId);
  const state = useTabAssistantState(tabId);
  const situation = tabSituation(tabId, state, site.role);
  // A Kartra tab's report says more than its situation; a stale one is still shown under the notice that says so.
  const showHealth = health !== undefined || situation === 'kartra-page';
  // Teach mode needs our content script running in the tab: a Kartra or Stripe page that answers.
  const canTeach = tabId !== undefined && (situation === 'kartra-page' || situation === 'stripe-page');

  const openGuide = async () => {
    if (tabId === undefined) return;
    const opened = await openSidePanel(tabId);
    setPanel(opened ? 'opened' : 'not-opened');
    if (opened) window.close();
  };

  return (
    <main class="popup">
      <header class="brand">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
      </header>
      <TabStateNotice tabId={tabId} state={state} />
      <GuideElsewhereNote tabId={tabId} />
      {!showHealth && <TabSituationNote situation={situation} tabId={tabId} />}
      {outcome === 'success' && (
        <p class="callout ok" data-testid="outcome-success">
          {t('popup.connectedSuccessfully')}
        </p>
      )}
      {diagnosis && <DiagnosisCard entry={diagnosis} />}
      {diagnosis && <SupportReportButton tabId={tabId} />}
      {showHealth && (allHealth === undefined ? <p class="muted">{t('shared.loading')}</p> : <HealthSummary health={health} tabId={tabId} />)}
      <div class="actions">
        <button type="button" class="primary" onClick={openGuide} disabled={tabId === undefined}>
          {stripe?.status === 'needs-attention' ? t('popup.guideMeThrough') : t('popup.openGuide')}
        </button>
      </div>
      <GuideShortcutNote />
      <p role="status" aria-live="polite" class="muted">
        {panel && PANEL_ANSWER[panel]()}
      </p>
      {canTeach && <TeachPickerButton tabId={tabId} onOpened={() => window.close()} />}
      {!diagnosis && <SupportReportButton tabId={tabId} />}
      <PasteDiagnosis />
      <footer>
        <a href="/options.html" target="_blank" rel="noopener">
          {t('popup.detectionSettings')}
        </a>
        <VersionNote />
      </footer>
    </main>
  );
}
