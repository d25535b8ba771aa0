/**
 * Per-suite set-up shared by the e2e tests: one sandbox server and one browser with the built extension, torn down
 * after the suite. Helpers wait on conditions, never on fixed sleeps.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server.ts';
import { gotoExtensionPage, launchWithExtension, tabIdOf, type BrowserName, type LaunchedExtension, type LaunchOptions } from './launch.ts';

export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'];

export interface Suite {
  ext: LaunchedExtension;
  sandbox: RunningSandbox;
}

/** Registers beforeAll/afterAll for a browser + sandbox, and returns a handle filled in once they run. */
export function useSuite(name: BrowserName, launchOptions: LaunchOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.sandbox = await startSandbox({ port: 0 });
    suite.ext = await launchWithExtension(name, launchOptions);
  });
  afterAll(async () => {
    await suite.ext?.close();
    await suite.sandbox?.close();
  });
  return suite;
}

export async function scenario(suite: Suite, patch: Record<string, unknown>): Promise<void> {
  await fetchSandbox(suite, '/__sandbox/reset', { method: 'POST' });
  await fetchSandbox(suite, '/__sandbox/scenario', { method: 'POST', body: JSON.stringify(patch), headers: { 'content-type': 'application/json' } });
}

/** Node does not resolve `*.localhost`, so talk to 127.0.0.1 with the Host header the sandbox routes on. */
export async function fetchSandbox(suite: Suite, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`http://127.0.0.1:${suite.sandbox.port}${path}`, {
    ...init,
    headers: { ...(init.headers as Record<string, string> | undefined), host: `app.kartra.localhost:${suite.sandbox.port}` },
  });
  if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${await response.text()}`);
  return response;
}

export async function sandboxState<T = Record<string, unknown>>(suite: Suite): Promise<T> {
  return (await (await fetchSandbox(suite, '/__sandbox/state')).json()) as T;
}

export async function openKartra(suite: Suite, path = '/integrations'): Promise<{ page: Page; tabId: number }> {
  const page = await suite.ext.browser.newPage();
  await page.goto(`${suite.sandbox.origin('kartra-app')}${path}`);
  return { page, tabId: await tabIdOf(suite.ext, page) };
}

/** An extension page in a window of its own, like the real popup or side panel: the site's tab stays in front. */
export async function openExtensionPage(suite: Suite, file: 'popup.html' | 'sidepanel.html' | 'options.html', tabId?: number): Promise<Page> {
  const page = await suite.ext.browser.newPage({ type: 'window', windowBounds: { width: 480, height: 800 } });
  await gotoExtensionPage(page, `${suite.ext.extensionOrigin}/${file}${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  return page;
}
