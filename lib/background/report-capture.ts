/**
 * The support report's screenshot of a tab, taken with the page's secrets covered: the tab's content script covers
 * them (lib/content/secret-cover.ts), the visible tab is captured, and the cover is always taken away again, also
 * when the capture fails. A page that cannot be covered is never captured: the reply then says why there is no
 * screenshot, as a code (components/report/ words it).
 */
import type { CaptureReply, ScreenshotMissing } from '../protocol';
import { isCoverReply, isUncoverReply, type TabMessage } from '../tab-messages';

/** What of `browser.tabs` the capture uses (a fake one in tests). */
export interface CaptureTabs {
  get(tabId: number): Promise<{ active?: boolean; windowId?: number }>;
  sendMessage(tabId: number, message: TabMessage, options: { frameId: number }): Promise<unknown>;
  captureVisibleTab(windowId: number, options: { format: 'png' }): Promise<string>;
}

/** How long the page may take to cover itself: one that does not answer by then is treated as not covered. */
export const COVER_TIMEOUT_MS = 3000;

const missing = (why: ScreenshotMissing): CaptureReply => ({ missing: why });

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

export async function captureCoveredTab(tabs: CaptureTabs, tabId: number): Promise<CaptureReply> {
  const tab = await tabs.get(tabId).catch(() => undefined);
  if (!tab || tab.windowId === undefined) return missing('no-tab');
  // Only the window's visible tab can be captured, and capturing another one would show it uncovered.
  if (!tab.active) return missing('tab-not-visible');
  const top = { frameId: 0 };
  const cover = await withTimeout(tabs.sendMessage(tabId, { type: 'content/cover' }, top).catch(() => undefined), COVER_TIMEOUT_MS);
  let png: string | undefined;
  let refused = false;
  try {
    if (isCoverReply(cover)) png = await tabs.captureVisibleTab(tab.windowId, { format: 'png' }).catch(() => ((refused = true), undefined));
  } finally {
    // Always, even when nothing was covered: a cover that arrived after the timeout must not stay on the page.
    const uncover = await tabs.sendMessage(tabId, { type: 'content/uncover' }, top).catch(() => undefined);
    // The page that was covered is no longer there (reloaded or navigated): what was captured may be another page.
    if (png !== undefined && !isUncoverReply(uncover)) png = undefined;
  }
  if (!isCoverReply(cover)) return missing('not-covered');
  if (refused) return missing('capture-refused');
  if (png === undefined) return missing('page-changed');
  // Switched away during the capture: the picture may be of the tab that came to the front.
  const after = await tabs.get(tabId).catch(() => undefined);
  return after?.active ? { png } : missing('tab-not-visible');
}
