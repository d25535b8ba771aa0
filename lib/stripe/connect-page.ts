import { IS_SANDBOX_BUILD, siteRoleOf } from '../origins';
import { matchesAny, type CompiledStripeProfile } from './compiled-stripe-profile';
import { findConnectButton, findLoginForm } from './connect-buttons';
import { readConnectErrorPage } from './connect-error-page';
import { readPickerAccounts } from './picker-accounts';

/**
 * What the agent is looking at on Stripe, and the one import for every Stripe page reader. All readers take the URL
 * and/or Document as parameters, work from roles, text and behaviour (never a single class name: Stripe's are
 * hashed), search open shadow roots, and never throw.
 */

export type { AuthorizeParams } from './authorize-params';
export type { CompiledStripeProfile } from './compiled-stripe-profile';
export { compileStripeProfile } from './compiled-stripe-profile';
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

/** A dashboard sign-in that will continue into the Connect flow (`/login?redirect=…/oauth/…`). */
function isLoginForConnect(url: URL, stripe: CompiledStripeProfile): boolean {
  for (const value of url.searchParams.values()) if (matchesAny(value, stripe.urls.continuesToConnect)) return true;
  return false;
}

function classifyConnect(doc: Document, stripe: CompiledStripeProfile): StripePageKind {
  if (readConnectErrorPage(doc)) return 'connect-error';
  const login = findLoginForm(doc, stripe);
  if (login?.password) return 'connect-login';
  if (readPickerAccounts(doc, stripe).length > 0 || findConnectButton(doc, stripe).status !== 'none') return 'connect-picker';
  if (login) return 'connect-login';
  return 'other';
}

/**
 * Which Stripe page this is. Connect host: JSON error body → 'connect-error'; a password field → 'connect-login';
 * accounts or a Connect button → 'connect-picker'; an email step with a sign-in button → 'connect-login'.
 * Dashboard host: API keys path → 'dashboard-apikeys'; a sign-in form → 'connect-login' when it continues into the
 * Connect flow, else 'other'; anything else → 'dashboard'. Any other host → 'other'.
 */
export function classifyStripePage(url: string, doc: Document, stripe: CompiledStripeProfile, options: ClassifyOptions = {}): StripePageKind {
  try {
    const role = siteRoleOf(url, options.acceptSandbox ?? IS_SANDBOX_BUILD);
    const parsed = new URL(url);
    if (role === 'stripe-connect') return classifyConnect(doc, stripe);
    if (role !== 'stripe-dashboard') return 'other';
    if (matchesAny(parsed.pathname, stripe.urls.apiKeysPath)) return 'dashboard-apikeys';
    const login = findLoginForm(doc, stripe);
    // An email box alone is no sign-in page inside the dashboard (customer forms have them); on /login it is.
    if (login && (login.password || matchesAny(parsed.pathname, stripe.urls.loginPath))) {
      return isLoginForConnect(parsed, stripe) ? 'connect-login' : 'other';
    }
    return 'dashboard';
  } catch {
    return 'other';
  }
}
