/**
 * Renders the toolbar icons (plain and alert variants, 16–128 px) from one SVG with headless Chromium, so the PNGs in
 * public/ can be regenerated after a design change: `node scripts/make-icons.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs } from '../test/e2e/browsers.ts';

const SIZES = [16, 32, 48, 128];

// Two linked rings (reconnect) on Stripe-like indigo; the alert variant adds a red dot in the corner.
function iconSvg(size: number, alert: boolean): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#533afd"/>
  <g fill="none" stroke="#fff" stroke-width="13" stroke-linecap="round">
    <path d="M58 44 L70 32 a20 20 0 0 1 28 28 L86 72"/>
    <path d="M70 84 L58 96 a20 20 0 0 1 -28 -28 L42 56"/>
    <path d="M52 76 L76 52"/>
  </g>
  ${alert ? '<circle cx="100" cy="100" r="26" fill="#d92d20" stroke="#fff" stroke-width="8"/>' : ''}
</svg>`;
}

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, pipe: true, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  for (const [variant, alert] of [['icon', false], ['icon-alert', true]] as const) {
    await mkdir(`public/${variant}`, { recursive: true });
    for (const size of SIZES) {
      await page.setViewport({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(size, alert)}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await writeFile(`public/${variant}/${size}.png`, png);
    }
  }
  console.log('icons written to public/icon and public/icon-alert');
} finally {
  await browser.close();
}
