/**
 * Acting on pages as an agent would: find things by their visible text or accessible name and click them with real
 * input events (puppeteer's clicks are trusted; the extension ignores synthetic ones).
 */
import type { ElementHandle, Page } from 'puppeteer-core';

const WAIT_MS = 15_000;

/** The first visible element matching `selector` whose text or aria-label matches `label`. */
export async function waitForLabelled(page: Page, selector: string, label: string | RegExp, timeout = WAIT_MS): Promise<ElementHandle<Element>> {
  const source = label instanceof RegExp ? label.source : `^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`;
  const flags = label instanceof RegExp ? label.flags : 'i';
  const handle = await page.waitForFunction(
    (sel: string, src: string, fl: string) => {
      const pattern = new RegExp(src, fl);
      for (const el of document.querySelectorAll(sel)) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const text = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '';
        if (pattern.test(text.trim())) return el;
      }
      return null;
    },
    // Interval polling: animation-frame polling stalls in background tabs.
    { timeout, polling: 100 },
    selector,
    source,
    flags,
  );
  return handle as ElementHandle<Element>;
}

export async function clickLabelled(page: Page, selector: string, label: string | RegExp): Promise<void> {
  const element = await waitForLabelled(page, selector, label);
  await element.scrollIntoView();
  await element.click();
}

/** Wait until the page's visible text matches. */
export async function waitForText(page: Page, pattern: RegExp, timeout = WAIT_MS): Promise<void> {
  await page.waitForFunction((src: string, fl: string) => new RegExp(src, fl).test(document.body?.innerText ?? ''), { timeout, polling: 100 }, pattern.source, pattern.flags);
}

/**
 * Number of our overlay hosts in the page. They are nameless divs on <html> with closed shadow roots, so what a page
 * (and a test) can see of them is children of <html> other than <head> and <body>; a spotlight, a marker and a badge
 * look the same from outside.
 */
export async function overlayHostCount(page: Page): Promise<number> {
  return page.evaluate(() => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length);
}

/** Wait until the page holds `count` overlay hosts (`atLeast`: that many or more). */
export async function waitForOverlayHosts(page: Page, count: number, { atLeast = false, timeout = WAIT_MS } = {}): Promise<void> {
  await page.waitForFunction(
    (n: number, min: boolean) => {
      const hosts = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length;
      return min ? hosts >= n : hosts === n;
    },
    { timeout, polling: 50 },
    count,
    atLeast,
  );
}

/** Set a textarea's whole text at once (a full profile is too long to type) and let Preact see the input event. */
export async function fillTextarea(page: Page, selector: string, text: string): Promise<void> {
  await page.$eval(
    selector,
    (el, value) => {
      const area = el as HTMLTextAreaElement;
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}
