import { render } from 'preact';
import '../../components/sidepanel/sidepanel.css';
import { readInitialPanelData } from '../../components/sidepanel/initial-panel-data';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { t, uiLanguage } from '../../lib/i18n';
import { tabIdFromSearch } from '../../lib/pages/target-tab';

// Title and language from the locale: HTML cannot use __MSG__.
document.title = t('sidepanel.pageTitle');
document.documentElement.lang = uiLanguage();

// The data is asked for as soon as the code runs, and the panel renders once it is here: one render, with data.
void readInitialPanelData(location.search).then((initial) => {
  render(<SidePanelApp fixedTabId={tabIdFromSearch(location.search)} initial={initial} />, document.getElementById('app')!);
});
