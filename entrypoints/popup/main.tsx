import { render } from 'preact';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { resolveTargetTabId } from '../../lib/pages/target-tab';
import { tabHealthItem } from '../../lib/session-storage';

// Health is read alongside the tab, before the first render, so the popup paints once, with data (read from inside
// the component it is only asked for after a "Loading…" frame: Preact runs effects after paint).
void Promise.all([resolveTargetTabId(location.search), tabHealthItem.getValue().catch(() => undefined)]).then(([tabId, health]) => {
  render(<PopupApp tabId={tabId} initialHealth={health} />, document.getElementById('app')!);
});
