// @ts-check
/**
 * The npm dependencies, installed with `npm ci` when node_modules is missing or was installed from another
 * package-lock.json. A stamp of the lockfile's hash in node_modules says which one it was installed from.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { registryError } from './node-runtime.mjs';
import { runQuietly, say } from './report.mjs';

const LOCKFILE = 'package-lock.json';
const INSTALLED = 'node_modules/.package-lock.json';
const STAMP = 'node_modules/.installed-from-lock';

/** @param {NodeJS.ProcessEnv} env the job's environment (its Node first on PATH, which npm's scripts then use) */
export async function ensureDependencies(env) {
  const lockHash = createHash('sha256').update(readFileSync(LOCKFILE)).digest('hex');
  const why = reasonToInstall(lockHash);
  if (!why) return;
  say(`installing npm dependencies (${why})…`);
  const started = Date.now();
  const { code, output } = await runQuietly('npm', ['ci', '--no-audit', '--no-fund'], env);
  if (code !== 0) throw registryError('npm ci failed', output, 'run npm ci to see its whole output');
  writeFileSync(STAMP, lockHash);
  const added = /added (\d+) packages?/.exec(output)?.[1];
  say(`${added ? `${added} packages` : 'dependencies'} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** @param {string} lockHash */
function reasonToInstall(lockHash) {
  if (!existsSync(INSTALLED)) return 'node_modules is missing';
  // WXT's generated types come from the install's postinstall step; without them the install did not finish.
  if (!existsSync('.wxt/tsconfig.json')) return 'the last install did not finish';
  if (existsSync(STAMP)) return readFileSync(STAMP, 'utf8') === lockHash ? undefined : `${LOCKFILE} changed since the last install`;
  // Installed by hand (npm ci or npm install) rather than by this script: trust it unless the lockfile is newer.
  if (statSync(INSTALLED).mtimeMs < statSync(LOCKFILE).mtimeMs) return `node_modules is older than ${LOCKFILE}`;
  writeFileSync(STAMP, lockHash);
  return undefined;
}
