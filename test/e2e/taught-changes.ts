/**
 * Taught changes for e2e tests, written where the built extension keeps them: its trusted store (IndexedDB of the
 * extension's origin, lib/trusted-store.ts), from one of its own pages. A direct write tells no watcher, so the page is
 * reloaded after it, as if the agent opened it fresh.
 */
import type { Page } from 'puppeteer-core';
import type { TaughtChange } from '../../lib/teach/profile-change.ts';
import { gotoExtensionPage } from './launch.ts';

export const SAMPLE_TAUGHT: TaughtChange[] = [
  { id: 'taught-e2e-1', at: Date.UTC(2026, 0, 31, 10, 20), change: { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: 'Payments paused' } },
  { id: 'taught-e2e-2', at: Date.UTC(2026, 1, 2, 16, 5), change: { site: 'kartra', target: 'edit-menu-item', field: 'steps.editMenuItemNames', value: 'Modify' } },
  { id: 'taught-e2e-3', at: Date.UTC(2026, 1, 3, 9, 45), change: { site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Grant access' } },
];

/** Stores `changes` as the extension's taught list (from `page`, an extension page) and reloads that page. */
export async function seedTaughtChanges(page: Page, changes: readonly TaughtChange[]): Promise<void> {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stripe-reconnect-assistant', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('items');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB would not open'));
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('items', 'readwrite');
          transaction.objectStore('items').put(list, 'taughtChanges');
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
        };
      }),
    changes,
  );
  // Loaded again the way the tests load extension pages: Firefox's BiDi does not settle a plain reload of one.
  // (and puppeteer tells an extension page's URL there as about:blank: the page says where it is).
  await gotoExtensionPage(page, await page.evaluate(() => location.href));
}
