import { z } from 'zod';
import { parseStripeKey, type InvalidKey } from './stripe-key';

/**
 * Optional online check: which account does a restricted key belong to? Reads `GET /v1/account` through the official
 * `stripe` package, loaded lazily so the ~240 kB SDK costs nothing until an agent asks for a check.
 *
 * Where to call it from: an extension page (side panel, popup, options). There `import('stripe')` is a real lazy chunk.
 * Not from the Chrome MV3 service worker: `import()` is forbidden in service workers by the HTML spec; WXT builds the
 * background as one IIFE, which inlines the SDK into background.js instead (no `import()` left, but parsed on every
 * worker start). Under the `browser`/`worker` export conditions (Vite/WXT builds) `stripe` resolves to
 * `esm/stripe.esm.worker.js`, whose HTTP client is `fetch` and whose crypto is SubtleCrypto: no Node built-ins.
 *
 * Secrets: only `rk_` keys are accepted; the key goes only to Stripe's API host (or a loopback host, for tests and the
 * sandbox), never appears in a returned failure (its values say `rk_live_…Ab12` at most), and is not kept. A failure is
 * a reason and the values its sentence needs; components/text/online-check.ts words it.
 */

export interface OnlineCheckOptions {
  /** API host; default `api.stripe.com`. Anything else must be a loopback host (`localhost`, `*.localhost`, `127.0.0.1`). */
  host?: string;
  port?: number;
  /** `http` only for loopback hosts. */
  protocol?: 'http' | 'https';
  /** Whole-request timeout; default 10 s. */
  timeoutMs?: number;
  /** Loads the Stripe SDK constructor; default `import('stripe')`. Tests inject a specific build. */
  loadStripe?: () => Promise<StripeConstructor>;
}

export interface OnlineAccount {
  id: string;
  businessName?: string;
  email?: string;
  displayName?: string;
}

export type OnlineCheckFailure =
  /** Secret keys and publishable keys are refused; the agent is told how to make a key with this permission. */
  | { reason: 'secret-key-refused' | 'not-restricted'; permission: string }
  | { reason: 'invalid-key'; problem: InvalidKey }
  | { reason: 'host-not-allowed'; allowed: string; host: string; protocol: 'http' | 'https' }
  /** `redactedKey` is `rk_live_…Ab12`: enough to tell keys apart, never the key. */
  | { reason: 'authentication'; redactedKey: string }
  | { reason: 'permission'; redactedKey: string; missing: string }
  | { reason: 'rate-limit' | 'network' }
  /** Stripe answered 200 with something that is not an account. */
  | { reason: 'not-an-account' }
  | { reason: 'unknown'; status?: number };

export type OnlineCheckResult = { ok: true; account: OnlineAccount } | ({ ok: false } & OnlineCheckFailure);

/** The slice of the SDK we use, so a test can hand in any build of it. */
export interface StripeClientLike {
  accounts: { retrieveCurrent(): Promise<unknown> };
}
export type StripeConstructor = new (key: string, config: Record<string, unknown>) => StripeClientLike;

const STRIPE_API_HOST = 'api.stripe.com';
const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 60_000;
/** Stripe's permission that lets a restricted key read `GET /v1/account` (named in Stripe's own 403 messages). */
const ACCOUNT_READ_PERMISSION = 'rak_accounts_kyc_basic_read';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value && value.trim() ? value.trim().slice(0, 200) : undefined));

const AccountResponseSchema = z.object({
  id: z.string().regex(/^acct_[A-Za-z0-9]{8,40}$/),
  email: optionalText,
  business_profile: z.object({ name: optionalText }).nullish(),
  settings: z.object({ dashboard: z.object({ display_name: optionalText }).nullish() }).nullish(),
});

const defaultLoadStripe = async (): Promise<StripeConstructor> =>
  (await import('stripe')).default as unknown as StripeConstructor;

function fail(failure: OnlineCheckFailure): OnlineCheckResult {
  return { ok: false, ...failure };
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '::1' || host === '[::1]';
}

/** The key may only travel to Stripe's API over HTTPS, or to this machine. */
function checkDestination(host: string, protocol: 'http' | 'https'): OnlineCheckFailure | undefined {
  if (host === STRIPE_API_HOST && protocol === 'https') return undefined;
  if (isLoopbackHost(host)) return undefined;
  return { reason: 'host-not-allowed', allowed: `https://${STRIPE_API_HOST}`, host: host.slice(0, 100), protocol };
}

/** Read the error fields we trust: the SDK's class name, the HTTP status, and a Stripe permission name. */
function describeError(error: unknown): { type: string; status: number | undefined; permission: string | undefined } {
  const record = (error !== null && typeof error === 'object' ? error : {}) as Record<string, unknown>;
  const type = typeof record.type === 'string' ? record.type : '';
  const status = typeof record.statusCode === 'number' ? record.statusCode : undefined;
  const message = typeof record.message === 'string' ? record.message : '';
  // Only the permission's name is taken from Stripe's message; the rest of it names the key and account.
  const permission = /\brak_[a-z_]{1,60}\b/.exec(message)?.[0];
  return { type, status, permission };
}

function mapError(error: unknown, redacted: string): OnlineCheckResult {
  const { type, status, permission } = describeError(error);
  if (type === 'StripeAuthenticationError' || status === 401) {
    return fail({ reason: 'authentication', redactedKey: redacted });
  }
  if (type === 'StripePermissionError' || status === 403) {
    return fail({ reason: 'permission', redactedKey: redacted, missing: permission ?? ACCOUNT_READ_PERMISSION });
  }
  if (type === 'StripeRateLimitError' || status === 429) {
    return fail({ reason: 'rate-limit' });
  }
  if (type === 'StripeConnectionError') {
    return fail({ reason: 'network' });
  }
  return fail({ reason: 'unknown', ...(status ? { status } : {}) });
}

/**
 * Ask Stripe which account a restricted key belongs to (`GET /v1/account`). Never throws; never puts the key in a
 * failure. Secret keys are refused outright: a restricted read-only key is all this needs.
 */
export async function checkAccountOnline(restrictedKey: string, options: OnlineCheckOptions = {}): Promise<OnlineCheckResult> {
  const parsed = parseStripeKey(restrictedKey);
  if (!parsed.valid) return fail({ reason: 'invalid-key', problem: parsed });
  if (parsed.kind === 'secret') return fail({ reason: 'secret-key-refused', permission: ACCOUNT_READ_PERMISSION });
  if (parsed.kind !== 'restricted') return fail({ reason: 'not-restricted', permission: ACCOUNT_READ_PERMISSION });

  const host = (options.host ?? STRIPE_API_HOST).trim().toLowerCase();
  const protocol = options.protocol ?? 'https';
  const refused = checkDestination(host, protocol);
  if (refused) return fail(refused);
  const timeout = Math.min(Math.max(Math.trunc(options.timeoutMs ?? DEFAULT_TIMEOUT_MS), 1), MAX_TIMEOUT_MS);

  try {
    const StripeSdk = await (options.loadStripe ?? defaultLoadStripe)();
    const stripe = new StripeSdk(parsed.normalized, {
      host,
      protocol,
      ...(options.port !== undefined ? { port: options.port } : {}),
      maxNetworkRetries: 0,
      timeout,
      telemetry: false,
    });
    const response = AccountResponseSchema.safeParse(await stripe.accounts.retrieveCurrent());
    if (!response.success) return fail({ reason: 'not-an-account' });
    const { id, email, business_profile: profile, settings } = response.data;
    const businessName = profile?.name;
    const displayName = settings?.dashboard?.display_name;
    return {
      ok: true,
      account: {
        id,
        ...(businessName ? { businessName } : {}),
        ...(email ? { email } : {}),
        ...(displayName ? { displayName } : {}),
      },
    };
  } catch (error) {
    return mapError(error, parsed.redacted);
  }
}
