import { IS_SANDBOX_BUILD, siteRoleOf } from '../origins';
import { findConnectButton, findLoginForm } from './connect-buttons';
import { readConnectErrorPage } from './connect-error-page';
import { readPickerAccounts } from './picker-accounts';

/**
 * What the agent is looking at on Stripe, and the one import for every Stripe page reader. All readers take the URL
 * and/or Document as parameters, work from roles, text and behaviour (never a single class name: Stripe's are
 * hashed), search open shadow roots, and never throw.
 */

export type { AuthorizeParams } from './authorize-params';
export { readAuthorizeParams } from './authorize-params';
export type { ElementLookup, LoginForm } from './connect-buttons';
export { findCancelButton, findConnectButton, findLoginForm } from './connect-buttons';
export type { ConnectError } from './connect-error-page';
export { parseConnectErrorText, readConnectErrorPage } from './connect-error-page';
export type { DashboardAccount, PublishableKeyReading } from './dashboard-page';
export { isTestModeUrl, readApiKeysPagePublishableKey, readDashboardActiveAccount } from './dashboard-page';
export type { PickerAccount } from './picker-accounts';
export { readPickerAccounts, readSelectedPickerAccount } from './picker-accounts';

export type StripePageKind =
  | 'connect-login'
  | 'connect-picker'
  | 'connect-error'
  | 'dashboard'
  | 'dashboard-apikeys'
  | 'other';

export interface ClassifyOptions {
  /** Accept the sandbox stand-in hosts (`connect.stripe.localhost`, …). Defaults to the build mode. */
  acceptSandbox?: boolean;
}

function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '');
}

/** `/apikeys`, `/test/apikeys`, `/acct_…/apikeys`, `/acct_…/test/apikeys` (and a trailing slash). */
function isApiKeysPath(url: URL): boolean {
  const segments = pathSegments(url);
  const rest = segments[0]?.startsWith('acct_') ? segments.slice(1) : segments;
  const page = rest[0] === 'test' ? rest.slice(1) : rest;
  return page.length === 1 && page[0] === 'apikeys';
}

/** A dashboard sign-in that will continue into the Connect flow (`/login?redirect=…/oauth/…`). */
function isLoginForConnect(url: URL): boolean {
  for (const value of url.searchParams.values()) if (/\/oauth(\/v2)?\/authorize/.test(value)) return true;
  return false;
}

function classifyConnect(doc: Document): StripePageKind {
  if (readConnectErrorPage(doc)) return 'connect-error';
  const login = findLoginForm(doc);
  if (login?.password) return 'connect-login';
  if (readPickerAccounts(doc).length > 0 || findConnectButton(doc).status !== 'none') return 'connect-picker';
  if (login) return 'connect-login';
  return 'other';
}

/**
 * Which Stripe page this is. Connect host: JSON error body → 'connect-error'; a password field → 'connect-login';
 * accounts or a Connect button → 'connect-picker'; an email step with a sign-in button → 'connect-login'.
 * Dashboard host: API keys path → 'dashboard-apikeys'; a sign-in form → 'connect-login' when it continues into the
 * Connect flow, else 'other'; anything else → 'dashboard'. Any other host → 'other'.
 */
export function classifyStripePage(url: string, doc: Document, options: ClassifyOptions = {}): StripePageKind {
  try {
    const role = siteRoleOf(url, options.acceptSandbox ?? IS_SANDBOX_BUILD);
    const parsed = new URL(url);
    if (role === 'stripe-connect') return classifyConnect(doc);
    if (role !== 'stripe-dashboard') return 'other';
    if (isApiKeysPath(parsed)) return 'dashboard-apikeys';
    const login = findLoginForm(doc);
    // An email box alone is no sign-in page inside the dashboard (customer forms have them); on /login it is.
    if (login && (login.password || pathSegments(parsed)[0] === 'login')) {
      return isLoginForConnect(parsed) ? 'connect-login' : 'other';
    }
    return 'dashboard';
  } catch {
    return 'other';
  }
}
