/**
 * The guide's keyboard shortcut as the browser has it now: the agent may have changed or removed it, or the browser
 * may have left it unset because another extension holds the key. Values only; the popup words them.
 */
import { browser } from 'wxt/browser';
import { guideCommandName, type ShortcutBrowser } from '../guide-shortcut-manifest';

export type GuideShortcut =
  | { state: 'set'; keys: string; browser: ShortcutBrowser }
  | { state: 'unset'; browser: ShortcutBrowser }
  /** The browser would not say (the commands API failed): show nothing rather than a wrong hint. */
  | { state: 'unknown' };

export const THIS_BROWSER: ShortcutBrowser = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

export async function readGuideShortcut(on: ShortcutBrowser = THIS_BROWSER): Promise<GuideShortcut> {
  try {
    const name = guideCommandName(on);
    const command = (await browser.commands.getAll()).find((c) => c.name === name);
    if (!command) return { state: 'unknown' };
    const keys = command.shortcut?.trim() ?? '';
    return keys ? { state: 'set', keys, browser: on } : { state: 'unset', browser: on };
  } catch {
    return { state: 'unknown' };
  }
}
