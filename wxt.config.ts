import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { nativeBrowserInContentScripts } from './lib/build/native-browser-in-content-scripts';
import { groupSharedPageCode } from './lib/build/page-chunks';
import { zodWithoutEval } from './lib/build/zod-without-eval';
import { addSandboxOrigins } from './lib/sandbox-origins';
import { CHROMIUM_PATH, FIREFOX_PATH, chromiumArgs } from './test/e2e/browsers';

// `--mode sandbox` builds the variant the e2e tests and `npm start` load: identical to production except that the
// sandbox host names are added next to the real Kartra and Stripe origins (see lib/sandbox-origins.ts).
// WXT sets NODE_ENV from --mode, which would make `--mode sandbox` a development build (Preact's dev JSX, bigger
// chunks): the sandbox variant is meant to be the production code plus the sandbox origins, so it builds as production.
// `npm run dev` (SRA_DEV) is the exception: live reload wants the development build.
if (process.env.NODE_ENV === 'sandbox' && !process.env.SRA_DEV) process.env.NODE_ENV = 'production';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
    name: 'Stripe Reconnect Assistant',
    permissions: ['storage', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    host_permissions: ['https://app.kartra.com/*', 'https://connect.stripe.com/*', 'https://dashboard.stripe.com/*'],
    // The online account check is opt-in: the browser asks for this host when the agent first uses it.
    optional_host_permissions: ['https://api.stripe.com/*'],
    action: { default_title: 'Stripe Reconnect Assistant' },
    ...(browser === 'chrome'
      ? { externally_connectable: { ids: [] } }
      : {
          browser_specific_settings: {
            gecko: {
              id: 'stripe-reconnect-assistant@support-tools',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived later on Android than on desktop.
            gecko_android: { strict_min_version: '142.0' },
          },
        }),
  }),
  hooks: {
    // Per build group: content scripts get the native extension API instead of the polyfill; pages get their chunks grouped.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.length > 0 && entrypoints.every((entry) => entry.type === 'content-script')) {
        viteConfig.plugins = [...(viteConfig.plugins ?? []), nativeBrowserInContentScripts()];
      }
      groupSharedPageCode(entrypoints, viteConfig);
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'sandbox') addSandboxOrigins(manifest);
    },
  },
});
