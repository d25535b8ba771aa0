/**
 * Renders the screenshots in README.md and docs/ from the real extension on the sandbox: the popup on a tab with a
 * red Stripe tile, the side panel mid-guide, the in-page overlays, in light and dark. `node scripts/readme-screenshots.ts`
 * (after `npm run build:sandbox`).
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { startSandbox } from '../sandbox/server.ts';
import { launchWithExtension, gotoExtensionPage } from '../test/e2e/launch.ts';
import { chooseAccount, goToStripeAndSignIn, openStripeEditWindow, readSandboxState, skipIntroduction, startGuideOnKartra } from './happy-path.ts';

const THEMES = ['light', 'dark'] as const;
await mkdir('docs', { recursive: true });
const sandbox = await startSandbox({ port: 0 });
const ext = await launchWithExtension('chromium');
try {
  // Extension pages whole; site pages as the agent sees them (a modal's backdrop covers the viewport, not the page).
  const shoot = async (page: Page, name: string, fullPage = true) => {
    for (const theme of THEMES) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await page.screenshot({ path: `docs/${name}${theme === 'dark' ? '-dark' : ''}.png`, fullPage });
    }
  };
  const flow = await startGuideOnKartra(ext.browser, ext.extensionOrigin, sandbox);
  const popup = await ext.browser.newPage({ type: 'window', windowBounds: { width: 420, height: 700 } });
  await popup.setViewport({ width: 400, height: 520 });
  await gotoExtensionPage(popup, `${ext.extensionOrigin}/popup.html?tabId=${flow.tabId}`);
  await popup.waitForSelector('[data-testid="integration"]');
  await shoot(popup, 'popup');
  await skipIntroduction(flow);
  await openStripeEditWindow(flow);
  await flow.site.bringToFront();
  await shoot(flow.site, 'overlay-kartra', false);
  await shoot(flow.panel, 'sidepanel');
  const state = await readSandboxState(sandbox);
  await goToStripeAndSignIn(flow);
  const wrong = state.stripe.accounts.find((a) => a.id !== state.expected.originalAccountId)!;
  await chooseAccount(flow, wrong.displayName);
  await flow.panel.waitForSelector('[data-testid="guide-warning"]');
  await flow.site.bringToFront();
  await shoot(flow.site, 'overlay-stripe-wrong-account', false);
  await shoot(flow.panel, 'sidepanel-wrong-account');
  console.log('screenshots written to docs/');
} finally {
  await ext.close();
  await sandbox.close();
}
