/**
 * docs/quality.md "Accessibility": axe-core finds no WCAG 2.1 AA violation on the popup, the side panel and the options
 * page, in light and dark, in English and in Spanish (longer words, another `lang`), each in the state an agent sees
 * with the most on it; and the in-page overlay, checked in an open-root harness, is usable from the keyboard and
 * gives focus back to the page when it closes (in English: the keys do not change with the language).
 *
 * Firefox runs the overlay harness too: its focus navigation into shadow roots and its dark form controls are its own.
 */
import { get } from 'node:http';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openStripeEditWindow, skipIntroduction } from '../../scripts/happy-path.ts';
import { describeViolations, findViolations } from './axe-audit.ts';
import { schemeRuns, showInScheme } from './colour-scheme.ts';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite, type Suite } from './fixtures.ts';
import { harnessActions, inHarness, openOverlayHarness } from './overlay-harness.ts';
import { waitForOverlayHosts } from './page-actions.ts';
import { SAMPLE_TAUGHT, seedTaughtChanges } from './taught-changes.ts';

/** Kartra's Integrations page just back from a Connect that Kartra refused ("Stripe account does not match"). */
async function openKartraAfterRefusedConnect(suite: Suite): Promise<{ page: Page; tabId: number }> {
  await scenario(suite, { delay: 0, outcome: 'mismatch' });
  // Kartra mints the OAuth state when Connect is pressed; with it, its callback judges (here: refuses) the attempt.
  const location = await redirectOf(suite, '/integrations/stripe/connect');
  const state = new URL(location).searchParams.get('state');
  if (!state) throw new Error(`Connect with Stripe gave no OAuth state: ${location}`);
  return openKartra(suite, `/integrations/stripe/callback?state=${state}&code=ac_refused`);
}

/** Where a Kartra URL redirects to. node:http, because fetch drops the Host header the sandbox routes on. */
function redirectOf(suite: Suite, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const host = `app.kartra.localhost:${suite.sandbox.port}`;
    get({ host: '127.0.0.1', port: suite.sandbox.port, path, headers: { host } }, (response) => {
      response.resume();
      if (response.headers.location) resolve(response.headers.location);
      else reject(new Error(`${path}: ${response.statusCode}, no redirect`));
    }).on('error', reject);
  });
}

async function openAll(page: Page, selector: string): Promise<void> {
  await page.$$eval(selector, (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
}

const RUNS = schemeRuns(BROWSERS).flatMap((run) => (['en', 'es'] as const).map((language) => ({ ...run, language })));

describe.each(RUNS)('accessibility in $browser, $label, $language', ({ browser, launchScheme, schemes, language }) => {
  const suite = useSuite(browser, { colourScheme: launchScheme, language });

  /** No violation in any scheme; soft, so one run lists every page's problems. */
  async function expectNoViolations(page: Page, where: string): Promise<void> {
    for (const scheme of schemes) {
      await showInScheme(page, browser, scheme);
      const violations = await findViolations(page);
      expect.soft(violations, describeViolations(`${where} (${browser}, ${scheme})`, violations)).toEqual([]);
    }
  }

  it('popup: integrations needing attention, all of them, a diagnosis and a pasted error', async () => {
    const kartra = await openKartraAfterRefusedConnect(suite);
    const popup = await openExtensionPage(suite, 'popup.html', kartra.tabId);
    await popup.waitForSelector('[data-testid="diagnosis"][data-diagnosis="kartra-account-mismatch"]');
    await popup.click('[data-testid="health"] button.link');
    await popup.waitForSelector('[data-testid="integration"][data-status="connected"]');
    await openAll(popup, 'details');
    await popup.type('[data-testid="error-text"]', 'Ineligible account');
    await popup.waitForSelector('.paste-diagnosis [data-testid="diagnosis"]');
    await expectNoViolations(popup, 'popup');
    await popup.close();
    await kartra.page.close();
  });

  it('side panel: before the guide starts, and mid-guide with steps done, the account check and the history', async () => {
    await scenario(suite, { delay: 0 });
    const { page: site, tabId } = await openKartra(suite);
    await waitForOverlayHosts(site, 1);
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    await panel.waitForSelector('[data-testid="start-card"] .callout.danger');
    await expectNoViolations(panel, 'side panel before the guide');

    await panel.click('[data-testid="start-guide"]');
    await panel.waitForSelector('[data-testid="current-step"][data-step="why-reconnect"]');
    const flow = { site, panel, tabId };
    await skipIntroduction(flow);
    await site.bringToFront();
    await openStripeEditWindow(flow);
    await panel.bringToFront();
    await panel.waitForSelector('[data-testid="original-key"]');
    await openAll(panel, 'details');
    await panel.waitForSelector('[data-testid="online-key-input"]');
    await expectNoViolations(panel, 'side panel mid-guide');
    await panel.close();
    await site.close();
  });

  it('options page: the built-in profile, and an override refused with its problems listed', async () => {
    const page = await openExtensionPage(suite, 'options.html');
    await page.waitForSelector('[data-testid="profile-source"]');
    await expectNoViolations(page, 'options page');

    await page.type('[data-testid="override-text"]', '{ "version": 1, "bannerWord": [] }');
    await page.click('[data-testid="override-validate"]');
    await page.waitForSelector('[data-testid="profile-errors"]');
    await expectNoViolations(page, 'options page with errors');
    await page.close();
  });

  it('options page: changes taught on the page, one undone, with the export', async () => {
    const page = await openExtensionPage(suite, 'options.html');
    await page.waitForSelector('[data-testid="taught-empty"]');
    await seedTaughtChanges(page, SAMPLE_TAUGHT);
    await page.waitForSelector('[data-testid="taught-change"]');
    await expectNoViolations(page, 'options page with taught changes');
    await page.click('[data-testid="taught-undo"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="taught-change"]').length === 2, { polling: 50 });
    await page.waitForSelector('[data-testid="taught-status"][data-tone="ok"]');
    await expectNoViolations(page, 'options page after an undo');
    await page.close();
  });

  it('in-page overlay: spotlight with its card and warning, tile marker with its note, account badge', async () => {
    const page = await openOverlayHarness(suite.ext.browser, language);
    await inHarness(page, 'showSpotlight');
    await inHarness(page, 'showMarker', true);
    await inHarness(page, 'showBadge');
    await expectNoViolations(page, 'overlay harness');
    await page.close();
  });

  // Behaviour, not words: once is enough.
  if (language === 'en') {
    it('in-page overlay: the hint is announced by a live region already in the page, each time it is shown', async () => {
      const page = await openOverlayHarness(suite.ext.browser);
      const announced = 'Open the tile’s menu. Click the three dots on the Stripe tile.';
      for (const round of [1, 2]) {
        // Screen readers announce changes to a live region, not the text it is inserted with: empty at mount…
        expect(await inHarness(page, 'showSpotlightAndReadLive'), `round ${round}`).toBe('');
        // …and the hint a frame later.
        expect(await inHarness(page, 'liveTextAfterFrames', 'sra-guide-overlay', 2), `round ${round}`).toBe(announced);
        await page.keyboard.press('Escape');
        expect(await inHarness(page, 'isShown', 'sra-guide-overlay'), `round ${round}`).toBe(false);
      }
      await page.close();
    });

    it('in-page overlay: Tab reaches its buttons, Enter and Space press them, Esc and "Hide hint" give focus back', async () => {
      const page = await openOverlayHarness(suite.ext.browser);
      const focus = () => inHarness(page, 'describeFocus');
      const target = 'page › More options for Stripe';
      const hideHint = 'sra-guide-overlay › Hide hint';
      /** Press Tab until focus is inside `host`, and return every stop on the way. */
      const tabInto = async (host: string) => {
        const stops: string[] = [];
        while (!stops.at(-1)?.startsWith(host)) {
          if (stops.length > 12) throw new Error(`Tab never reached ${host}: ${stops.join(', ')}`);
          await page.keyboard.press('Tab');
          stops.push(await focus());
        }
        return stops;
      };

      // The agent is on the element the hint points at: showing the hint leaves focus there.
      await page.focus('#stripe-menu');
      await inHarness(page, 'showSpotlight');
      expect(await focus()).toBe(target);
      // The card comes after the page in the tab order (its host is the last child of <html>).
      expect(await tabInto('sra-guide-overlay')).toEqual(['page › Help with integrations', hideHint]);
      await page.keyboard.press('Enter');
      expect(await inHarness(page, 'isShown', 'sra-guide-overlay')).toBe(false);
      expect(await focus()).toBe(target);

      // Puppeteer names the space bar ' ' in both browsers (WebDriver BiDi knows no 'Space').
      for (const key of [' ', 'Escape'] as const) {
        await inHarness(page, 'showSpotlight');
        await tabInto('sra-guide-overlay');
        expect(await focus()).toBe(hideHint);
        await page.keyboard.press(key);
        expect(await inHarness(page, 'isShown', 'sra-guide-overlay'), key).toBe(false);
        expect(await focus(), key).toBe(target);
      }

      // Esc from the page itself hides the hint too, and focus stays where the agent is.
      await inHarness(page, 'showSpotlight');
      await page.keyboard.press('Escape');
      expect(await inHarness(page, 'isShown', 'sra-guide-overlay')).toBe(false);
      expect(await focus()).toBe(target);

      // The tile marker is one button: Enter and Space both press it, and it keeps focus.
      await page.focus('#search');
      await inHarness(page, 'showMarker', false);
      const stops = await tabInto('sra-tile-marker');
      expect(stops.at(-1)).toBe('sra-tile-marker › ➜ Guide me through reconnecting');
      await page.keyboard.press('Enter');
      await page.keyboard.press(' ');
      expect(await harnessActions(page)).toEqual(['marker', 'marker']);
      expect(await focus()).toBe('sra-tile-marker › ➜ Guide me through reconnecting');
      await page.close();
    });
  }
});
