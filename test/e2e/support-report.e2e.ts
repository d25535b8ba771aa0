/**
 * "Need more help? Build a support report", from the side panel, after Kartra's "Stripe account does not match" and
 * after a Stripe authorize error: the Markdown has the diagnosis and no whole key or account id, and the screenshot
 * has the cover's solid colour where the publishable key was on the page, which shows the key again afterwards.
 *
 * The screenshot needs activeTab on the tab (tabs.captureVisibleTab), which a click on the toolbar button grants: see
 * grantActiveTab. Without it the report is built without a screenshot and says why (a third test).
 */
import type { Page } from 'puppeteer-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseAccount, clickStripeButton, reachStripePicker, startGuideOnKartra, type Flow } from '../../scripts/happy-path.ts';
import { BROWSERS, scenario, useSuite, type Suite } from './fixtures.ts';
import { GECKO_ID } from './launch.ts';
import { clickLabelled, overlayHostCount, waitForText } from './page-actions.ts';

interface State {
  expected: { originalAccountId: string; mismatchAccountIds: string[]; ineligibleAccountId: string; alreadyIntegratedAccountId: string };
  stripe: { accounts: { id: string; displayName: string }[] };
}

/** The cover's box colour (lib/content/secret-cover.css). */
const COVER = [0x10, 0x18, 0x28];
/** Whole keys and account ids: none may be in the report. */
const WHOLE_SECRET = /[psr]k_(?:live|test)_[A-Za-z0-9]{5,}|acct_[A-Za-z0-9]{5,}/;

/** A raw WebDriver BiDi command, through puppeteer's connection (not public API, hence the shape check). */
type BidiSend = (method: string, params: object) => Promise<{ result?: { contexts?: { context: string }[]; result?: { value?: unknown } } }>;
function bidiSender(suite: Suite): BidiSend {
  const browser = suite.ext.browser as unknown as { connection?: { send?: BidiSend }; browserCore?: { session?: { connection?: { send?: BidiSend } } } };
  const connection = browser.connection ?? browser.browserCore?.session?.connection;
  if (typeof connection?.send !== 'function') throw new Error('no BiDi connection to grant activeTab with');
  return connection.send.bind(connection);
}

/**
 * What a click on the toolbar button gives the extension for the site's tab: activeTab, which the screenshot needs.
 * Chromium: puppeteer clicks the action. Firefox: its toolbar is out of WebDriver's reach, so the grant a click makes
 * (the tab manager's addActiveTabPermission) is made directly, from the browser's chrome scope (the e2e Firefox runs
 * with --remote-allow-system-access).
 */
async function grantActiveTab(suite: Suite, site: Page): Promise<void> {
  await site.bringToFront();
  if (suite.ext.name === 'chromium') {
    const extension = [...(await suite.ext.browser.extensions()).values()][0]!;
    await site.triggerExtensionAction(extension);
    return;
  }
  const send = bidiSender(suite);
  const tree = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result?.contexts?.[0]?.context;
  const expression = `(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(site.url())});
      if (tab) { extension.tabManager.addActiveTabPermission(tab); return true; }
    }
    return false;
  })()`;
  const granted = await send('script.evaluate', { expression, target: { context }, awaitPromise: false });
  if (granted.result?.result?.value !== true) throw new Error(`activeTab not granted: ${JSON.stringify(granted)}`);
}

/** The box of the publishable key on the page: the Edit window's field (or any text) showing a `pk_` key. */
async function keyBox(site: Page): Promise<{ x: number; y: number; width: number; height: number; key: string }> {
  const handle = await site.waitForFunction(
    () => {
      for (const field of document.querySelectorAll('input')) {
        if (/^pk_/.test(field.value)) {
          const r = field.getBoundingClientRect();
          if (r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height, key: field.value };
        }
      }
      return null;
    },
    { polling: 100, timeout: 15_000 },
  );
  return (await handle.jsonValue())!;
}

/** Builds a report and waits for it: a new Markdown link (an earlier report's link is there until then). */
async function buildReport(panel: Page): Promise<void> {
  await panel.bringToFront();
  const earlier = await panel.$eval('[data-testid="report-markdown"]', (a) => (a as HTMLAnchorElement).href).catch(() => '');
  await (await panel.waitForSelector('[data-testid="report-button"]'))!.click();
  await panel.waitForFunction(
    (before: string) => {
      const link = document.querySelector<HTMLAnchorElement>('[data-testid="report-markdown"]');
      return document.querySelector('[data-testid="report-status"][data-phase="built"]') !== null && link !== null && link.href !== before;
    },
    { timeout: 20_000, polling: 100 },
    earlier,
  );
}

async function readMarkdown(panel: Page): Promise<string> {
  return panel.$eval('[data-testid="report-markdown"]', async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
}

async function readPng(panel: Page): Promise<PNG> {
  const base64 = await panel.$eval('[data-testid="report-png"]', async (a) => {
    const bytes = new Uint8Array(await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  return PNG.sync.read(Buffer.from(base64, 'base64'));
}

/** Share of the pixels of the box's left half (where the cover draws no label) that are the cover's colour. */
function coverShare(png: PNG, box: { x: number; y: number; width: number; height: number }, scale: number): number {
  let cover = 0;
  let all = 0;
  const [left, top] = [Math.ceil((box.x + 3) * scale), Math.ceil((box.y + 3) * scale)];
  const [right, bottom] = [Math.floor((box.x + box.width / 2) * scale), Math.floor((box.y + box.height - 3) * scale)];
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (png.width * y + x) * 4;
      all += 1;
      if (COVER.every((value, i) => Math.abs(png.data[at + i]! - value) <= 2)) cover += 1;
    }
  }
  return all === 0 ? 0 : cover / all;
}

/** What the page hit-tests at the key's centre is the key's own field, not a cover left behind. */
async function keyShowsAgain(site: Page, box: { x: number; y: number; width: number; height: number; key: string }): Promise<boolean> {
  return site.evaluate(
    (b) => {
      const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
      return hit instanceof HTMLInputElement && hit.value === b.key;
    },
    box,
  );
}

async function checkScreenshot(suite: Suite, flow: Flow, markdown: string, box: Awaited<ReturnType<typeof keyBox>>) {
  expect(markdown).toMatch(/Attached as support-report-\d{8}-\d{6}\.png/);
  const png = await readPng(flow.panel);
  const scale = png.width / (await flow.site.evaluate(() => window.innerWidth));
  expect(coverShare(png, box, scale)).toBeGreaterThan(0.95);
  // Uncovered again: the key is what the page shows, and no host of ours is left over the page.
  expect(await keyShowsAgain(flow.site, box)).toBe(true);
}

/** This suite's guide, up to Stripe's account picker. */
const reachPicker = (suite: Suite) => reachStripePicker<State>(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);

/** The report's own downloads would land in the machine's Downloads folder: the test reads the links instead. */
async function refuseDownloads(suite: Suite): Promise<void> {
  if (suite.ext.name === 'chromium') {
    const session = await suite.ext.browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'deny' });
  } else {
    await bidiSender(suite)('browser.setDownloadBehavior', { downloadBehavior: { type: 'denied' } });
  }
}

describe.each(BROWSERS)('support report in %s', (browserName) => {
  const suite = useSuite(browserName);
  beforeAll(() => refuseDownloads(suite));

  it('after "Stripe account does not match": the diagnosis, redacted, and the key covered in the screenshot', async () => {
    await scenario(suite, { delay: 300 });
    const { flow, state, nameOf } = await reachPicker(suite);
    await chooseAccount(flow, nameOf(state.expected.mismatchAccountIds[0]!));
    await clickStripeButton(flow, 'Connect');
    await waitForText(flow.site, /Stripe account does not match/);
    await flow.panel.waitForSelector('[data-testid="diagnosis"][data-diagnosis="kartra-account-mismatch"]');
    // The key on the page again, as the agent would show it: Kartra's Edit window.
    await clickLabelled(flow.site, 'button[aria-label]', /More options/);
    await clickLabelled(flow.site, '[role="menuitem"]', 'Edit');
    const box = await keyBox(flow.site);
    const hostsBefore = await overlayHostCount(flow.site);
    await grantActiveTab(suite, flow.site);

    await buildReport(flow.panel);
    const markdown = await readMarkdown(flow.panel);
    expect(markdown).toContain('**Stripe account does not match**');
    expect(markdown).toContain('- Kartra showed: “Stripe account does not match”');
    expect(markdown).toMatch(/acct_…[A-Za-z0-9]{4}\): not the account Kartra used before\./);
    expect(markdown).toContain(`Publishable key Kartra showed: …${box.key.slice(-4)}`);
    expect(markdown).not.toMatch(WHOLE_SECRET);
    expect(markdown).not.toContain(box.key);
    await checkScreenshot(suite, flow, markdown, box);
    expect(await overlayHostCount(flow.site)).toBe(hostsBefore);
    await flow.site.close();
    await flow.panel.close();
  });

  // Kartra's other three errors: the report carries each one's diagnosis, and its screenshot is written.
  const OTHER_KARTRA_ERRORS = [
    { message: 'Ineligible account', diagnosis: 'kartra-ineligible-account', account: 'ineligibleAccountId', button: 'Connect' },
    { message: 'Account already integrated', diagnosis: 'kartra-already-integrated', account: 'alreadyIntegratedAccountId', button: 'Connect' },
    { message: 'User denied request', diagnosis: 'kartra-user-denied', account: undefined, button: 'Cancel' },
  ] as const;
  it.each(OTHER_KARTRA_ERRORS)('after "$message": its diagnosis in the report, and the screenshot written', async ({ message, diagnosis, account, button }) => {
    await scenario(suite, { delay: 300 });
    const { flow, state, nameOf } = await reachPicker(suite);
    if (account) await chooseAccount(flow, nameOf(state.expected[account]));
    await clickStripeButton(flow, button);
    await waitForText(flow.site, new RegExp(message));
    await flow.panel.waitForSelector(`[data-testid="diagnosis"][data-diagnosis="${diagnosis}"]`);
    await grantActiveTab(suite, flow.site);
    await buildReport(flow.panel);
    const markdown = await readMarkdown(flow.panel);
    expect(markdown).toContain(`**${message}**`);
    expect(markdown).toContain(`- Kartra showed: “${message}”`);
    expect(markdown).not.toMatch(WHOLE_SECRET);
    expect(markdown).toMatch(/Attached as support-report-\d{8}-\d{6}\.png/);
    const png = await readPng(flow.panel);
    expect(png.width).toBeGreaterThan(400);
    await flow.site.close();
    await flow.panel.close();
  });

  it('after a Stripe authorize error: Stripe’s error quoted and diagnosed, nothing whole left', async () => {
    await scenario(suite, { delay: 300 });
    const { flow } = await reachPicker(suite);
    // A Connect link with a scope Stripe does not know: Stripe answers with its JSON error page.
    const authorize = new URL(flow.site.url());
    authorize.searchParams.set('scope', 'read_everything');
    await flow.site.goto(authorize.href);
    await waitForText(flow.site, /invalid_scope/);
    await flow.panel.waitForSelector('[data-testid="diagnosis"][data-diagnosis="stripe-invalid-scope"]', { timeout: 20_000 });
    const hostsBefore = await overlayHostCount(flow.site);
    await grantActiveTab(suite, flow.site);

    await buildReport(flow.panel);
    const markdown = await readMarkdown(flow.panel);
    expect(markdown).toContain('**Stripe error: invalid_scope**');
    expect(markdown).toMatch(/- Stripe's error: invalid_scope: “.+”/);
    expect(markdown).not.toMatch(WHOLE_SECRET);
    expect((await readPng(flow.panel)).width).toBeGreaterThan(0);
    expect(await overlayHostCount(flow.site)).toBe(hostsBefore);
    await flow.site.close();
    await flow.panel.close();
  });

  it('says why there is no screenshot: no activeTab grant, or a page the assistant does not run on', async () => {
    await scenario(suite, { delay: 0 });
    const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
    const hostsBefore = await overlayHostCount(flow.site);
    // Nobody clicked the toolbar button on this tab: the browser refuses the capture, and the page is uncovered again.
    await buildReport(flow.panel);
    expect(await readMarkdown(flow.panel)).toContain('No screenshot: the browser did not allow it.');
    expect(await flow.panel.$('[data-testid="report-png"]')).toBeNull();
    expect(await overlayHostCount(flow.site)).toBe(hostsBefore);
    // A page without our content script is never captured, granted or not.
    await flow.site.goto(`http://127.0.0.1:${suite.sandbox.port}/`);
    await grantActiveTab(suite, flow.site);
    await buildReport(flow.panel);
    expect(await readMarkdown(flow.panel)).toContain('No screenshot: the page could not be prepared for it');
    expect(await flow.panel.$('[data-testid="report-png"]')).toBeNull();
    await flow.site.close();
    await flow.panel.close();
  });
});
