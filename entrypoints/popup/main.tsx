import { render } from 'preact';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { t, uiLanguage } from '../../lib/i18n';
import { resolveTargetTabId } from '../../lib/pages/target-tab';
import { tabHealthItem } from '../../lib/session-storage';

// The page's title and language come from the locale (HTML cannot use __MSG__; without a <title> the toolbar button
// keeps the manifest's localised default_title).
document.title = t('extName');
document.documentElement.lang = uiLanguage();

// Health is read alongside the tab, before the first render, so the popup paints once, with data (read from inside
// the component it is only asked for after a "Loading…" frame: Preact runs effects after paint).
void Promise.all([resolveTargetTabId(location.search), tabHealthItem.getValue().catch(() => undefined)]).then(([tabId, health]) => {
  render(<PopupApp tabId={tabId} initialHealth={health} />, document.getElementById('app')!);
});
