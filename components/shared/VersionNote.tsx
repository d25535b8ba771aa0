import { browser } from 'wxt/browser';

/** The installed version, for agents to quote in tickets. */
export function VersionNote() {
  return (
    <p class="version" data-testid="extension-version">
      Version {browser.runtime.getManifest().version}
    </p>
  );
}
