/**
 * The extension in a Spanish browser: its words follow the browser's language. The whole reconnect is walked in
 * Spanish, and at every step the side panel and the popup show none of our English sentences (the words Kartra and
 * Stripe show stay as they are: the sandbox is in English, as Kartra is).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { walkHappyPath } from '../../scripts/happy-path.ts';
import { englishIn, englishOnlyFragments } from './english-words.ts';
import { BROWSERS, openExtensionPage, scenario, useSuite } from './fixtures.ts';
import { tabIdOf } from './launch.ts';

const fragments = englishOnlyFragments('es');
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

describe.each(BROWSERS)('in Spanish, %s', (browserName) => {
  const suite = useSuite(browserName, { language: 'es' });

  it('has an English catalogue to look for (else the checks below prove nothing)', () => {
    expect(fragments.length).toBeGreaterThan(200);
    expect(fragments).toContain('Start the reconnect guide');
  });

  it('runs in Spanish: the browser says so, and the extension answers in Spanish', async () => {
    const popup = await openExtensionPage(suite, 'popup.html');
    const language = await popup.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    // A Debian browser without its language pack stays in English (scripts/setup/browsers.mjs installs them).
    expect(language, 'the browser runs in English: is its Spanish language pack installed?').toMatch(/^es/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
    expect(await popup.title()).toBe('Asistente de reconexión de Stripe');
    await popup.close();
  });

  it('walks the whole guide in Spanish, with no English sentence of ours on any step', async () => {
    await scenario(suite, { delay: 300 });
    const leaks: string[] = [];
    const headings: string[] = [];
    await walkHappyPath({
      browser: suite.ext.browser,
      extensionOrigin: suite.ext.extensionOrigin,
      sandbox: suite.sandbox,
      onStep: async (step, { panel }) => {
        const shown = await visibleText(panel);
        headings.push(await panel.$eval('#current-title', (el) => el.textContent ?? ''));
        for (const leak of englishIn(shown, fragments)) leaks.push(`${step}: ${leak}`);
      },
    });
    expect(leaks).toEqual([]);
    expect(headings).toEqual([
      'Por qué reconectar Stripe',
      'Abre el menú de la tarjeta',
      'Elige «Edit»',
      'Haz clic en «Connect with Stripe»',
      'Inicia sesión en Stripe',
      'Elige la misma cuenta',
      'Haz clic en «Connect»',
      'Después de reconectar',
    ]);
  });

  it('speaks Spanish in the popup on Kartra’s Integrations page', async () => {
    await scenario(suite, {});
    const site = await suite.ext.browser.newPage();
    await site.goto(`${suite.sandbox.origin('kartra-app')}/integrations`);
    const popup = await openExtensionPage(suite, 'popup.html', await tabIdOf(suite.ext, site));
    await popup.waitForSelector('[data-testid="integration"]');
    const shown = await visibleText(popup);
    expect(englishIn(shown, fragments), shown).toEqual([]);
    await popup.close();
    await site.close();
  });
});
