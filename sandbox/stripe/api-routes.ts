/**
 * api.stripe.localhost: just enough of the Stripe API for the optional online check, `GET /v1/account`.
 * Each account's restricted keys (rk_live_/rk_test_) answer 200 with that account; two special keys answer 429 and
 * 403; publishable keys, missing keys and anything else answer 401 — all with Stripe's error envelope. Permissive
 * CORS, so the extension can call it from its pages and the `stripe` package (fetch client) works in a browser.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { NO_PERMISSION_KEY_PREFIX, RATE_LIMITED_KEY_PREFIX, findAccountByRestrictedKey } from '../data/stripe-accounts.ts';
import { sendJson } from '../http/respond.ts';
import { accountObject, maskKey, stripeError } from './api-responses.ts';

export function handleApiRequest(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const headers = {
    ...corsHeaders(req),
    'request-id': `req_${randomBytes(10).toString('hex')}`,
    'stripe-version': '2025-09-30.clover',
  };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, headers);
    return void res.end();
  }
  if (req.method !== 'GET' || url.pathname !== '/v1/account') {
    return sendJson(res, 404, stripeError('invalid_request_error', `Unrecognized request URL (${req.method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`), headers);
  }

  const key = apiKeyOf(req.headers.authorization);
  if (!key) {
    return sendJson(res, 401, stripeError('invalid_request_error', "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/."), headers);
  }
  if (key.startsWith(RATE_LIMITED_KEY_PREFIX)) {
    return sendJson(res, 429, stripeError('invalid_request_error', 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.', 'rate_limit'), headers);
  }
  if (key.startsWith(NO_PERMISSION_KEY_PREFIX)) {
    return sendJson(res, 403, stripeError('invalid_request_error', `The provided key '${maskKey(key)}' does not have the required permissions for this endpoint on account 'acct_1SandboxNoPerms0'. Having the 'rak_accounts_kyc_basic_read' permission would allow this request to continue.`), headers);
  }
  if (key.startsWith('pk_')) {
    return sendJson(res, 401, stripeError('invalid_request_error', 'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.', 'secret_key_required'), headers);
  }
  const account = findAccountByRestrictedKey(key);
  if (!account) return sendJson(res, 401, stripeError('invalid_request_error', `Invalid API Key provided: ${maskKey(key)}`), headers);
  sendJson(res, 200, accountObject(account), headers);
}

/** `Bearer <key>`, or HTTP Basic with the key as user name (what `curl -u rk_…:` sends). */
function apiKeyOf(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return value || undefined;
  if (scheme?.toLowerCase() === 'basic') return Buffer.from(value, 'base64').toString('utf8').split(':')[0] || undefined;
  return undefined;
}

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
    // Echo what the preflight asks for: the stripe package sends Stripe-Version, X-Stripe-Client-User-Agent, …
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'authorization, content-type, stripe-version, stripe-account',
    'access-control-expose-headers': 'request-id, stripe-version, stripe-should-retry',
    'access-control-max-age': '600',
  };
}
