/**
 * Launch real Chromium or Firefox ESR with the *built* sandbox variant of the extension installed, the way an agent
 * would have it. Every suite gets its own browser and its own sandbox server, so suites never share state.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_PATH, FIREFOX_PATH, chromiumArgs } from './browsers.ts';

export type BrowserName = 'chromium' | 'firefox';

/** The browser alone, headless and without the extension: for running the readers' bundles in real pages. */
export async function launchPlainBrowser(name: BrowserName): Promise<Browser> {
  return name === 'chromium'
    ? puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, pipe: true, args: chromiumArgs() })
    : puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
}
export const GECKO_ID = 'stripe-reconnect-assistant@support-tools';

export interface LaunchedExtension {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  extensionOrigin: string;
  close(): Promise<void>;
}

export function builtExtensionDir(name: BrowserName): string {
  return resolve(name === 'chromium' ? '.output/chrome-mv3-sandbox' : '.output/firefox-mv3-sandbox');
}

export interface LaunchOptions {
  idleTimeoutMs?: number;
  /** The system's colour scheme as the browser sees it; unset, the browser's default (light). */
  colourScheme?: 'light' | 'dark';
  /** A real window the user can work in (`npm start` on a machine with a display), instead of headless. */
  window?: boolean;
  /**
   * The browser's UI language, which the extension's words follow ('es'); unset, English. Debian's browsers need
   * their language packs for it (chromium-l10n, firefox-esr-l10n-es-es: scripts/setup/browsers.mjs installs them).
   */
  language?: string;
  /**
   * Firefox only: a home directory for the browser process. Firefox reads a per-user managed-storage manifest (the
   * team's policy) from `$HOME/.mozilla/managed-storage/<gecko id>.json`, at start.
   */
  home?: string;
}

export async function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<LaunchedExtension> {
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: !options.window,
      pipe: true,
      enableExtensions: true,
      args: chromiumArgs([
        options.window ? '--window-size=1400,950' : '--window-size=1280,900',
        ...(options.colourScheme === 'dark' ? ['--force-dark-mode'] : []),
        ...(options.language ? [`--lang=${options.language}`] : []),
      ]),
      // On Linux Chromium takes its UI language from the environment rather than --lang.
      ...(options.language ? { env: { ...process.env, LANGUAGE: options.language, LANG: `${options.language}.UTF-8` } } : {}),
      defaultViewport: options.window ? null : { width: 1280, height: 900 },
    });
    const id = await browser.installExtension(builtExtensionDir('chromium'));
    return { name, browser, extensionOrigin: `chrome-extension://${id}`, close: () => browser.close() };
  }
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !options.window,
    defaultViewport: options.window ? null : { width: 1280, height: 900 },
    // Firefox 153+ refuses WebDriver navigation to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    ...(options.home ? { env: { ...process.env, HOME: options.home } } : {}),
    extraPrefsFirefox: {
      // A fixed moz-extension UUID so tests can open our pages by URL.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Stop the background page quickly when idle: every flow must survive it (docs/quality.md "Lifecycle").
      'extensions.background.idle.timeout': options.idleTimeoutMs ?? 1000,
      // Optional-permission requests resolve without a prompt (headless Firefox has no prompt to click).
      'extensions.webextOptionalPermissionPrompts': false,
      ...(options.colourScheme ? { 'ui.systemUsesDarkTheme': options.colourScheme === 'dark' ? 1 : 0 } : {}),
      // The language pack for it must be installed (or bundled, outside Debian) for Firefox to switch.
      ...(options.language ? { 'intl.locale.requested': options.language } : {}),
    },
  });
  await browser.installExtension(builtExtensionDir('firefox'));
  return { name, browser, extensionOrigin: `moz-extension://${uuid}`, close: () => browser.close() };
}

/**
 * Open one of our extension pages in `page`. Firefox never reports the load of a moz-extension:// page to puppeteer
 * (puppeteer issue 14314), so the navigation is not awaited; we wait for the page's app root to render instead.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const navigation = page.goto(url).catch(() => undefined);
  // Polled with plain evaluate calls: while the page's realm is being replaced, Firefox's BiDi fails an evaluate
  // outright ("right-hand side of 'in' should be an object"), which waitForFunction turns into a test failure.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const rendered = await page
      .evaluate((wanted: string) => location.href === wanted && Boolean(document.querySelector('#app')?.childElementCount), url)
      .catch(() => false);
    if (rendered) break;
    if (Date.now() > deadline) throw new Error(`extension page did not render: ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  void navigation;
}

/** One extension page per launched browser, kept open in a background tab, to ask what only the extension knows. */
const helpers = new WeakMap<LaunchedExtension, Page>();

async function extensionHelper(ext: LaunchedExtension, activeAfter: Page): Promise<Page> {
  const kept = helpers.get(ext);
  if (kept && !kept.isClosed()) return kept;
  const helper = await ext.browser.newPage();
  await gotoExtensionPage(helper, `${ext.extensionOrigin}/popup.html?tabId=0`);
  helpers.set(ext, helper);
  // Opening it made it the active tab: give that back to the page under test (visibility, the popup's active tab).
  await activeAfter.bringToFront();
  return helper;
}

/** The browser's own id for the tab showing `page`, asked from an extension page (the only place that knows it). */
export async function tabIdOf(ext: LaunchedExtension, page: Page): Promise<number> {
  const helper = await extensionHelper(ext, page);
  const url = page.url();
  const id = await helper.evaluate(async (wanted: string) => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    const tabs = await (scope.browser ?? scope.chrome)!.tabs.query({});
    // Several tabs can show the same URL (a test that failed left its page open): the newest is this page.
    const ids = tabs.filter((t) => t.url === wanted && t.id !== undefined).map((t) => t.id!);
    return ids.length > 0 ? Math.max(...ids) : undefined;
  }, url);
  if (id === undefined) throw new Error(`no tab found for ${url}`);
  return id;
}
