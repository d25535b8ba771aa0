/**
 * Driving teach mode's picker from a test the way an agent does: the picker lives in a closed shadow root, so a test
 * sees only what a page would (one more nameless host on <html>, where focus is), and acts with real input: the
 * mouse or the keyboard. What was learnt is read back from the extension's own store, through an extension page.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { openExtensionPage, type Suite } from './fixtures.ts';
import { waitForOverlayHosts, overlayHostCount } from './page-actions.ts';

export interface StoredChange {
  site: string;
  target: string;
  field: string;
  value: string;
}

/** Ask the extension, from one of its pages, to open the picker on the tab (what the popup's button does). */
export async function startPicker(suite: Suite, page: Page, tabId: number, target?: string): Promise<void> {
  const hostsBefore = await overlayHostCount(page);
  const ext = await openExtensionPage(suite, 'options.html');
  const reply = await ext.evaluate(async (id: number, wanted: string | null) => {
    type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'teach/start', tabId: id, ...(wanted ? { target: wanted } : {}) });
  }, tabId, target ?? null);
  await ext.close();
  if (JSON.stringify(reply) !== JSON.stringify({ ok: true, value: 'opened' })) throw new Error(`the picker did not open: ${JSON.stringify(reply)}`);
  await page.bringToFront();
  await waitForOverlayHosts(page, hostsBefore + 1, { atLeast: true });
}

/** Is keyboard focus inside one of our hosts (the picker's panel)? */
export async function focusInPicker(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return Boolean(active && active.parentElement === document.documentElement && active !== document.body && active !== document.head);
  });
}

/** Wait until the picker's panel has taken the keyboard: it does once it has a change to show, or a refusal. */
export async function waitForPanelFocus(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const active = document.activeElement;
      return Boolean(active && active.parentElement === document.documentElement && active !== document.body && active !== document.head);
    },
    { polling: 50, timeout },
  );
}

/** Pick with the mouse: a real click on the element (the page itself must not get it). */
export async function pickWithMouse(page: Page, element: ElementHandle<Element>): Promise<void> {
  await element.click();
  await waitForPanelFocus(page);
}

/** The changes the extension has learnt, as stored (read from its IndexedDB by one of its pages). */
export async function storedChanges(suite: Suite): Promise<StoredChange[]> {
  return (await storedEntries(suite)).map((entry) => entry.change);
}

/** Undo every learnt change the way an extension page does ('teach/undo'), leaving the next test a clean profile. */
export async function undoAllFromExtension(suite: Suite): Promise<void> {
  const ids = (await storedEntries(suite)).map((entry) => entry.id);
  const ext = await openExtensionPage(suite, 'options.html');
  for (const id of ids) {
    await ext.evaluate(async (taught: string) => {
      type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'teach/undo', id: taught });
    }, id);
  }
  await ext.close();
}

async function storedEntries(suite: Suite): Promise<{ id: string; change: StoredChange }[]> {
  const ext = await openExtensionPage(suite, 'options.html');
  const list = await ext.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('stripe-reconnect-assistant', 1);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('items', 'readonly').objectStore('items').get('taughtChanges');
          get.onsuccess = () => resolve(get.result ?? []);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  await ext.close();
  return list as { id: string; change: StoredChange }[];
}
