import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

/** The installed version, for agents to quote in tickets. */
export function VersionNote() {
  return (
    <p class="version" data-testid="extension-version">
      {t('shared.version', { version: browser.runtime.getManifest().version })}
    </p>
  );
}
