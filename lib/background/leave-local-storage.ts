/**
 * Versions before the trusted store kept guides, "show me" requests, the profile override and notices in
 * `storage.local`, which content scripts can read and write. On update, the background moves whatever is still
 * there into the trusted store (a value already in the trusted store wins) and removes it, with WXT's `key$` version
 * records. Never on an ordinary start: by then storage.local is a place any content script may have written to.
 * What is moved is validated later, when it is read, like everything stored. Guides are redacted of key shapes on
 * the way: they were written before the router redacted what content scripts send (message-router.ts).
 */
import { browser } from 'wxt/browser';
import { redactKeysDeep } from '../redact-keys';
import { guidesItem, TRUSTED_ITEMS } from '../storage';

export async function leaveLocalStorage(): Promise<void> {
  const keys = TRUSTED_ITEMS.flatMap((item) => [item.key, `${item.key}$`]);
  const local = await browser.storage.local.get(keys).catch(() => ({}) as Record<string, unknown>);
  if (Object.values(local).every((value) => value === undefined)) return;
  for (const item of TRUSTED_ITEMS) {
    const old = local[item.key];
    if (old === undefined || old === null) continue;
    const current = await item.getValue();
    const empty = current === null || (typeof current === 'object' && Object.keys(current).length === 0);
    if (empty) await (item.setValue as (value: unknown) => Promise<void>)(item === guidesItem ? redactKeysDeep(old) : old);
  }
  await browser.storage.local.remove(keys);
}
