// @ts-check
/**
 * The first thing `npm start`, `npm test` and `npm run dev` run, on any machine: it provisions what is missing, then
 * hands over to the job. Plain JavaScript that any Node >= 18 runs, since it runs before the project's own Node or
 * dependencies exist. Every step prints one line; a foreseeable failure prints what failed and the command that fixes
 * it, never a stack trace.
 *
 *   node scripts/setup/bootstrap.mjs <job> [args…]      jobs: see JOBS below
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { findBrowsers } from './browsers.mjs';
import { SetupError, say } from './report.mjs';
import { ensureDependencies } from './dependencies.mjs';
import { ensureNode } from './node-runtime.mjs';
import { ensurePortFree } from './port.mjs';

const SANDBOX_PORT = Number(process.env.SANDBOX_PORT || 8790);

const WITHOUT_BROWSERS_START = 'npm run sandbox serves the sandbox pages for any browser; npm run build makes the extension to load by hand';
const WITHOUT_BROWSERS_TEST = 'npm run check (typecheck and lint) and npm run test:unit need no browser';

/**
 * What each job needs before it can run, and the command that is the job. `browsers` are the ones it launches;
 * `meanwhile` is what still works when they cannot be had.
 * @typedef {{ browsers: ('chromium' | 'firefox')[], meanwhile: string, port?: number, command: string[] }} Job
 * @type {Record<string, (args: string[]) => Job>}
 */
const JOBS = {
  start: (args) => ({
    browsers: args.includes('--firefox') ? ['firefox'] : ['chromium'],
    meanwhile: WITHOUT_BROWSERS_START,
    port: SANDBOX_PORT,
    command: ['node', 'scripts/start.ts', ...args],
  }),
  test: (args) => ({ browsers: ['chromium', 'firefox'], meanwhile: WITHOUT_BROWSERS_TEST, command: ['npm', 'run', 'test:all', '--', ...args] }),
  dev: (args) => ({
    browsers: args.includes('--firefox') ? ['firefox'] : ['chromium'],
    meanwhile: WITHOUT_BROWSERS_START,
    port: SANDBOX_PORT,
    command: ['node', 'scripts/dev.ts', ...args],
  }),
  bench: (args) => ({ browsers: ['chromium', 'firefox'], meanwhile: WITHOUT_BROWSERS_TEST, command: ['node', 'scripts/bench.ts', ...args] }),
};

const [jobName = '', ...jobArgs] = process.argv.slice(2);

try {
  const job = JOBS[jobName];
  if (!job) throw new SetupError(`unknown job "${jobName}"`, `one of: ${Object.keys(JOBS).join(', ')}`);
  const { browsers, meanwhile, port, command } = job(jobArgs);
  const started = performance.now();

  const node = await ensureNode();
  const env = { ...process.env, PATH: node.pathWithNode };
  await ensureDependencies(env);
  Object.assign(env, await findBrowsers(browsers, meanwhile));
  if (port) await ensurePortFree(port, jobName === 'start' ? 'npm start' : `npm run ${jobName}`);
  say(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s, running ${jobName}`);

  process.exitCode = await run(command, env);
} catch (error) {
  if (!(error instanceof SetupError)) throw error;
  say(`✗ ${error.message}`);
  if (error.fix) say(`  fix: ${error.fix}`);
  if (error.meanwhile) say(`  meanwhile: ${error.meanwhile}`);
  process.exitCode = 1;
}

/**
 * Run the job in the foreground with the chosen Node first on PATH; resolves with its exit code.
 * @param {string[]} command
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run([program = '', ...args], env) {
  return new Promise((resolvePromise) => {
    const child = spawn(program, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
    // Ctrl+C reaches the child through the terminal; the parent only waits for it to finish.
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
    child.on('error', (error) => {
      say(`✗ could not run ${program}: ${error.message}`);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}
