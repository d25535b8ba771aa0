/** Killing and waking the extension's background, and reading what it stored, from the test's side. */
import type { Page, Target } from 'puppeteer-core';
import type { LaunchedExtension } from './launch.ts';
import { gotoExtensionPage } from './launch.ts';

/** Stop Chromium's extension service worker the hard way (as the browser does when it is idle or updated). */
export async function killServiceWorker(ext: LaunchedExtension): Promise<void> {
  const target = await ext.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(ext.extensionOrigin), { timeout: 10_000 });
  const worker = await target.worker();
  // A kill that silently did nothing would make every test built on it meaningless.
  if (!worker) throw new Error('could not attach to the extension service worker');
  const destroyed = new Promise<void>((resolve) => {
    const onDestroyed = (gone: Target) => {
      if (gone !== target) return;
      ext.browser.off('targetdestroyed', onDestroyed);
      resolve();
    };
    ext.browser.on('targetdestroyed', onDestroyed);
  });
  await worker.close();
  await destroyed;
}

/** An extension page for poking storage and the runtime from the test. */
export async function openProbe(ext: LaunchedExtension): Promise<Page> {
  const page = await ext.browser.newPage();
  await gotoExtensionPage(page, `${ext.extensionOrigin}/popup.html?tabId=0`);
  return page;
}

type StorageArea = 'local' | 'session' | 'sync' | 'trusted';

/** One storage area, or `trusted`: the extension origin's IndexedDB (lib/trusted-store.ts), where guides live. */
export async function readStorage(probe: Page, area: StorageArea = 'trusted'): Promise<Record<string, unknown>> {
  return probe.evaluate(async (which: StorageArea) => {
    if (which === 'trusted') {
      return new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('stripe-reconnect-assistant');
        open.onupgradeneeded = () => open.result.createObjectStore('items');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('items', 'readonly').objectStore('items');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            resolve(Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])));
            db.close();
          };
          values.onerror = () => reject(values.error);
        };
      });
    }
    type Api = { storage: Record<StorageArea, { get(keys: null): Promise<Record<string, unknown>> }> };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (scope.browser ?? scope.chrome)!.storage[which].get(null);
  }, area);
}

/** Wake the background with a message it will ignore (unknown type): starting it is the point. */
export async function wakeBackground(probe: Page): Promise<void> {
  await probe.evaluate(async () => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    await (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined);
  });
}
