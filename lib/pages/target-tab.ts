/**
 * Which browser tab an extension page describes. `?tabId=N` wins (tests and "open as a tab" use it, see README);
 * otherwise the active tab of the page's own window, which is what the popup and side panel mean.
 */
import { browser } from 'wxt/browser';

export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

export async function resolveTargetTabId(search: string): Promise<number | undefined> {
  const fromSearch = tabIdFromSearch(search);
  if (fromSearch !== undefined) return fromSearch;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
