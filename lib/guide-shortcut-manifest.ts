/**
 * The keyboard shortcut that opens the guide, as the manifest declares it (wxt.config.ts) and as the pages look it up.
 * No imports: wxt.config.ts loads this file in Node.
 *
 * Chrome has no built-in command for the side panel, so `open-guide` is ours and the background opens the panel
 * (lib/background/guide-shortcut.ts). Firefox has one, `_execute_sidebar_action`: the browser itself opens the
 * sidebar, with no background to wake and no user-action rule to keep.
 *
 * Alt+Shift+G ("guide") is none of Chrome's or Firefox's documented shortcuts. A browser that finds it taken, by
 * another extension say, leaves the command without a key, and the popup then says where to set one.
 */
export const CHROME_GUIDE_COMMAND = 'open-guide';
export const FIREFOX_GUIDE_COMMAND = '_execute_sidebar_action';
export const GUIDE_SHORTCUT_KEY = 'Alt+Shift+G';

export type ShortcutBrowser = 'chrome' | 'firefox';

export function guideCommandName(browser: ShortcutBrowser): string {
  return browser === 'firefox' ? FIREFOX_GUIDE_COMMAND : CHROME_GUIDE_COMMAND;
}

export function guideShortcutCommands(browser: string): Record<string, { suggested_key: { default: string }; description: string }> {
  return {
    [guideCommandName(browser === 'firefox' ? 'firefox' : 'chrome')]: {
      suggested_key: { default: GUIDE_SHORTCUT_KEY },
      // The manifest's own text, localised by the browser from locales/ (shortcutOpenGuide).
      description: '__MSG_shortcutOpenGuide__',
    },
  };
}
