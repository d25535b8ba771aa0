/**
 * How the tests, `npm start` and the benchmark launch the system browsers (Debian's chromium and firefox-esr;
 * puppeteer's own downloads are neither possible nor wanted here). Paths can be overridden for other machines.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Flags that keep Chromium quiet on a machine with no network beyond loopback. */
export function chromiumArgs(extra: string[] = []): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    ...extra,
  ];
}
