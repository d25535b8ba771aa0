/**
 * Teach mode's picker is not part of the content scripts: its code (the picker UI and the readers it re-runs to check
 * a change) loads into a tab only when the agent asks for it, so the always-loaded scripts stay within their budget.
 * The browser injects it into the tab's top frame, next to our content script, then tells it what to pick.
 */
import { profileSiteOfRole, siteRoleOf } from '../origins';
import type { TeachStart } from '../protocol';
import type { TeachTarget } from '../teach/teach-targets';
import { TEACH_OPEN, type TeachOpenMessage } from '../teach/teach-open';

/** What this needs of the browser (a fake in tests). */
export interface TeachPickerApi {
  tabs: {
    get(tabId: number): Promise<{ url?: string }>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  scripting: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: (typeof PICKER_FILE)[] }): Promise<unknown> };
}

/** Built from entrypoints/teach-picker.ts. */
const PICKER_FILE = '/teach-picker.js' as const;

export async function openTeachPicker(api: TeachPickerApi, tabId: number, target: TeachTarget | undefined): Promise<TeachStart> {
  const tab = await api.tabs.get(tabId).catch(() => undefined);
  // The picker teaches a site profile: only pages that have one.
  if (!profileSiteOfRole(siteRoleOf(tab?.url))) return 'not-our-site';
  try {
    await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PICKER_FILE] });
    const message: TeachOpenMessage = { type: TEACH_OPEN, ...(target ? { target } : {}) };
    const reply: unknown = await api.tabs.sendMessage(tabId, message, { frameId: 0 });
    return reply === true ? 'opened' : 'failed';
  } catch {
    return 'failed';
  }
}
