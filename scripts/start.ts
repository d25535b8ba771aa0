/**
 * `npm start`: build the sandbox variant of the extension, serve the sandbox, and open Chromium with the extension on
 * Kartra's Integrations page. With no display (CI, SSH) it runs headless instead, walks the happy path through the
 * sandbox and writes one screenshot per step to a folder it names.
 */
import { execSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startSandbox } from '../sandbox/server.ts';
import { CHROMIUM_PATH, chromiumArgs } from '../test/e2e/browsers.ts';
import { builtExtensionDir } from '../test/e2e/launch.ts';
import { walkHappyPath } from './happy-path.ts';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const port = Number(process.env.SANDBOX_PORT ?? 8790);

console.log('Building the extension (sandbox variant)…');
execSync('npx wxt build --mode sandbox', { stdio: 'inherit' });

const sandbox = await startSandbox({ port });
const integrationsUrl = `${sandbox.origin('kartra-app')}/integrations`;
console.log(`Sandbox: ${integrationsUrl} (control panel: ${sandbox.origin('kartra-app')}/__sandbox)`);

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless,
  pipe: true,
  enableExtensions: true,
  args: chromiumArgs(['--window-size=1400,950']),
  defaultViewport: headless ? { width: 1400, height: 950 } : null,
});
const extensionId = await browser.installExtension(builtExtensionDir('chromium'));

if (!headless) {
  const page = await browser.newPage();
  await page.goto(integrationsUrl);
  console.log('Chromium is open with the extension. Close the window or press Ctrl+C to stop.');
  browser.on('disconnected', () => void sandbox.close().then(() => process.exit(0)));
} else {
  const folder = resolve('artifacts/start-screenshots');
  await mkdir(folder, { recursive: true });
  console.log('No display: walking the happy path headless…');
  const shots = await walkHappyPath({ browser, extensionOrigin: `chrome-extension://${extensionId}`, sandbox, folder });
  for (const shot of shots) console.log(`  ${shot}`);
  console.log(`Screenshots of each step are in ${folder}`);
  await browser.close();
  await sandbox.close();
}
