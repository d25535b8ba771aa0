/**
 * `npm start` (after scripts/setup/bootstrap.mjs has provisioned Node, dependencies and the browser): build the sandbox
 * variant of the extension, serve the sandbox, and open Chromium (or Firefox ESR with `--firefox`) with the extension
 * on Kartra's Integrations page. With no display (CI, SSH) it runs headless instead: it walks the happy path through
 * the sandbox, writes one screenshot per step and an index.html that shows them in order, and prints its path last.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { hasDisplay } from './has-display.ts';
import { startSandbox, type RunningSandbox } from '../sandbox/server.ts';
import { launchWithExtension, type BrowserName, type LaunchedExtension } from '../test/e2e/launch.ts';
import { walkHappyPath } from './happy-path.ts';
import { writeWalkReport } from './walk-report.ts';

const browserName: BrowserName = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const label = browserName === 'firefox' ? 'Firefox ESR' : 'Chromium';
const headless = !hasDisplay || process.argv.includes('--headless');
const port = Number(process.env.SANDBOX_PORT ?? 8790);

/** A foreseeable failure, told in one line with what to do, instead of a stack trace. */
function fail(what: string, fix: string): never {
  console.error(`start: ✗ ${what}\n  fix: ${fix}`);
  process.exit(1);
}

console.log(`start: building the extension (sandbox variant, ${label})…`);
try {
  execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox', ...(browserName === 'firefox' ? ['-b', 'firefox', '--mv3'] : [])], { stdio: 'inherit' });
} catch {
  fail('the extension did not build (its errors are above)', 'npm run typecheck shows type errors with their files; fix them and run npm start again');
}

let sandbox: RunningSandbox;
try {
  sandbox = await startSandbox({ port });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`the sandbox cannot listen on port ${port}${code ? ` (${code})` : ''}`, `stop what uses it, or choose another port: SANDBOX_PORT=${port + 1} npm start`);
}
const integrationsUrl = `${sandbox.origin('kartra-app')}/integrations`;
console.log(`start: sandbox at ${integrationsUrl} (its control panel: ${sandbox.origin('kartra-app')}/__sandbox)`);

let ext: LaunchedExtension;
try {
  ext = await launchWithExtension(browserName, { window: !headless });
} catch (error) {
  await sandbox.close();
  const variable = browserName === 'firefox' ? 'FIREFOX_PATH' : 'CHROMIUM_PATH';
  fail(`${label} did not start: ${(error as Error).message.split('\n')[0]}`, `point ${variable} at a working ${label}, or run it once by hand to see why it fails`);
}

if (!headless) {
  const page = await ext.browser.newPage();
  await page.goto(integrationsUrl);
  console.log(`start: ${label} is open with the extension on Kartra's Integrations page. Close the window or press Ctrl+C to stop.`);
  ext.browser.on('disconnected', () => void sandbox.close().then(() => process.exit(0)));
} else {
  const folder = resolve('artifacts/start-screenshots', browserName);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  console.log(`start: no display, so walking the reconnect headless in ${label} and taking a screenshot at each step…`);
  try {
    const steps = await walkHappyPath({ browser: ext.browser, extensionOrigin: ext.extensionOrigin, sandbox, folder });
    for (const [index, step] of steps.entries()) console.log(`  ${index + 1}. ${step.caption}`);
    const report = await writeWalkReport(folder, steps, label);
    console.log(`start: ${steps.length} steps walked; open this page to see them all:\n${report}`);
  } catch (error) {
    // Not a foreseeable cause: the product or the sandbox misbehaved. Say where, keep what was taken, and fail.
    console.error(`start: ✗ the walk stopped: ${(error as Error).message.split('\n')[0]}`);
    console.error(`  the screenshots taken until then are in ${folder}; npm run test:e2e runs the same walk as a test`);
    process.exitCode = 1;
  } finally {
    await ext.close();
    await sandbox.close();
  }
}
