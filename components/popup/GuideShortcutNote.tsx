import { useEffect, useState } from 'preact/hooks';
import type { ShortcutBrowser } from '../../lib/guide-shortcut-manifest';
import { readGuideShortcut, THIS_BROWSER, type GuideShortcut } from '../../lib/pages/guide-shortcut';

/** Where each browser lets the agent set an extension's shortcuts: written out, since a page cannot link to either. */
const SHORTCUT_SETTINGS = {
  chrome: <>Set one at <code>chrome://extensions/shortcuts</code>.</>,
  firefox: <>Set one in <code>about:addons</code>: the gear menu, <em>Manage Extension Shortcuts</em>.</>,
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
      {shortcut.state === 'set' ? (
        <>
          Keyboard: <kbd>{shortcut.keys}</kbd> opens the guide {shortcut.browser === 'firefox' ? 'in the sidebar' : 'for the current tab'}.
        </>
      ) : (
        <>No keyboard shortcut opens the guide. {SHORTCUT_SETTINGS[shortcut.browser]}</>
      )}
    </p>
  );
}
