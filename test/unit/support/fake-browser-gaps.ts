/**
 * What WXT's fakeBrowser leaves unimplemented (it throws "not implemented") and the extension calls at start-up or
 * render: `commands` (the background registers its shortcut listener; the popup reads the shortcut),
 * `runtime.getManifest` (the footers show the version), `i18n` (every word) and the no-policy cases of
 * `storage.managed`. In-memory stand-ins, reset with `fakeBrowser.reset()` like
 * the rest. The commands start as the manifest declares them (wxt.config.ts), with the suggested key assigned.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import packageJson from '../../../package.json' with { type: 'json' };
import { guideShortcutCommands } from '../../../lib/guide-shortcut-manifest';
import { chromeGetMessage, loadChromeMessages } from './locale-messages';

type Listener = (command: string, tab?: Browser.tabs.Tab) => unknown;
const listeners: Listener[] = [];
let shortcutBrowser: 'chrome' | 'firefox' = 'chrome';
let overrides = new Map<string, string>();

function declaredCommands(): Browser.commands.Command[] {
  return Object.entries(guideShortcutCommands(shortcutBrowser)).map(([name, command]) => ({
    name,
    description: command.description,
    shortcut: overrides.get(name) ?? command.suggested_key.default,
  }));
}

export const fakeCommands = {
  /** Which browser's manifest commands getAll() describes. */
  declareFor(browser: 'chrome' | 'firefox') {
    shortcutBrowser = browser;
  },
  /** What the agent set at chrome://extensions/shortcuts ('' = removed, as the browser reports it). */
  setShortcut(name: string, keys: string) {
    overrides.set(name, keys);
  },
  /** Press the shortcut: run every onCommand listener as the browser would. */
  async trigger(command: string, tab?: Browser.tabs.Tab) {
    return Promise.all(listeners.map((listener) => listener(command, tab)));
  },
  listenerCount: () => listeners.length,
};

Object.assign(fakeBrowser.commands, {
  getAll: async () => declaredCommands(),
  onCommand: {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
    },
    hasListener: (listener: Listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
  },
  resetState() {
    listeners.length = 0;
    shortcutBrowser = 'chrome';
    overrides = new Map();
  },
});

// WXT writes package.json's version into the manifest; that is what the pages show.
Object.assign(fakeBrowser.runtime, {
  getManifest: () => ({ manifest_version: 3, name: 'Stripe Reconnect Assistant', version: packageJson.version }),
});

// The trusted store (lib/trusted-store.ts) lives in the extension origin's IndexedDB, which happy-dom lacks: each
// `fakeBrowser.reset()` starts an empty one, as it starts empty storage areas.
globalThis.indexedDB = new IDBFactory();
const resetFakeBrowser = fakeBrowser.reset.bind(fakeBrowser);
fakeBrowser.reset = () => {
  resetFakeBrowser();
  globalThis.indexedDB = new IDBFactory();
  resetManagedStorage();
};

// storage.managed as each browser gives it when there is no policy: Chrome answers {} (the fake's own area, empty
// after a reset), Firefox without a managed-storage manifest rejects, and some hosts have no such area at all. A
// test sets a policy as an administrator would, with `fakeManagedStorage.setPolicy` (the fake area accepts set()).
const managedArea = fakeBrowser.storage.managed;
const managedGet = managedArea.get.bind(managedArea);
let managedRejects = false;
Object.assign(managedArea, {
  get: (...args: Parameters<typeof managedGet>) =>
    managedRejects ? Promise.reject(new Error('Managed storage manifest not found')) : managedGet(...args),
});
function resetManagedStorage() {
  managedRejects = false;
  Object.defineProperty(fakeBrowser.storage, 'managed', { value: managedArea, configurable: true, writable: true });
}
export const fakeManagedStorage = {
  /** The administrator's policy (storage.onChanged fires with area "managed", as Chrome does on a policy change). */
  setPolicy: (data: Record<string, unknown>) => managedArea.set(data),
  /** Firefox with no managed-storage manifest for the extension: get() rejects. */
  withoutManifest() {
    managedRejects = true;
  },
  /** A browser without storage.managed at all. */
  remove() {
    Object.defineProperty(fakeBrowser.storage, 'managed', { value: undefined, configurable: true, writable: true });
  },
};

// browser.i18n from the real message files: the words a test sees are the words the extension ships. English, or
// the locale SRA_TEST_LOCALE names; `useTestLocale` switches for one test (call it again with 'en' after).
let testLocale = process.env.SRA_TEST_LOCALE ?? 'en';
let messages = loadChromeMessages(testLocale);
export function useTestLocale(locale: string) {
  testLocale = locale;
  messages = loadChromeMessages(locale);
}
Object.assign(fakeBrowser.i18n, {
  getMessage: (name: string, substitutions?: string | string[]) => chromeGetMessage(messages, name, substitutions, testLocale),
  getUILanguage: () => testLocale.replace('_', '-'),
});
