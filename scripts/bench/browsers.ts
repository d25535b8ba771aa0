/** Chromium for the browser sections: with the sandbox build of the extension, or plain with the same flags. */
import puppeteer, { type Browser, type Target } from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../test/e2e/browsers.ts';
import type { LaunchedExtension } from '../../test/e2e/launch.ts';
import type { RunningSandbox } from '../../sandbox/server.ts';

export type { LaunchedExtension };

/** The same launch as launchWithExtension('chromium') in test/e2e/launch.ts, minus the extension. */
export function launchPlainChromium(options: { targetFilter?: (target: Target) => boolean } = {}): Promise<Browser> {
  return puppeteer.launch({
    ...options,
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: chromiumArgs(['--window-size=1280,900']),
    defaultViewport: { width: 1280, height: 900 },
  });
}

/**
 * launchWithExtension('chromium') from test/e2e/launch.ts, but loading the extension from `dir`: the bench copies the
 * sandbox build aside, so a build or test run started meanwhile (which rewrites .output/) cannot pull it from under us.
 */
export async function launchWithExtensionFrom(dir: string, options: { targetFilter?: (target: Target) => boolean } = {}): Promise<LaunchedExtension> {
  const browser = await launchPlainChromium(options);
  try {
    const id = await browser.installExtension(dir);
    return { name: 'chromium', browser, extensionOrigin: `chrome-extension://${id}`, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Merge `patch` into the sandbox's scenario (Node cannot resolve *.localhost: connect to loopback with a Host). */
export async function setScenario(sandbox: RunningSandbox, patch: Record<string, unknown>): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/scenario`, {
    method: 'POST',
    body: JSON.stringify(patch),
    headers: { 'content-type': 'application/json', host: `app.kartra.localhost:${sandbox.port}` },
  });
  if (!response.ok) throw new Error(`sandbox scenario ${JSON.stringify(patch)}: ${response.status} ${await response.text()}`);
}
