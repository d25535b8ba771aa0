/**
 * The guide's keyboard shortcut in Chrome: `open-guide` opens the side panel for the tab it was pressed in, the way
 * the popup's button does. A command counts as a user gesture for `sidePanel.open` (Chrome 116+), but only until the
 * first await, so the panel is opened from the listener itself with the tab Chrome hands over: no tab lookup first.
 * Firefox's shortcut is its built-in `_execute_sidebar_action` and fires no event here (lib/guide-shortcut-manifest.ts).
 */
import { browser } from 'wxt/browser';
import { CHROME_GUIDE_COMMAND } from '../guide-shortcut-manifest';

export function listenForGuideShortcut(openPanel: (tabId: number) => Promise<boolean>): void {
  browser.commands.onCommand.addListener((command, tab) => {
    // No tab (a window with none active): nothing to open the guide for.
    if (command === CHROME_GUIDE_COMMAND && tab?.id !== undefined) void openPanel(tab.id);
  });
}
