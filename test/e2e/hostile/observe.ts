/**
 * What the hostile-page gate watches: every console line, uncaught error and request of the pages it opens and (in
 * Chromium) of the extension's service worker; the verdict and the guide as the background stored them.
 *
 * What each browser exposes: Chromium reports a content script's console output and uncaught errors as the page's own
 * (puppeteer `console`/`pageerror`), told apart by the extension URL in their location or stack; its service worker is
 * a CDP target whose console, exceptions and network we attach to. Firefox's WebDriver BiDi shows the page's realm
 * only: content-script sandboxes and the background page are not realms it reports, so there the gate sees the
 * extension's errors and requests only through extension pages and the page itself.
 */
import type { CDPSession, HTTPRequest, Page, Target } from 'puppeteer-core';
import type { LaunchedExtension } from '../launch.ts';
import { readStorage } from '../lifecycle-helpers.ts';
import type { Verdict } from './hostile-fixtures.ts';

export interface SeenRequest {
  from: string;
  url: string;
  /** URL, headers and body as one text, for canary searches. */
  text: string;
}

export interface Observed {
  console: string[];
  /** Uncaught errors and console errors whose location or stack is the extension's. */
  extensionErrors: string[];
  requests: SeenRequest[];
}

export function newObserved(): Observed {
  return { console: [], extensionErrors: [], requests: [] };
}

function requestText(request: HTTPRequest): string {
  // Firefox's BiDi requests can refuse headers() or postData() once intercepted or finished: keep what can be read.
  const read = (part: () => string) => {
    try {
      return part();
    } catch {
      return '';
    }
  };
  return [request.url(), read(() => JSON.stringify(request.headers())), read(() => request.postData() ?? '')].join('\n');
}

/** Records `page`'s console, errors and requests into `into`, under the name `from`. */
export function watchPage(page: Page, from: string, extensionOrigin: string, into: Observed): void {
  page.on('console', (message) => {
    const where = message.location()?.url ?? '';
    const line = `${from} ${message.type()} ${where}: ${message.text()}`;
    // The browser's own line for a page that answered with an error status names the page's URL, canaries and all:
    // that is the browser reporting the site, not anything of ours.
    if (from === 'site' && !where.startsWith(extensionOrigin) && message.text().startsWith('Failed to load resource')) return;
    into.console.push(line);
    if (message.type() === 'error' && (where.startsWith(extensionOrigin) || message.text().includes(extensionOrigin))) into.extensionErrors.push(line);
  });
  page.on('pageerror', (error) => {
    const text = `${from} uncaught: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`;
    into.console.push(text);
    if (text.includes(extensionOrigin) || from !== 'site') into.extensionErrors.push(text);
  });
  page.on('request', (request) => into.requests.push({ from, url: request.url(), text: requestText(request) }));
}

/** Chromium: the extension's service worker, every incarnation of it, through CDP. */
export async function watchServiceWorkers(ext: LaunchedExtension, into: Observed): Promise<() => void> {
  const sessions: CDPSession[] = [];
  const attach = async (target: Target) => {
    if (target.type() !== 'service_worker' || !target.url().startsWith(ext.extensionOrigin)) return;
    const cdp = await target.createCDPSession().catch(() => undefined);
    if (!cdp) return;
    sessions.push(cdp);
    cdp.on('Runtime.consoleAPICalled', (event) => {
      const line = `worker ${event.type}: ${event.args.map((a) => a.value ?? a.description ?? '').join(' ')}`;
      into.console.push(line);
      if (event.type === 'error') into.extensionErrors.push(line);
    });
    cdp.on('Runtime.exceptionThrown', (event) => {
      const line = `worker uncaught: ${event.exceptionDetails.exception?.description ?? event.exceptionDetails.text}`;
      into.console.push(line);
      into.extensionErrors.push(line);
    });
    cdp.on('Network.requestWillBeSent', (event) => {
      const { url, headers, postData } = event.request;
      into.requests.push({ from: 'worker', url, text: [url, JSON.stringify(headers), postData ?? ''].join('\n') });
    });
    await Promise.all([cdp.send('Runtime.enable'), cdp.send('Network.enable')]).catch(() => undefined);
  };
  const onCreated = (target: Target) => void attach(target);
  ext.browser.on('targetcreated', onCreated);
  await Promise.all(ext.browser.targets().map(attach));
  return () => {
    ext.browser.off('targetcreated', onCreated);
    for (const cdp of sessions) void cdp.detach().catch(() => undefined);
  };
}

interface ReportIntegration {
  name: string;
  status: string;
  isStripe: boolean;
}
export interface Report {
  onIntegrationsPage: boolean;
  integrations: ReportIntegration[];
  stripeAmbiguous: boolean;
  reconnectIndex?: number;
}

export async function reportOf(probe: Page, tabId: number): Promise<Report | undefined> {
  const session = await readStorage(probe, 'session');
  return (session.tabHealth as Record<string, { report: Report }> | undefined)?.[String(tabId)]?.report;
}

/** The extension's conclusion about the Stripe tile, as the popup and panel show it. */
export function verdictOf(report: Report | undefined): Verdict {
  if (!report?.onIntegrationsPage || report.integrations.length === 0 || report.stripeAmbiguous) return 'cannot-tell';
  const stripes = report.integrations.filter((i) => i.isStripe);
  if (stripes.length === 0) return 'no-stripe';
  const tile = report.reconnectIndex === undefined ? stripes[0]! : report.integrations[report.reconnectIndex]!;
  if (tile.status === 'needs-attention') return 'stripe-needs-attention';
  return tile.status === 'unknown' ? 'cannot-tell' : 'stripe-fine';
}

/** What decides the guide of `tabId`: step, keys, candidate, warning. Undefined: no guide for the tab. */
/** The whole stored guide of `tabId`'s tab. */
export async function guideOf(probe: Page, tabId: number): Promise<Record<string, unknown> | undefined> {
  const trusted = await readStorage(probe, 'trusted');
  const guides = Object.values((trusted.guides ?? {}) as Record<string, Record<string, unknown> & { tabIds?: number[] }>);
  return guides.find((g) => g.tabIds?.includes(tabId));
}

export async function guideStateOf(probe: Page, tabId: number): Promise<Record<string, unknown> | undefined> {
  const guide = await guideOf(probe, tabId);
  if (!guide) return undefined;
  const { stepId, originalKey, newerKey, candidate, warning, status, outcome } = guide;
  return { stepId, originalKey, newerKey, candidate, warning, status, outcome };
}

/** Every storage area, as text. */
export async function allStorageText(probe: Page): Promise<string> {
  const areas = await Promise.all((['local', 'session', 'sync', 'trusted'] as const).map((area) => readStorage(probe, area)));
  return JSON.stringify(areas);
}

/** Every text a page holds in its DOM, open shadow roots and form values included. */
export async function domText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
      }
    };
    walk(document);
    return parts.join('\n');
  });
}

/** Polls `read` until `done` holds or 15 s pass; returns the last value read. Polling, not sleeping: no timed assertion. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
