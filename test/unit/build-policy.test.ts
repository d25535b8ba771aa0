/**
 * Checks on the built extension (run `npm run build:all` first; `npm test` does): permissions snapshot, the sandbox
 * variant differing only by sandbox origins, and what must never be in a bundle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
};

function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:all\` before the unit tests.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const REAL_ORIGINS = ['https://app.kartra.com/*', 'https://connect.stripe.com/*', 'https://dashboard.stripe.com/*'];

describe.each(Object.entries(BUILDS))('%s production build', (browserName, dir) => {
  const manifest = readManifest(dir);

  it('asks only for the permissions features use', () => {
    expect(manifest.permissions?.sort()).toEqual(browserName === 'chrome' ? ['activeTab', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(REAL_ORIGINS);
    expect(manifest.optional_host_permissions).toEqual(['https://api.stripe.com/*']);
  });

  it('runs content scripts only on the real Kartra and Stripe origins', () => {
    const matches = manifest.content_scripts?.flatMap((c) => c.matches);
    expect(matches?.sort()).toEqual([...REAL_ORIGINS].sort());
  });

  it('names no sandbox host anywhere', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/localhost/);
  });

  it('exposes no web-accessible resources, loosens no CSP, and requests no <all_urls>', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('has no eval, no Function constructor, no remote script and no key-shaped secrets in any bundle', () => {
    for (const file of filesUnder(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|\bnew Function\b|\bFunction\(\s*['"`]/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(code, file).not.toMatch(/\b(sk|rk)_(live|test)_[A-Za-z0-9]{20,}/);
    }
  });
});

describe('content scripts on the native extension API (lib/build/native-browser-in-content-scripts.ts)', () => {
  const POLYFILL_MARK = 'api-metadata.json has not been included';

  it.each(Object.entries(BUILDS))('%s: the polyfill is in the background, not in the content scripts', (_name, dir) => {
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain(POLYFILL_MARK);
    for (const script of ['content-scripts/kartra.js', 'content-scripts/stripe.js', 'teach-picker.js']) {
      expect(readFileSync(join(dir, script), 'utf8'), script).not.toContain(POLYFILL_MARK);
    }
  });

  it('keeps content-script code to the APIs that return promises natively: one listener answering by sendResponse, no ports', () => {
    const sources = [...filesUnder('lib/content'), ...filesUnder('entrypoints').filter((f) => /\.content[\\/]/.test(f))];
    expect(sources.length).toBeGreaterThan(5);
    const listening = sources.filter((file) => /\bon(Message|Connect)(External)?\b/.test(readFileSync(file, 'utf8')));
    // The content scripts' one listener, and teach mode's picker's (loaded on request into the same pages).
    expect(listening.map((f) => f.replaceAll('\\', '/')).sort()).toEqual([
      expect.stringMatching(/lib\/content\/extension-listener\.ts$/),
      expect.stringMatching(/lib\/content\/teach-picker\.ts$/),
    ]);
    for (const file of listening) {
      const code = readFileSync(file, 'utf8');
      // The native API takes a promise returned from a listener only in recent Chrome; sendResponse works everywhere.
      expect(code, file).toMatch(/sendResponse\(/);
      expect(code, file).not.toMatch(/async \(|Promise\.resolve|\bonConnect\b|onMessageExternal/);
    }
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.connect\(/);
  });
});

/** The scripts and stylesheets an extension page loads before it runs: its HTML's, and every static import of those. */
function upFrontFiles(dir: string, page: string): { scripts: string[]; styles: string[] } {
  const html = readFileSync(join(dir, page), 'utf8');
  const styles = [...html.matchAll(/<link rel="stylesheet"[^>]* href="\/([^"]+)"/g)].map((m) => m[1]!);
  const queue = [...html.matchAll(/<(?:script type="module"[^>]* src|link rel="modulepreload"[^>]* href)="\/([^"]+)"/g)].map((m) => m[1]!);
  const scripts = new Set<string>();
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (scripts.has(file)) continue;
    scripts.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only (`from"./x.js"`, `import"./x.js"`); `import("./x.js")` loads later, on demand.
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(join(file, '..', m[1]!));
  }
  return { scripts: [...scripts], styles };
}

describe.each(Object.entries(BUILDS))('%s: what the popup and side panel load before their first paint', (_browserName, dir) => {
  it.each(['sidepanel.html', 'popup.html'])('%s loads no zod, from three scripts and one stylesheet at most', (page) => {
    const { scripts, styles } = upFrontFiles(dir, page);
    // zod is about 90 KB; these pages check stored data by hand and load zod only with the online check.
    for (const file of scripts) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('$ZodType');
    // Each file is one more turn in the browser process (lib/build/page-chunks.ts): its script, the shared chunk and
    // the bundler's runtime helpers.
    expect(scripts.length, scripts.join(', ')).toBeLessThanOrEqual(3);
    expect(styles).toHaveLength(1);
  });

  it('has zod in some chunk, by the marker looked for above (else the check above would prove nothing)', () => {
    const chunks = readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => readFileSync(join(dir, 'chunks', f), 'utf8').includes('$ZodType'))).toBe(true);
  });
});

describe.each(Object.entries(BUILDS))('%s store listing', (browserName, dir) => {
  const manifest = readManifest(dir);

  // The manifest names its words (__MSG_…__); the browser fills them in from the locale of its language.
  const localeMessages = (): [string, Record<string, { message: string }>][] =>
    readdirSync(join(dir, '_locales')).map((locale) => [locale, JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'))]);

  it('takes its name and description from the locales, English by default, Spanish next to it', () => {
    expect(manifest).toMatchObject({ default_locale: 'en', name: '__MSG_extName__', description: '__MSG_extDescription__' });
    expect(localeMessages().map(([locale]) => locale).sort()).toEqual(['en', 'es']);
  });

  it.each(['en', 'es'])("has a %s description within the Chrome Web Store's 132 characters, the short description of docs/store-listing.md", (locale) => {
    const description = Object.fromEntries(localeMessages())[locale]!.extDescription!.message;
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(132);
    expect(readFileSync('docs/store-listing.md', 'utf8')).toContain(description);
  });

  it('carries the version of package.json (the popup and side panel show it)', () => {
    expect(manifest.version).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it('declares the guide shortcut, which needs no permission', () => {
    const name = browserName === 'chrome' ? 'open-guide' : '_execute_sidebar_action';
    expect(manifest.commands).toEqual({ [name]: { suggested_key: { default: 'Alt+Shift+G' }, description: expect.any(String) } });
  });
});

describe('Chrome specifics', () => {
  it('closes externally_connectable', () => {
    expect(readManifest(BUILDS.chrome).externally_connectable).toEqual({ ids: [] });
  });

  it('asks for Chrome 121, which the visibility checks need (sidePanel.open alone would need 116)', () => {
    expect(readManifest(BUILDS.chrome).minimum_chrome_version).toBe('121');
  });

  it('names the managed-storage schema of the team policy, and ships it as written (docs/rollout.md)', () => {
    expect(readManifest(BUILDS.chrome).storage).toEqual({ managed_schema: 'managed_schema.json' });
    const shipped = join(BUILDS.chrome, 'managed_schema.json');
    expect(existsSync(shipped)).toBe(true);
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(JSON.parse(readFileSync('public/managed_schema.json', 'utf8')));
  });
});

describe('Firefox MV3 specifics', () => {
  const manifest = readManifest(BUILDS.firefox);
  it('declares gecko id, minimum version and data collection, and a scripts background', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: expect.stringContaining('@'), strict_min_version: expect.any(String), data_collection_permissions: { required: ['none'] } },
    });
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  });

  it('takes no managed-storage schema (Firefox reads the same keys without one) and does not ship Chrome’s', () => {
    expect(manifest.storage).toBeUndefined();
    expect(existsSync(join(BUILDS.firefox, 'managed_schema.json'))).toBe(false);
  });

  it('asks for Firefox 140 (data_collection_permissions) and claims no Android support (no sidebar there)', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'stripe-reconnect-assistant@support-tools', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });
});

describe.each(Object.entries(BUILDS))('%s sandbox build', (_browserName, dir) => {
  it('differs from production only by the sandbox origins', () => {
    const production = readManifest(dir);
    const sandbox = readManifest(`${dir}-sandbox`);
    const withoutSandbox = JSON.parse(
      JSON.stringify(sandbox, (_key, value: unknown) =>
        Array.isArray(value) ? value.filter((v) => typeof v !== 'string' || !v.includes('.localhost')) : value,
      ),
    );
    expect(withoutSandbox).toEqual(production);
    expect(JSON.stringify(sandbox)).toMatch(/app\.kartra\.localhost/);
  });

  it('is a production build of the same code: page chunks with no origins in them are byte-for-byte the same size', () => {
    const sizes = (build: string) =>
      Object.fromEntries(
        readdirSync(join(build, 'chunks'))
          .flatMap((f) => {
            const page = /^(sidepanel|popup|options)-.*\.js$/.exec(f)?.[1];
            return page ? [[page, statSync(join(build, 'chunks', f)).size] as const] : [];
          }),
      );
    expect(Object.keys(sizes(dir)).sort()).toEqual(['options', 'popup', 'sidepanel']);
    expect(sizes(`${dir}-sandbox`)).toEqual(sizes(dir));
  });
});
