// @ts-check
/**
 * The browsers a job launches: Debian's chromium and firefox-esr (installed with apt-get when missing and we are
 * root), or any Chrome, Chromium or Firefox already installed, or the one CHROMIUM_PATH / FIREFOX_PATH points at.
 * The paths found are handed to the job in those two variables (test/e2e/browsers.ts reads them).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError, lastLines, runQuietly, say } from './report.mjs';

/** @typedef {'chromium' | 'firefox'} BrowserName */

const programFiles = process.env.ProgramFiles || 'C:\\Program Files';
/** @type {Record<BrowserName, { variable: string, label: string, debianPackage: string, candidates: string[] }>} */
const BROWSERS = {
  chromium: {
    variable: 'CHROMIUM_PATH',
    label: 'Chromium',
    debianPackage: 'chromium',
    candidates: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      join(programFiles, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ],
  },
  firefox: {
    variable: 'FIREFOX_PATH',
    label: 'Firefox ESR',
    debianPackage: 'firefox-esr',
    candidates: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      join(programFiles, 'Mozilla Firefox', 'firefox.exe'),
    ],
  },
};

/**
 * @param {BrowserName[]} names the browsers the job launches
 * @param {string} meanwhile what still works without them, said when they cannot be had
 * @returns {Promise<Record<string, string>>} the variables that point the job at them
 */
export async function findBrowsers(names, meanwhile) {
  let found = locate(names);
  const missing = names.filter((name) => !found[name]);
  if (missing.length > 0) {
    await installWithApt(missing, meanwhile);
    found = locate(names);
  }
  return Object.fromEntries(names.map((name) => [BROWSERS[name].variable, /** @type {string} */ (found[name])]));
}

/** @param {BrowserName[]} names */
function locate(names) {
  /** @type {Partial<Record<BrowserName, string>>} */
  const found = {};
  for (const name of names) {
    const { variable, candidates } = BROWSERS[name];
    const chosen = process.env[variable];
    if (chosen) {
      if (!runnable(chosen)) throw new SetupError(`${variable}=${chosen} is not a program that can be run`, `point ${variable} at the browser's executable, or unset it`);
      found[name] = chosen;
    } else {
      found[name] = candidates.find(runnable);
    }
  }
  return found;
}

/** @param {string} path */
function runnable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {BrowserName[]} missing
 * @param {string} meanwhile
 */
async function installWithApt(missing, meanwhile) {
  const labels = missing.map((name) => BROWSERS[name].label).join(' and ');
  const packages = missing.map((name) => BROWSERS[name].debianPackage);
  const variables = missing.map((name) => `${BROWSERS[name].variable}=/path/to/browser`).join(' ');
  if (!existsSync('/usr/bin/apt-get')) {
    throw new SetupError(`${labels} not found`, `install ${missing.length > 1 ? 'them' : 'it'}, or name the executable: ${variables} npm …`, meanwhile);
  }
  const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (process.getuid?.() !== 0) throw new SetupError(`${labels} not installed`, `sudo apt-get update && sudo ${command}`, meanwhile);
  say(`installing ${packages.join(' and ')} with apt-get (a minute or two)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await runQuietly('apt-get', ['update', '-qq'], env);
  // fonts-dejavu-core: without a font package, headless browsers draw text as boxes in screenshots.
  const install = update.code === 0 ? await runQuietly('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages, 'fonts-dejavu-core'], env) : update;
  if (install.code !== 0) throw new SetupError(`apt-get could not install ${packages.join(' and ')}:\n${lastLines(install.output)}`, `apt-get update && ${command}`, meanwhile);
  say(`${labels} installed`);
}
