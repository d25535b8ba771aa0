/**
 * The in-page overlay where a test can look inside it. On Kartra and Stripe it lives in a closed shadow root that no
 * page script, and so no axe, can read; the harness page holds a few of Kartra's controls to point at and runs the
 * production overlay code (bundled with Vite like the benchmark's modules) with its roots opened.
 */
import type { Browser, Page } from 'puppeteer-core';
import { bundleModule } from '../../scripts/bench/bundle-module.ts';
import { chromeGetMessage, loadChromeMessages } from '../unit/support/locale-messages.ts';
import type * as HarnessApi from './overlay-harness-entry.ts';

const GLOBAL_NAME = 'SRAOverlayHarness';

// System colours only, so the page around the overlay follows the scheme with no palette of its own to check. The
// target the spotlight points at comes last, with room below it for the card: overlapping parts hide each other from
// axe's contrast check.
const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Overlay harness</title>
  <style>
    :root { color-scheme: light dark; font: 14px/1.45 system-ui, sans-serif; }
    body { margin: 0; padding: 24px; background: Canvas; color: CanvasText; }
    ul { list-style: none; padding: 0; display: grid; gap: 120px; max-width: 420px; }
    li { border: 1px solid; border-radius: 8px; padding: 12px 12px 28px; display: flex; justify-content: space-between; }
  </style>
</head>
<body>
  <main>
    <h1>Integrations</h1>
    <label>Search integrations <input type="search" id="search"></label>
    <ul>
      <li id="marker-tile"><span>Courses checkout · Needs attention</span> <button type="button" aria-label="More options for Courses checkout">⋯</button></li>
      <li id="original-account"><label><input type="radio" name="account"> Brightpath Academy</label></li>
      <li id="stripe-tile"><span>Stripe · Needs attention</span> <button type="button" id="stripe-menu" aria-label="More options for Stripe">⋯</button></li>
    </ul>
    <p><a href="#help">Help with integrations</a></p>
  </main>
</body>
</html>`;

let bundle: Promise<string> | undefined;

/**
 * The extension's i18n API as the overlay code calls it, with the real messages of `language`: the harness page is
 * a plain page, where no extension API exists.
 */
function i18nScript(language: string): string {
  // The fake browser's own getMessage (test/unit/support/locale-messages.ts), serialized: one implementation of $n.
  return `const getMessage = ${chromeGetMessage.toString()};
  const messages = ${JSON.stringify(loadChromeMessages(language))};
  globalThis.chrome = { runtime: { id: 'overlay-harness' }, i18n: {
    getUILanguage: () => ${JSON.stringify(language)},
    getMessage: (name, subs) => getMessage(messages, name, subs, ${JSON.stringify(language)}),
  } };`;
}

/**
 * The harness in a window of its own (a background tab gets no animation frames, and the overlay follows them), its
 * words in `language`.
 */
export async function openOverlayHarness(browser: Browser, language = 'en'): Promise<Page> {
  bundle ??= bundleModule('test/e2e/overlay-harness-entry.ts', 'iife', GLOBAL_NAME, false);
  const page = await browser.newPage({ type: 'window', windowBounds: { width: 900, height: 800 } });
  await page.setContent(PAGE.replace('<html lang="en">', `<html lang="${language}">`));
  await page.addScriptTag({ content: i18nScript(language) });
  await page.addScriptTag({ content: await bundle });
  return page;
}

type Api = typeof HarnessApi;
type Functions = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];

/** Call one of the harness's functions in the page (see overlay-harness-entry.ts). */
export async function inHarness<K extends Functions>(page: Page, name: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> {
  return page.evaluate(
    (global: string, fn: string, fnArgs: unknown[]) => {
      const api = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[global]!;
      return api[fn]!(...fnArgs);
    },
    GLOBAL_NAME,
    name,
    args,
  ) as Promise<Awaited<ReturnType<Api[K]>>>;
}

export async function harnessActions(page: Page): Promise<string[]> {
  return page.evaluate((global: string) => [...(globalThis as unknown as Record<string, typeof HarnessApi>)[global]!.actions], GLOBAL_NAME);
}
