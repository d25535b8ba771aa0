import type { Plugin } from 'vite';

/**
 * Content scripts use the browser's own extension API object (Firefox's `browser`, Chrome's `chrome`) instead of
 * webextension-polyfill, which stays in the background and the extension pages.
 *
 * Why it is safe: our content scripts only call APIs that return promises natively in both browsers since well before
 * our minimum versions (runtime.sendMessage, runtime.id, runtime.getURL) and register one
 * runtime.onMessage listener (lib/content/extension-listener.ts) that answers through `sendResponse`, never a returned
 * promise (the one place where the polyfill's promise-returning listeners matter);
 * test/unit/build-policy.test.ts holds them to that. Why it is worth it: the polyfill is 2.8 KB of the 25 KB gzipped
 * budget of each content script.
 *
 * `wxt/browser` is aliased to the polyfill by @wxt-dev/webextension-polyfill; this plugin, added only to the content
 * script builds (wxt.config.ts, hook vite:build:extendConfig), resolves that alias target to wxt's own native export.
 */
export const POLYFILL_BROWSER_MODULE = '@wxt-dev/webextension-polyfill/browser';
export const NATIVE_BROWSER_MODULE = '@wxt-dev/browser';

export function nativeBrowserInContentScripts(): Plugin {
  return {
    name: 'native-browser-in-content-scripts',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== POLYFILL_BROWSER_MODULE && source !== 'webextension-polyfill') return undefined;
      const resolved = await this.resolve(NATIVE_BROWSER_MODULE, importer, { skipSelf: true });
      if (!resolved) this.error(`native-browser-in-content-scripts: cannot resolve ${NATIVE_BROWSER_MODULE}`);
      return resolved;
    },
  };
}
