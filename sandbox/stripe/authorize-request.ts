/**
 * Stripe's checks on /oauth/authorize. Failures are not redirected back to the platform: Stripe answers them itself
 * with a JSON body `{ error, error_description }` (docs/quality.md). Checked in this order, first failure wins.
 */
import { KARTRA_CLIENT_ID } from '../data/stripe-accounts.ts';

export interface AuthorizeParams {
  responseType: 'code';
  clientId: string;
  scope: 'read_write' | 'read_only';
  /** Absent → Stripe uses the platform's registered URI. */
  redirectUri: string;
  /** Echoed back untouched; Stripe does not require it (Kartra does). */
  state: string | null;
}

export interface AuthorizeError {
  error: 'unsupported_response_type' | 'invalid_request' | 'invalid_scope' | 'invalid_redirect_uri';
  error_description: string;
}

export type AuthorizeCheck = { ok: true; params: AuthorizeParams } | { ok: false; body: AuthorizeError };

/** The query names carried from the authorize URL through login and the picker form. */
export const AUTHORIZE_PARAM_NAMES = ['response_type', 'client_id', 'scope', 'redirect_uri', 'state'] as const;

export function checkAuthorizeRequest(query: URLSearchParams, kartraOrigin: string, defaultRedirectUri: string): AuthorizeCheck {
  const fail = (error: AuthorizeError['error'], description: string): AuthorizeCheck => ({ ok: false, body: { error, error_description: description } });

  const responseType = query.get('response_type');
  if (responseType !== 'code') {
    return fail('unsupported_response_type', responseType ? `Invalid response_type: ${responseType}. Only 'code' is supported.` : 'No response_type provided. Use response_type=code.');
  }
  const clientId = query.get('client_id');
  if (!clientId) return fail('invalid_request', 'No client_id provided.');
  if (clientId !== KARTRA_CLIENT_ID) return fail('invalid_request', `No such application: '${clientId}'.`);

  const scope = query.get('scope') ?? 'read_only';
  if (scope !== 'read_write' && scope !== 'read_only') return fail('invalid_scope', `Invalid scope: ${scope}. Valid scopes are read_only and read_write.`);

  const redirectUri = query.get('redirect_uri') ?? defaultRedirectUri;
  if (originOf(redirectUri) !== kartraOrigin) {
    return fail('invalid_redirect_uri', `Invalid redirect URI '${redirectUri}'. Ensure this uri exactly matches one of the uris specified in your application settings.`);
  }
  return { ok: true, params: { responseType: 'code', clientId, scope, redirectUri, state: query.get('state') } };
}

function originOf(uri: string): string | undefined {
  try {
    return new URL(uri).origin;
  } catch {
    return undefined;
  }
}

/** Where Stripe sends the user back, with the answer's parameters appended. */
export function redirectBack(params: AuthorizeParams, answer: Record<string, string>): string {
  const target = new URL(params.redirectUri);
  for (const [name, value] of Object.entries(answer)) target.searchParams.set(name, value);
  if (params.state !== null) target.searchParams.set('state', params.state);
  return target.toString();
}
