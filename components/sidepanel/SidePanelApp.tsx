import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkStoredGuide } from '../../lib/guide/guide-shape';
import { describeProgress } from '../../lib/guide/progress';
import { findGuideForTab, findOrphanedGuide } from '../../lib/guide/routing';
import { readStoredGuides } from '../../lib/guide/stored-guides';
import { sendToBackground } from '../../lib/messaging';
import { siteUrl } from '../../lib/origins';
import type { GuideCommand } from '../../lib/protocol';
import { tabHealthItem } from '../../lib/session-storage';
import { guidesItem, storageNoticesItem } from '../../lib/storage';
import { t } from '../../lib/i18n';
import { stepOf, stepText } from '../text/step-text';
import { replyErrorText } from '../text/reply-error';
import { warningText } from '../text/warning-text';
import { TabStateNotice } from '../shared/TabStateNotice';
import { useTabAssistantState } from '../shared/use-tab-assistant-state';
import { useStorageItem } from '../shared/use-storage-item';
import { VersionNote } from '../shared/VersionNote';
import { CurrentStep } from './CurrentStep';
import { HistoryLog } from './HistoryLog';
import type { InitialPanelData } from './initial-panel-data';
import { StartCard } from './StartCard';
import { StepList } from './StepList';
import { useOpenTabIds } from '../shared/use-open-tab-ids';
import { useTargetTab } from './use-target-tab';
import { SupportReportButton } from '../report/SupportReportButton';
import { TeachPickerButton } from '../shared/TeachPickerButton';
import { useTabSite } from '../shared/use-tab-site';
import { getStep } from '../../lib/guide/steps';
import { profileSiteOfRole } from '../../lib/origins';
import { teachTargetOfStepOn } from '../../lib/teach/teach-targets';

interface Props {
  /** `?tabId=`: describe that tab only, rather than follow the active tab. */
  fixedTabId: number | undefined;
  /** Read before the first render (initial-panel-data.ts), so that render already shows the data. */
  initial?: InitialPanelData;
}

/** The guide for the tab the panel describes: where the agent is, what to do next, and everything done so far. */
export function SidePanelApp({ fixedTabId, initial }: Props) {
  const tabId = useTargetTab(fixedTabId, initial?.tabId);
  const storedGuides = useStorageItem(guidesItem, initial?.guides);
  const allHealth = useStorageItem(tabHealthItem, initial?.health);
  const [problem, setProblem] = useState('');
  // Checked by hand, not with zod: the first paint must not wait for zod to load (see lib/guide/guide-shape.ts).
  const { guides, dropped } = useMemo(() => readStoredGuides(storedGuides, checkStoredGuide), [storedGuides]);
  const guide = tabId === undefined ? undefined : findGuideForTab(guides, tabId);
  const health = tabId === undefined || !allHealth ? undefined : allHealth[String(tabId)];
  const loaded = storedGuides !== undefined && allHealth !== undefined;
  const active = guide && guide.status !== 'dismissed' ? guide : undefined;
  const notices = useStorageItem(storageNoticesItem, initial?.notices) ?? [];
  const openTabIds = useOpenTabIds();
  const tabState = useTabAssistantState(tabId);
  const tabSite = profileSiteOfRole(useTabSite(tabId).role);
  // After a browser restart tab ids are new: the newest active guide whose tabs are all gone can be picked up here.
  const orphan = openTabIds ? findOrphanedGuide(guides, openTabIds) : undefined;

  useFirstRenderMark(loaded);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const send = async (command: GuideCommand) => {
    if (tabId === undefined) return;
    const reply = await sendToBackground({ type: 'guide/command', tabId, command });
    setProblem(reply.ok ? '' : t('sidepanel.commandFailed', { error: replyErrorText(reply.error) }));
  };
  const showMe = async () => {
    if (tabId === undefined) return;
    const reply = await sendToBackground({ type: 'guide/show-me', tabId });
    setProblem(reply.ok ? '' : t('sidepanel.showMeFailed', { error: replyErrorText(reply.error) }));
  };
  const checkInStripe = async () => {
    const kartraTab = active ? await browser.tabs.get(active.tabId).catch(() => undefined) : undefined;
    const created = await browser.tabs.create({ url: siteUrl('stripe-dashboard', '/apikeys', kartraTab?.url ?? health?.url) });
    // The new tab reports the key it shows to this guide, whatever other guides are open.
    if (created.id !== undefined && active) await sendToBackground({ type: 'guide/adopt-tab', tabId: active.tabId, newTabId: created.id });
  };

  if (!loaded) return <main class="panel"><p class="muted">{t('sidepanel.loading')}</p></main>;
  const progress = active ? describeProgress(active) : undefined;
  // The picker needs our content script answering in the tab; on the guide's current step, it opens on what that
  // step looks for when this tab's site is where it lives.
  const teach =
    tabId !== undefined && tabSite !== undefined && tabState === 'running' ? (
      <TeachPickerButton tabId={tabId} target={active ? teachTargetOfStepOn(getStep(active.stepId).target, tabSite) : undefined} />
    ) : null;

  return (
    <main class="panel">
      <header class="panel-header">
        <h1 ref={headingRef}>{t('sidepanel.title')}</h1>
        {active && progress && (
          <>
            <p class="muted" data-testid="progress-label">
              {active.status === 'done' ? t('sidepanel.done') : stepOf(progress.index, progress.total)} · {active.integration}
            </p>
            <div class="progress" role="progressbar" aria-label={t('sidepanel.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent}>
              <div class="bar" style={{ width: `${progress.percent}%` }} />
            </div>
          </>
        )}
      </header>
      <p class="sr-only" role="status" aria-live="polite" data-testid="announcer">
        {active ? `${stepText(active.stepId).title}. ${stepText(active.stepId).instruction}` : ''}
      </p>
      <TabStateNotice tabId={tabId} state={tabState} />
      {(dropped.length > 0 || notices.length > 0) && (
        <div class="callout warn" role="note" data-testid="storage-notice">
          <p>{t('sidepanel.storageNotice')}</p>
          <button type="button" onClick={() => void storageNoticesItem.setValue([])}>
            {t('sidepanel.dismissNotice')}
          </button>
        </div>
      )}
      {problem && (
        <p class="callout danger" role="alert">
          {problem}
        </p>
      )}
      {!active ? (
        <>
          <StartCard health={health} hadGuide={guide !== undefined} resumable={guide ?? orphan} onStart={() => send(guide ? 'restart' : 'start')} onResume={() => send('resume')} />
          {teach}
        </>
      ) : (
        <>
          {active.warning && (
            <div class="callout warn" role="alert" data-testid="guide-warning" data-warning={active.warning.code}>
              <p>{warningText(active.warning)}</p>
              {active.warning.code === 'original-key-changed' && active.newerKey && (
                <p class="buttons">
                  <button type="button" onClick={() => send('keep-original-key')} data-testid="keep-original-key">
                    {t('sidepanel.keepFirstKey', { keyEnd: active.originalKey?.slice(-4) ?? '' })}
                  </button>
                  <button type="button" onClick={() => send('use-new-key')} data-testid="use-new-key">
                    {t('sidepanel.useNewKey', { keyEnd: active.newerKey.slice(-4) })}
                  </button>
                </p>
              )}
            </div>
          )}
          {active.status === 'done' && (
            <p class="callout ok" data-testid="guide-done">
              {t('sidepanel.reconnected')}
            </p>
          )}
          <CurrentStep guide={active} onShowMe={showMe} onCheckInStripe={checkInStripe}>
            {teach}
          </CurrentStep>
          <nav class="step-nav" aria-label={t('sidepanel.navigation')}>
            <button type="button" onClick={() => send('back')} data-testid="back">
              {t('sidepanel.back')}
            </button>
            <button type="button" class="primary" onClick={() => send('next')} data-testid="next" disabled={active.status === 'done'}>
              {t('sidepanel.next')}
            </button>
          </nav>
          <StepList guide={active} />
          <HistoryLog guide={active} />
          <footer class="panel-footer">
            <button type="button" onClick={() => send('restart')}>
              {t('sidepanel.startOver')}
            </button>
            <button type="button" onClick={() => send('dismiss')}>
              {t('sidepanel.closeGuide')}
            </button>
          </footer>
        </>
      )}
      <footer class="panel-version">
        <SupportReportButton tabId={tabId} />
        <VersionNote />
      </footer>
    </main>
  );
}

/** Marks the first render with data, for the side-panel timing in `npm run bench`. */
function useFirstRenderMark(loaded: boolean) {
  const marked = useRef(false);
  useEffect(() => {
    if (loaded && !marked.current) {
      marked.current = true;
      performance.mark('sra:first-render');
    }
  }, [loaded]);
}
