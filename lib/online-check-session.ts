/**
 * The optional online account check as the extension's pages run it (options page, side panel): where Stripe's API is,
 * the optional host permission for it, and the restricted key kept for this browser session only.
 *
 * It runs in the page, not the background: lib/stripe/online-check.ts loads the stripe SDK with `import()`, which a
 * Chrome MV3 service worker cannot do. Only extension pages import this file (storage.session is theirs).
 */
import { browser } from 'wxt/browser';
import { IS_SANDBOX_BUILD, matchPatternsFor, siteRoleOf, siteUrl } from './origins';
import { onlineCheckKeyItem } from './session-storage';
import { checkAccountOnline, type OnlineCheckFailure, type OnlineCheckResult } from './stripe/online-check';
import { parseStripeKey } from './stripe/stripe-key';

/** Where the key may be sent, and the host permission that covers it. */
export interface ApiTarget {
  origin: string;
  host: string;
  port?: number;
  protocol: 'http' | 'https';
  /** Match pattern for `permissions.request`; patterns carry no port, so one grant covers any sandbox port. */
  permissionPattern: string;
}

/** The API next to a site the agent uses: production always; sandbox builds keep the reference's port. */
export function apiTargetFor(reference?: string): ApiTarget {
  const url = new URL(siteUrl('stripe-api', '/', reference));
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return {
    origin: url.origin,
    host: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    protocol,
    permissionPattern: `${protocol}://${url.hostname}/*`,
  };
}

/** `?apiOrigin=` is honoured only by sandbox builds, and only when it names the sandbox's Stripe API host. */
export function apiOriginFromSearch(search: string, sandbox: boolean = IS_SANDBOX_BUILD): string | undefined {
  if (!sandbox) return undefined;
  const raw = new URLSearchParams(search).get('apiOrigin');
  return raw && siteRoleOf(raw, true) === 'stripe-api' ? raw : undefined;
}

/**
 * Find the API target for a page. Production builds need nothing; sandbox builds take the port from `apiOrigin`, the
 * described tab, or any open sandbox Kartra tab (the options page usually has no tab of its own).
 */
export async function resolveApiTarget(hints: { apiOrigin?: string; tabId?: number }): Promise<ApiTarget> {
  if (!IS_SANDBOX_BUILD) return apiTargetFor();
  if (hints.apiOrigin) return apiTargetFor(hints.apiOrigin);
  // A closed tab or a failing lookup only costs the sandbox port: the next clue, then the production address.
  const described = hints.tabId === undefined ? undefined : await browser.tabs.get(hints.tabId).catch(() => undefined);
  if (siteRoleOf(described?.url)) return apiTargetFor(described?.url);
  const kartraTabs = await browser.tabs.query({ url: matchPatternsFor('kartra-app') }).catch(() => []);
  return apiTargetFor(kartraTabs.find((tab) => siteRoleOf(tab.url))?.url);
}

export type PermissionAnswer = { granted: true } | { granted: false; error?: string };

/**
 * Ask for the API host. Call it synchronously from the click handler, before any `await`: browsers only show the
 * prompt during a user gesture. Already granted resolves true without a prompt.
 */
export function requestApiPermission(target: ApiTarget): Promise<PermissionAnswer> {
  try {
    return browser.permissions.request({ origins: [target.permissionPattern] }).then(
      (granted) => (granted ? { granted: true } : { granted: false }),
      (error: unknown) => ({ granted: false, error: errorText(error) }),
    );
  } catch (error) {
    return Promise.resolve({ granted: false, error: errorText(error) });
  }
}

/** Only a well-formed restricted key is ever kept or sent. */
export function isRestrictedKey(text: string): boolean {
  const parsed = parseStripeKey(text);
  return parsed.valid && parsed.kind === 'restricted';
}

export function isSecretKey(text: string): boolean {
  const parsed = parseStripeKey(text);
  return parsed.valid && parsed.kind === 'secret';
}

/** Why a key is refused: the same failure checkAccountOnline gives, obtained without contacting anyone. */
export async function refusalFor(text: string): Promise<OnlineCheckFailure | undefined> {
  if (isRestrictedKey(text)) return undefined;
  const result = await checkAccountOnline(text);
  return result.ok ? undefined : result;
}

/** Keep the key for this browser session only (storage.session: cleared when the browser closes). */
export async function rememberKey(key: string): Promise<void> {
  const parsed = parseStripeKey(key);
  if (!parsed.valid || parsed.kind !== 'restricted') return;
  await onlineCheckKeyItem.setValue(parsed.normalized);
}

export async function forgetKey(): Promise<void> {
  await onlineCheckKeyItem.removeValue();
}

/** What is stored, if it is still a restricted key; anything else (hand-edited storage) counts as none. */
export function storedRestrictedKey(value: unknown): string | undefined {
  return typeof value === 'string' && isRestrictedKey(value) ? value : undefined;
}

export function runOnlineCheck(key: string, target: ApiTarget): Promise<OnlineCheckResult> {
  return checkAccountOnline(key, {
    host: target.host,
    protocol: target.protocol,
    ...(target.port !== undefined ? { port: target.port } : {}),
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
