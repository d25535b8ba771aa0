/**
 * The team's policy, end to end, in Firefox with a REAL managed-storage manifest: Firefox reads
 * `$HOME/.mozilla/managed-storage/<gecko id>.json` when it starts, so each suite launches Firefox with HOME pointing
 * at a temporary directory holding one. The team's Kartra profile moves the Integrations page elsewhere, which the
 * Kartra tab's detection shows at once: built-in < team < the agent's own, and "agents may not" keeps the agent out.
 *
 * Chrome's storage.managed can only be filled by OS policy (a file in /etc/…/policies/managed, which needs root and
 * holds for every Chrome on the machine), so Chrome is covered by the unit tests instead:
 * test/unit/policy/profile-layers.test.ts (the layers, on fakeBrowser) and managed-schema.test.ts (its schema).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, findViolations } from './axe-audit.ts';
import { showInScheme, type ColourScheme } from './colour-scheme.ts';
import { BROWSERS, openExtensionPage, openKartra, useSuite, type Suite } from './fixtures.ts';
import { SAMPLE_TAUGHT, seedTaughtChanges } from './taught-changes.ts';
import { GECKO_ID } from './launch.ts';
import { fillTextarea } from './page-actions.ts';

/** The team says Kartra's Integrations page now lives at /team-integrations: /integrations is not it any more. */
const TEAM_KARTRA = { version: 1, route: { pathPatterns: ['(^|/)team-integrations(/|$)'] } };
/** An agent's own override that puts it back. */
const AGENT_KARTRA = { version: 1, route: { pathPatterns: ['(^|/)integrations(/|$)'] } };

/** A home directory with the managed-storage manifest Firefox reads for our extension. */
function homeWithPolicy(data: Record<string, unknown>): string {
  const home = mkdtempSync(join(tmpdir(), 'sra-policy-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'Test team policy', type: 'storage', data }));
  return home;
}

const K = '[data-testid="profile-section"]';
const S = '[data-testid="stripe-profile-section"]';

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
const attrOf = (page: Page, selector: string, name: string) => page.$eval(selector, (el, n) => el.getAttribute(n), name);

/** The popup of the Kartra tab, until it says the page is (`on`) or is not (`off`) Kartra's Integrations page. */
async function waitForRoute(suite: Suite, tabId: number, route: 'on' | 'off'): Promise<void> {
  const popup = await openExtensionPage(suite, 'popup.html', tabId);
  const check =
    route === 'off'
      ? `!!document.querySelector('[data-testid="health-off-route"]')`
      : `document.querySelector('#health-title')?.textContent === '1 integration needs attention'`;
  try {
    await popup.waitForFunction(check, { polling: 100, timeout: 15_000 });
  } catch (error) {
    const shown = await popup.evaluate(() => document.querySelector('main')?.textContent?.slice(0, 200));
    throw new Error(`popup never showed the page ${route} route; it shows: ${shown}`, { cause: error });
  } finally {
    await popup.close();
  }
}


describe.runIf(BROWSERS.includes('firefox'))('the team’s policy from a managed-storage manifest, in Firefox', () => {
  describe('agents may add their own changes: built-in < team < agent', () => {
    const suite = useSuite('firefox', { home: homeWithPolicy({ kartraProfileOverride: JSON.stringify(TEAM_KARTRA) }) });

    it('reads the Kartra tab with the team profile, shows where it came from, and lets the agent’s override win', async () => {
      const { page, tabId } = await openKartra(suite);
      // The team's profile reaches the content script: /integrations is no longer the Integrations page.
      await waitForRoute(suite, tabId, 'off');

      const options = await openExtensionPage(suite, 'options.html');
      await options.waitForSelector(`${K} [data-testid="profile-source"][data-source="managed"]`);
      expect(await attrOf(options, `${K} [data-testid="layer-managed"]`, 'data-state')).toBe('applied');
      expect(await textOf(options, `${K} [data-testid="layer-managed"]`)).toBe('Your team’s policy: sets route.pathPatterns.');
      expect(await textOf(options, `${K} [data-testid="active-profile-json"]`)).toContain('team-integrations');
      // The Stripe profile has no team layer: the policy names Kartra's only.
      expect(await attrOf(options, `${S} [data-testid="layer-managed"]`, 'data-state')).toBe('absent');

      // The agent's own override, merged onto the team's, puts the page back.
      await fillTextarea(options, `${K} [data-testid="override-text"]`, JSON.stringify(AGENT_KARTRA));
      await options.click(`${K} [data-testid="override-save"]`);
      await options.waitForSelector(`${K} [data-testid="profile-source"][data-source="override"]`);
      expect(await textOf(options, `${K} [data-testid="profile-source"] p`)).toMatch(/Override active saved .*, merged onto your team’s profile\./);
      expect(await textOf(options, `${K} [data-testid="layer-agent"]`)).toBe('Your own override: sets route.pathPatterns.');
      expect(await textOf(options, `${K} [data-testid="layer-managed"]`)).toBe('Your team’s policy: everything it sets is replaced by your own override.');
      await waitForRoute(suite, tabId, 'on');
      mkdirSync('artifacts/policy-screenshots', { recursive: true });
      await options.setViewport({ width: 900, height: 1400 });
      await options.screenshot({ path: 'artifacts/policy-screenshots/options-team-and-own.png', fullPage: true });

      // Removing it brings the team's profile back into force, in the open tab too.
      await options.click(`${K} [data-testid="profile-reset"]`);
      await options.click(`${K} [data-testid="profile-reset-confirm"]`);
      await options.waitForSelector(`${K} [data-testid="profile-source"][data-source="managed"]`);
      await waitForRoute(suite, tabId, 'off');
      await options.close();
      await page.close();
    });
  });

  describe.each<ColourScheme>(['light', 'dark'])('agents may not change the profile (%s)', (scheme) => {
    const suite = useSuite('firefox', {
      colourScheme: scheme,
      home: homeWithPolicy({
        kartraProfileOverride: TEAM_KARTRA,
        // Not valid: ignored as a whole and reported; the Kartra profile and the switch still apply.
        stripeProfileOverride: '{"version": 1, "words": {"connectButton": []}, "word": {}}',
        allowAgentOverrides: false,
      }),
    });

    it('keeps the editor off, refuses a save with its reason, and keeps the team profile in force', async () => {
      const options = await openExtensionPage(suite, 'options.html');
      await options.setViewport({ width: 900, height: 1400 });
      await showInScheme(options, 'firefox', scheme);
      await options.waitForSelector(`${K} [data-testid="profile-source"][data-source="forbidden"]`);
      expect(await textOf(options, `${K} [data-testid="profile-source"] p`)).toMatch(
        /your team’s policy does not allow your own changes; your team’s profile is in force\./,
      );
      expect(await textOf(options, `${K} [data-testid="override-forbidden"]`)).toMatch(/^Your team’s policy does not allow your own changes, so the editor is off\./);
      expect(await options.$eval(`${K} [data-testid="override-editor"]`, (el) => (el as HTMLFieldSetElement).disabled)).toBe(true);
      expect(await options.$eval(`${K} [data-testid="override-text"]`, (el) => (el as HTMLTextAreaElement).matches(':disabled'))).toBe(true);

      // The invalid Stripe profile: reported with each field and reason, and the built-in one stays in force.
      expect(await attrOf(options, `${S} [data-testid="layer-managed"]`, 'data-state')).toBe('invalid');
      const problems = await options.$$eval(`${S} [data-testid="layer-managed"] [data-testid="profile-errors"] li`, (items) => items.map((li) => li.textContent ?? ''));
      expect(problems).toEqual(
        expect.arrayContaining(['words.connectButton: must hold at least one rule', expect.stringMatching(/^word: unknown field/)]),
      );
      expect(await attrOf(options, `${S} [data-testid="profile-source"]`, 'data-source')).toBe('forbidden');

      // A save sent anyway (the editor is off) is refused by the background with a reason code.
      const reply = await options.evaluate(async () => {
        type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        return (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage({
          type: 'profile/set-override',
          site: 'kartra',
          json: '{"version": 1, "route": {"pathPatterns": ["(^|/)integrations(/|$)"]}}',
        });
      });
      expect(reply).toEqual({ ok: true, value: { saved: false, errors: [], refused: 'forbidden-by-policy' } });

      // What the agent taught on the page is theirs too: kept, shown as not applied, like their override.
      await seedTaughtChanges(options, SAMPLE_TAUGHT);
      await options.waitForSelector(`${K} [data-testid="layer-taught"][data-state="forbidden"]`);
      expect(await textOf(options, `${K} [data-testid="layer-taught"]`)).toMatch(/not applied; your team’s policy does not allow your own changes/);

      const violations = await findViolations(options);
      expect(violations, describeViolations(`options page with a team policy (${scheme})`, violations)).toEqual([]);
      mkdirSync('artifacts/policy-screenshots', { recursive: true });
      await options.screenshot({ path: `artifacts/policy-screenshots/options-team-policy-${scheme}.png`, fullPage: true });
      await options.close();

      const { page, tabId } = await openKartra(suite);
      await waitForRoute(suite, tabId, 'off');
      await page.close();
    });
  });
});
