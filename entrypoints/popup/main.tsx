import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { resolveTargetTabId } from '../../lib/pages/target-tab';

void resolveTargetTabId(location.search).then((tabId) => {
  render(<PopupApp tabId={tabId} />, document.getElementById('app')!);
});
