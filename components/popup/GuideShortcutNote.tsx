import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ShortcutBrowser } from '../../lib/guide-shortcut-manifest';
import { t } from '../../lib/i18n';
import { readGuideShortcut, THIS_BROWSER, type GuideShortcut } from '../../lib/pages/guide-shortcut';
import { fillParts, partMarkers } from '../shared/fill-parts';

/** Where each browser lets the agent set an extension's shortcuts: written out, since a page cannot link to either. */
const SHORTCUT_PAGE: Record<ShortcutBrowser, string> = { chrome: 'chrome://extensions/shortcuts', firefox: 'about:addons' };
const NO_SHORTCUT: Record<ShortcutBrowser, () => ComponentChild> = {
  chrome: () => fillParts(t('popup.shortcutUnsetChrome', partMarkers('page')), { page: <code>{SHORTCUT_PAGE.chrome}</code> }),
  firefox: () =>
    fillParts(t('popup.shortcutUnsetFirefox', partMarkers('page', 'item')), {
      page: <code>{SHORTCUT_PAGE.firefox}</code>,
      item: <em>{t('popup.firefoxShortcutsItem')}</em>,
    }),
};

/** What the key does, which differs by browser: Firefox opens the sidebar, Chrome the current tab's side panel. */
const SHORTCUT_SET: Record<ShortcutBrowser, () => string> = {
  chrome: () => t('popup.shortcutSetForTab', partMarkers('keys')),
  firefox: () => t('popup.shortcutSetInSidebar', partMarkers('keys')),
};

/** The keyboard shortcut that opens the guide, or how to set one when there is none. */
export function GuideShortcutNote({ on = THIS_BROWSER }: { on?: ShortcutBrowser }) {
  const [shortcut, setShortcut] = useState<GuideShortcut>();
  useEffect(() => {
    let live = true;
    void readGuideShortcut(on).then((read) => live && setShortcut(read));
    return () => {
      live = false;
    };
  }, [on]);
  if (!shortcut || shortcut.state === 'unknown') return null;
  return (
    <p class="muted shortcut" data-testid="guide-shortcut" data-state={shortcut.state}>
      {shortcut.state === 'set' ? fillParts(SHORTCUT_SET[shortcut.browser](), { keys: <kbd>{shortcut.keys}</kbd> }) : NO_SHORTCUT[shortcut.browser]()}
    </p>
  );
}
