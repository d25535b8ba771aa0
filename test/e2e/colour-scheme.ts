/**
 * Light and dark, as the agent's system setting decides. Chromium switches a page's prefers-color-scheme through
 * CDP, so one browser checks both. WebDriver BiDi has no such command (puppeteer's emulateMediaFeatures needs CDP),
 * so Firefox is launched once per scheme with its system theme set (launch.ts `colourScheme`).
 */
import type { Page } from 'puppeteer-core';
import type { BrowserName } from './launch.ts';

export type ColourScheme = 'light' | 'dark';

export interface SchemeRun {
  browser: BrowserName;
  /** The scheme the browser is launched in; unset when the test switches it per page. */
  launchScheme?: ColourScheme;
  schemes: ColourScheme[];
  label: string;
}

export function schemeRuns(browsers: BrowserName[]): SchemeRun[] {
  return browsers.flatMap((browser): SchemeRun[] =>
    browser === 'chromium'
      ? [{ browser, schemes: ['light', 'dark'], label: 'light and dark' }]
      : (['light', 'dark'] as const).map((scheme) => ({ browser, launchScheme: scheme, schemes: [scheme], label: scheme })),
  );
}

/** Show `page` in `scheme`, and fail loudly if the browser does not (a launch preference that stopped working). */
export async function showInScheme(page: Page, browser: BrowserName, scheme: ColourScheme): Promise<void> {
  if (browser === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  const shown = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  if (shown !== scheme) throw new Error(`${browser} shows the page in ${shown}, not ${scheme}`);
}
