import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { nativeBrowserInContentScripts } from './lib/build/native-browser-in-content-scripts';
import { groupSharedPageCode } from './lib/build/page-chunks';
import { zodWithoutEval } from './lib/build/zod-without-eval';
import { addSandboxOrigins } from './lib/sandbox-origins';
import { CHROMIUM_PATH, FIREFOX_PATH, chromiumArgs } from './test/e2e/browsers';
import { guideShortcutCommands } from './lib/guide-shortcut-manifest';

// `--mode sandbox` builds the variant the e2e tests and `npm start` load: identical to production except that the
// sandbox host names are added next to the real Kartra and Stripe origins (see lib/sandbox-origins.ts).
// WXT sets NODE_ENV from --mode, which would make `--mode sandbox` a development build (Preact's dev JSX, bigger
// chunks): the sandbox variant is meant to be the production code plus the sandbox origins, so it builds as production.
// `npm run dev` (SRA_DEV) is the exception: live reload wants the development build.
if (process.env.NODE_ENV === 'sandbox' && !process.env.SRA_DEV) process.env.NODE_ENV = 'production';

export default defineConfig({
  // @wxt-dev/i18n: locales/<lang>.yml become _locales/<lang>/messages.json and the typed `i18n.t` of lib/i18n.ts.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [zodWithoutEval(), preact({ prerender: { enabled: false }, devToolsEnabled: false })],
    build: { sourcemap: process.env.SRA_SOURCEMAP === '1' },
  }),
  // `npm run dev` only (scripts/dev.ts): web-ext opens the system browser on the sandbox's Integrations page.
  webExt: {
    disabled: Boolean(process.env.SRA_DEV_NO_BROWSER),
    binaries: { chrome: CHROMIUM_PATH, firefox: FIREFOX_PATH },
    chromiumArgs: chromiumArgs(),
    startUrls: process.env.SRA_DEV_START_URL ? [process.env.SRA_DEV_START_URL] : [],
  },
  manifest: ({ browser }) => ({
    // The browser's language picks the locale (locales/); English is the fallback for anything a locale lacks.
    default_locale: 'en',
    name: '__MSG_extName__',
    // Chrome's store takes at most 132 characters here, in every locale (test/unit/build-policy.test.ts); the long
    // description is in docs/store-listing.md, and package.json keeps its own.
    description: '__MSG_extDescription__',
    // activeTab: the support report's screenshot (tabs.captureVisibleTab needs it without <all_urls>, in both browsers).
    // scripting: teach mode's picker loads into a Kartra or Stripe tab only when the agent asks for it (the host
    // permissions above already cover those pages; the permission adds no install warning).
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    host_permissions: ['https://app.kartra.com/*', 'https://connect.stripe.com/*', 'https://dashboard.stripe.com/*'],
    // The online account check is opt-in: the browser asks for this host when the agent first uses it.
    optional_host_permissions: ['https://api.stripe.com/*'],
    action: { default_title: '__MSG_extName__' },
    commands: guideShortcutCommands(browser),
    ...(browser === 'chrome'
      ? {
          externally_connectable: { ids: [] },
          // The team's policy (docs/rollout.md): Chrome hands storage.managed only what this schema declares. Firefox
          // takes no schema and reads the same keys from its managed-storage manifest or policies.json.
          storage: { managed_schema: 'managed_schema.json' },
          // 121: the visibility checks pass checkVisibility's visibilityProperty and opacityProperty options (Chrome
          // 121; older versions ignore them and count hidden tiles and buttons as visible). Side panel: the API 114,
          // sidePanel.open() 116. Nothing else used is newer (the bundles target Chrome 111).
          minimum_chrome_version: '121',
        }
      : {
          browser_specific_settings: {
            gecko: {
              id: 'stripe-reconnect-assistant@support-tools',
              // 140: data_collection_permissions (desktop Firefox 140). The visibility options above need 122.
              strict_min_version: '140.0',
              // Agrees with docs/privacy.md: nothing is collected or sent anywhere but to Stripe's own API, by choice.
              data_collection_permissions: { required: ['none'] },
            },
            // No gecko_android: Firefox for Android has no sidebar, so the guide cannot be shown there.
          },
        }),
  }),
  // The sources zip (npm run zip) is what Mozilla's reviewers build from: everything a build needs, no outputs.
  zip: { excludeSources: ['artifacts/**', 'docs/**/*.png', 'stats.html', '**/*.log'] },
  hooks: {
    // Per build group: content scripts get the native extension API instead of the polyfill; pages get their chunks grouped.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // Teach mode's picker (an unlisted script injected into the same pages) follows the content scripts' rules.
      if (entrypoints.length > 0 && entrypoints.every((entry) => entry.type === 'content-script' || entry.name === 'teach-picker')) {
        viteConfig.plugins = [...(viteConfig.plugins ?? []), nativeBrowserInContentScripts()];
      }
      groupSharedPageCode(entrypoints, viteConfig);
    },
    // The managed-storage schema is Chrome's alone (see `storage` above): the Firefox build does not ship it.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'chrome') return;
      const at = files.findIndex((file) => file.relativeDest === 'managed_schema.json');
      if (at >= 0) files.splice(at, 1);
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'sandbox') addSandboxOrigins(manifest);
    },
  },
});
