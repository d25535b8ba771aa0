import { render } from 'preact';
import '../../components/sidepanel/sidepanel.css';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { tabIdFromSearch } from '../../lib/pages/target-tab';

render(<SidePanelApp fixedTabId={tabIdFromSearch(location.search)} />, document.getElementById('app')!);
