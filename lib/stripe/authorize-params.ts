/**
 * The query of Stripe's OAuth authorize URL
 * (`https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_…&scope=read_write&state=…`).
 * Tolerant: a broken URL or a missing parameter gives `undefined` fields, never an exception.
 */

export interface AuthorizeParams {
  /** True when the path is Stripe's authorize endpoint (`/oauth/authorize`, `/oauth/v2/authorize`). */
  isAuthorizePath: boolean;
  client_id?: string;
  state?: string;
  redirect_uri?: string;
  scope?: string;
  response_type?: string;
}

const PARAM_NAMES = ['client_id', 'state', 'redirect_uri', 'scope', 'response_type'] as const;
/** Longer values are not Stripe's; cut rather than carry them around. */
const MAX_VALUE_LENGTH = 2048;
const MAX_URL_LENGTH = 16_384;
const AUTHORIZE_PATH = /^\/oauth(\/v2)?\/authorize\/?$/;

/** Read the OAuth parameters of an authorize URL. The first occurrence of a repeated parameter wins. */
export function readAuthorizeParams(url: string): AuthorizeParams {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return { isAuthorizePath: false };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { isAuthorizePath: false };
  }
  const params: AuthorizeParams = { isAuthorizePath: AUTHORIZE_PATH.test(parsed.pathname) };
  for (const name of PARAM_NAMES) {
    const value = parsed.searchParams.get(name);
    if (value !== null && value.trim() !== '') params[name] = value.trim().slice(0, MAX_VALUE_LENGTH);
  }
  return params;
}
