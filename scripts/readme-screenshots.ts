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
const STORE = { width: 1280, height: 800 };
await mkdir('docs/store', { recursive: true });
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
  /** A store screenshot (exactly 1280×800): the site page as the agent sees it, the side panel beside it. */
  const storeShot = async (name: string, site: Page, panel: Page) => {
    // Light, as store listings are; shoot() leaves pages in the last theme it took.
    for (const page of [site, panel]) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await site.setViewport({ width: STORE.width - 420, height: STORE.height });
    await site.bringToFront();
    const left = Buffer.from(await site.screenshot({ encoding: 'binary' })).toString('base64');
    const panelViewport = panel.viewport();
    await panel.setViewport({ width: 420, height: STORE.height });
    const right = Buffer.from(await panel.screenshot({ encoding: 'binary' })).toString('base64');
    if (panelViewport) await panel.setViewport(panelViewport);
    const board = await ext.browser.newPage();
    await board.setViewport(STORE);
    await board.setContent(
      `<body style="margin:0;display:flex;background:#fff"><img src="data:image/png;base64,${left}"><img src="data:image/png;base64,${right}" style="border-left:1px solid #ccc"></body>`,
    );
    await board.screenshot({ path: `docs/store/${name}.png`, clip: { x: 0, y: 0, ...STORE } });
    await board.close();
    await site.setViewport({ width: 1280, height: 900 });
  };
  const flow = await startGuideOnKartra(ext.browser, ext.extensionOrigin, sandbox);
  const popup = await ext.browser.newPage({ type: 'window', windowBounds: { width: 420, height: 700 } });
  await popup.setViewport({ width: 400, height: 520 });
  await gotoExtensionPage(popup, `${ext.extensionOrigin}/popup.html?tabId=${flow.tabId}`);
  await popup.waitForSelector('[data-testid="integration"]');
  await shoot(popup, 'popup');
  await storeShot('1-popup-needs-attention', flow.site, popup);
  await skipIntroduction(flow);
  await openStripeEditWindow(flow);
  await flow.site.bringToFront();
  await shoot(flow.site, 'overlay-kartra', false);
  await shoot(flow.panel, 'sidepanel');
  await storeShot('2-guide-edit-window', flow.site, flow.panel);
  const state = await readSandboxState(sandbox);
  await goToStripeAndSignIn(flow);
  const wrong = state.stripe.accounts.find((a) => a.id !== state.expected.originalAccountId)!;
  await chooseAccount(flow, wrong.displayName);
  await flow.panel.waitForSelector('[data-testid="guide-warning"]');
  await flow.site.bringToFront();
  await shoot(flow.site, 'overlay-stripe-wrong-account', false);
  await shoot(flow.panel, 'sidepanel-wrong-account');
  await storeShot('3-wrong-account-caught', flow.site, flow.panel);
  console.log('screenshots written to docs/ and docs/store/ (1280×800)');
} finally {
  await ext.close();
  await sandbox.close();
}
