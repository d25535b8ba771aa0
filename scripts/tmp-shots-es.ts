import { mkdir } from 'node:fs/promises';
import { startSandbox } from '../sandbox/server.ts';
import { launchWithExtension, gotoExtensionPage, tabIdOf } from '../test/e2e/launch.ts';
import { walkHappyPath } from './happy-path.ts';
const name = (process.argv[2] ?? 'chromium') as 'chromium' | 'firefox';
const theme = (process.argv[3] ?? 'light') as 'light' | 'dark';
const folder = `/tmp/shots/${name}-${theme}`;
await mkdir(folder, { recursive: true });
const sandbox = await startSandbox({ port: 0 });
const ext = await launchWithExtension(name, { language: 'es', colourScheme: theme });
try {
  await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/scenario`, { method: 'POST', body: JSON.stringify({ delay: 200 }), headers: { 'content-type': 'application/json', host: `app.kartra.localhost:${sandbox.port}` } });
  const site = await ext.browser.newPage();
  await site.goto(`${sandbox.origin('kartra-app')}/integrations`);
  const popup = await ext.browser.newPage();
  await popup.setViewport({ width: 400, height: 600 });
  await gotoExtensionPage(popup, `${ext.extensionOrigin}/popup.html?tabId=${await tabIdOf(ext, site)}`);
  await new Promise((r) => setTimeout(r, 800));
  await popup.screenshot({ path: `${folder}/popup.png`, fullPage: true });
  const options = await ext.browser.newPage();
  await gotoExtensionPage(options, `${ext.extensionOrigin}/options.html`);
  await new Promise((r) => setTimeout(r, 800));
  await options.screenshot({ path: `${folder}/options.png`, fullPage: true });
  await walkHappyPath({ browser: ext.browser, extensionOrigin: ext.extensionOrigin, sandbox, folder });
} finally {
  await ext.close();
  await sandbox.close();
}
