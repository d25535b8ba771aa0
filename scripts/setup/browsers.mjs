// @ts-check
/**
 * The browsers a job launches: Debian's chromium and firefox-esr (installed with apt-get when missing and we are
 * root), or any Chrome, Chromium or Firefox already installed, or the one CHROMIUM_PATH / FIREFOX_PATH points at.
 * The paths found are handed to the job in those two variables (test/e2e/browsers.ts reads them). Debian's browsers
 * ship English only: their Spanish language packs come with them (the e2e tests run the extension in Spanish too).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError, lastLines, runQuietly, say } from './report.mjs';

/** @typedef {'chromium' | 'firefox'} BrowserName */

const programFiles = process.env.ProgramFiles || 'C:\\Program Files';
/**
 * `languagePack`: the Debian package with the browser's Spanish, and a file it installs (to tell it is there).
 * @type {Record<BrowserName, { variable: string, label: string, debianPackage: string, languagePack: { debianPackage: string, file: string }, candidates: string[] }>}
 */
const BROWSERS = {
  chromium: {
    variable: 'CHROMIUM_PATH',
    label: 'Chromium',
    debianPackage: 'chromium',
    languagePack: { debianPackage: 'chromium-l10n', file: '/usr/lib/chromium/locales/es.pak' },
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
    languagePack: { debianPackage: 'firefox-esr-l10n-es-es', file: '/usr/lib/firefox-esr/browser/extensions/langpack-es-ES@firefox-esr.mozilla.org.xpi' },
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
 * @typedef {{ runnable(path: string): boolean, exists?(path: string): boolean, hasAptGet: boolean, isRoot: boolean, env: NodeJS.ProcessEnv }} System
 * @type {System}
 */
const THIS_SYSTEM = {
  runnable,
  exists: existsSync,
  hasAptGet: existsSync('/usr/bin/apt-get'),
  isRoot: process.getuid?.() === 0,
  env: process.env,
};

/**
 * @param {BrowserName[]} names the browsers the job launches
 * @param {string} meanwhile what still works without them, said when they cannot be had
 * @returns {Promise<Record<string, string>>} the variables that point the job at them
 */
export async function findBrowsers(names, meanwhile, system = THIS_SYSTEM) {
  const plan = planBrowsers(names, meanwhile, system);
  for (const warning of plan.warnings) say(warning);
  if (plan.aptPackages.length === 0) return plan.variables;
  await installWithApt(plan.aptPackages, meanwhile);
  const after = planBrowsers(names, meanwhile, system);
  if (after.aptPackages.length > 0) throw new SetupError(`apt-get installed ${after.aptPackages.join(' and ')} but no browser appeared at the usual paths`, `point ${names.map((name) => BROWSERS[name].variable).join(' and ')} at them`);
  return after.variables;
}

/**
 * Where each browser is, or what apt-get must install, or (no apt-get, not root) a SetupError saying what to do.
 * A missing language pack of Debian's browser is installed along when we can, else only said (the Spanish e2e
 * tests then say what is missing).
 * @param {BrowserName[]} names
 * @param {string} meanwhile
 * @param {System} system
 * @returns {{ variables: Record<string, string>, aptPackages: string[], warnings: string[] }}
 */
export function planBrowsers(names, meanwhile, system) {
  const { variables, aptPackages } = planBrowserPackages(names, meanwhile, system);
  /** @type {string[]} */
  const packs = [];
  for (const name of names) {
    const { debianPackage, languagePack } = BROWSERS[name];
    const debian = aptPackages.includes(debianPackage) || variables[BROWSERS[name].variable] === `/usr/bin/${debianPackage}`;
    if (debian && system.exists && !system.exists(languagePack.file)) packs.push(languagePack.debianPackage);
  }
  if (packs.length === 0) return { variables, aptPackages, warnings: [] };
  if (system.hasAptGet && system.isRoot) return { variables, aptPackages: [...aptPackages, ...packs], warnings: [] };
  return { variables, aptPackages, warnings: [`the browsers' Spanish is not installed, so the Spanish e2e tests will fail: sudo ${aptInstall(packs)}`] };
}

/**
 * @param {BrowserName[]} names
 * @param {string} meanwhile
 * @param {System} system
 * @returns {{ variables: Record<string, string>, aptPackages: string[] }}
 */
function planBrowserPackages(names, meanwhile, system) {
  /** @type {Record<string, string>} */
  const variables = {};
  /** @type {BrowserName[]} */
  const missing = [];
  for (const name of names) {
    const { variable, candidates } = BROWSERS[name];
    const chosen = system.env[variable];
    if (chosen && !system.runnable(chosen)) throw new SetupError(`${variable}=${chosen} is not a program that can be run`, `point ${variable} at the browser's executable, or unset it`);
    const path = chosen || candidates.find((candidate) => system.runnable(candidate));
    if (path) variables[variable] = path;
    else missing.push(name);
  }
  if (missing.length === 0) return { variables, aptPackages: [] };
  const labels = missing.map((name) => BROWSERS[name].label).join(' and ');
  const packages = missing.map((name) => BROWSERS[name].debianPackage);
  if (!system.hasAptGet) {
    const named = missing.map((name) => `${BROWSERS[name].variable}=/path/to/browser`).join(' ');
    throw new SetupError(`${labels} not found`, `install ${missing.length > 1 ? 'them' : 'it'}, or name the executable: ${named} npm …`, meanwhile);
  }
  if (!system.isRoot) throw new SetupError(`${labels} not installed`, `sudo apt-get update && sudo ${aptInstall(packages)}`, meanwhile);
  return { variables, aptPackages: packages };
}

/** @param {string[]} packages */
const aptInstall = (packages) => `apt-get install -y --no-install-recommends ${packages.join(' ')}`;

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
 * @param {string[]} packages
 * @param {string} meanwhile
 */
async function installWithApt(packages, meanwhile) {
  say(`installing ${packages.join(' and ')} with apt-get (a minute or two)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await runQuietly('apt-get', ['update', '-qq'], env);
  // fonts-dejavu-core: without a font package, headless browsers draw text as boxes in screenshots.
  const install = update.code === 0 ? await runQuietly('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages, 'fonts-dejavu-core'], env) : update;
  if (install.code !== 0) throw new SetupError(`apt-get could not install ${packages.join(' and ')}:\n${lastLines(install.output)}`, `apt-get update && ${aptInstall(packages)}`, meanwhile);
  say(`${packages.join(' and ')} installed`);
}
