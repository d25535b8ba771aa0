/** Chromium for the browser sections: with the sandbox build of the extension, or plain with the same flags. */
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../test/e2e/browsers.ts';
import { launchWithExtension, type LaunchedExtension } from '../../test/e2e/launch.ts';
import type { RunningSandbox } from '../../sandbox/server.ts';

export { launchWithExtension, type LaunchedExtension };

/** The same launch as launchWithExtension('chromium'), minus the extension. */
export function launchPlainChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: chromiumArgs(['--window-size=1280,900']),
    defaultViewport: { width: 1280, height: 900 },
  });
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
