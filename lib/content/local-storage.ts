/**
 * The few stored values a content script reads, straight from `storage.local`. WXT's storage wrapper would add
 * ~4 KB gzipped to every page load; these scripts only ever read and watch the few keys the background writes.
 * Keys are those of the items in lib/storage.ts (`local:guides` is stored as `guides`).
 */
import { browser } from 'wxt/browser';

export type WatchedKey = 'guides' | 'showMe' | 'profileOverride' | 'stripeProfileOverride';

export async function readLocal(key: WatchedKey): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key];
  } catch {
    return undefined;
  }
}

/** Calls `onChange` with the new value whenever one of `keys` changes; returns the unsubscribe function. */
export function watchLocal(keys: readonly WatchedKey[], onChange: (key: WatchedKey, value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const key of keys) if (key in changes) onChange(key, changes[key]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
