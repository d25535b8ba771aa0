/**
 * `npm run dev` / `npm run dev:firefox`: WXT's live-reload development build of the sandbox variant, with the sandbox
 * served on its usual port and the browser opened on Kartra's Integrations page. Edits to the extension reload it;
 * edits to the sandbox need a restart. On a machine with no display, WXT rebuilds on change without opening a browser.
 */
import { spawn } from 'node:child_process';
import { hasDisplay } from './has-display.ts';
import { startSandbox } from '../sandbox/server.ts';

const firefox = process.argv.includes('--firefox');
const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 8790) });
const startUrl = `${sandbox.origin('kartra-app')}/integrations`;
console.log(`dev: sandbox at ${startUrl}${hasDisplay ? '' : ' (no display: WXT rebuilds .output/*-sandbox on change, with no browser opened)'}`);

// wxt.config.ts reads these to point web-ext at the system browser and the sandbox page.
const wxt = spawn('npx', ['wxt', '--mode', 'sandbox', ...(firefox ? ['-b', 'firefox', '--mv3'] : [])], {
  stdio: 'inherit',
  env: { ...process.env, SRA_DEV: '1', SRA_DEV_START_URL: startUrl, SRA_DEV_NO_BROWSER: hasDisplay ? '' : '1' },
});
const stop = () => wxt.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', (code) => void sandbox.close().then(() => process.exit(code ?? 0)));
