import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkStoredGuide } from '../../lib/guide/guide-shape';
import { findGuideInOtherTab } from '../../lib/guide/routing';
import { stepTitle } from '../text/step-text';
import { readStoredGuides } from '../../lib/guide/stored-guides';
import { t } from '../../lib/i18n';
import { guidesItem } from '../../lib/storage';
import { useOpenTabIds } from '../shared/use-open-tab-ids';
import { useStorageItem } from '../shared/use-storage-item';

/** A guide is running in another tab: say where it is and take the agent there, rather than start a second one here. */
export function GuideElsewhereNote({ tabId }: { tabId: number | undefined }) {
  const stored = useStorageItem(guidesItem);
  const openTabIds = useOpenTabIds();
  const elsewhere = useMemo(() => {
    if (tabId === undefined || !stored || !openTabIds) return undefined;
    return findGuideInOtherTab(readStoredGuides(stored, checkStoredGuide).guides, tabId, openTabIds);
  }, [stored, openTabIds, tabId]);
  if (!elsewhere) return null;

  const goThere = async () => {
    const tab = await browser.tabs.update(elsewhere.tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    window.close();
  };

  return (
    <div class="callout" data-testid="guide-elsewhere">
      <p>{t('popup.guideElsewhere', { integration: elsewhere.guide.integration, step: stepTitle(elsewhere.guide.stepId) })}</p>
      <button type="button" onClick={() => void goThere()}>
        {t('popup.goToThatTab')}
      </button>
    </div>
  );
}
