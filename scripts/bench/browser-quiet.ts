/**
 * Wait until a browser stops working on its own: the CPU time of all its processes (DevTools SystemInfo) grows by
 * less than `quietShare` of one core over `windowMs`, twice in a row. A condition, not a sleep: a new window makes
 * Chromium build its own UI in another renderer for up to a second or so, on the cores a measurement then shares.
 */
import type { Browser } from 'puppeteer-core';

export interface QuietResult {
  /** How long the wait took. */
  waitedMs: number;
  /** False when `timeoutMs` passed first (the figures that follow then overlap browser work). */
  quiet: boolean;
}

export async function waitForQuietBrowser(browser: Browser, { windowMs = 200, quietShare = 0.05, timeoutMs = 10_000 } = {}): Promise<QuietResult> {
  const session = await browser.target().createCDPSession();
  const started = performance.now();
  try {
    const cpuSeconds = async (): Promise<number> => {
      const { processInfo } = await session.send('SystemInfo.getProcessInfo');
      return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
    };
    let previous = await cpuSeconds();
    let quietWindows = 0;
    while (performance.now() - started < timeoutMs) {
      await new Promise((resolve) => setTimeout(resolve, windowMs));
      const now = await cpuSeconds();
      const share = ((now - previous) * 1000) / windowMs;
      previous = now;
      quietWindows = share < quietShare ? quietWindows + 1 : 0;
      if (quietWindows >= 2) return { waitedMs: performance.now() - started, quiet: true };
    }
    return { waitedMs: performance.now() - started, quiet: false };
  } finally {
    await session.detach();
  }
}
