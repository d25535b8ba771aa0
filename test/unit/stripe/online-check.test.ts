// @vitest-environment node
// Node's global fetch stands in for a browser's; happy-dom's fetch would add its own CORS rules to the loopback calls.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { onlineCheckFailureText } from '../../../components/text/online-check';
import { checkAccountOnline, type OnlineCheckOptions, type StripeConstructor } from '../../../lib/stripe/online-check';
import { ACME_PK_LIVE, ACME_SK_LIVE, ACME_SK_TEST, CANARY_RK_LIVE, CANARY_RK_TEST } from '../../fixtures/stripe/keys';

/** The build browsers and workers get (`browser`/`worker` export conditions): fetch-based, no Node built-ins. */
const loadWorkerBuild = async (): Promise<StripeConstructor> =>
  (await import('../../../node_modules/stripe/esm/stripe.esm.worker.js')).default as unknown as StripeConstructor;

/** Which canned answer the fake API gives is chosen by the key's end: `…SCN<scenario>`. */
function keyFor(scenario: 'ok' | '401' | '403' | '429' | '500' | 'junk' | 'hang' | 'minimal'): string {
  return `${CANARY_RK_TEST}SCN${scenario.toUpperCase()}`;
}

interface Seen {
  method: string | undefined;
  url: string | undefined;
  authorization: string | undefined;
}

const seen: Seen[] = [];
let server: Server;
let port: number;
let closedPort: number;

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_FAKE' });
  res.end(JSON.stringify(body));
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const authorization = req.headers.authorization;
  seen.push({ method: req.method, url: req.url, authorization });
  const scenario = /SCN([A-Z0-9]+)$/.exec(authorization ?? '')?.[1] ?? '';
  const masked = "'rk_test_*********************XX'";
  if (scenario === 'HANG') return; // never answers
  if (scenario === 'OK') {
    reply(res, 200, {
      id: 'acct_1FakeAcmeAcct001',
      object: 'account',
      email: 'owner@example.test',
      business_profile: { name: 'Acme Coaching LLC', url: null },
      settings: { dashboard: { display_name: 'Acme', timezone: 'Etc/UTC' } },
    });
  } else if (scenario === 'MINIMAL') {
    reply(res, 200, { id: 'acct_1FakeAcmeAcct001', object: 'account', email: null, business_profile: null });
  } else if (scenario === '401') {
    reply(res, 401, { error: { message: `Invalid API Key provided: ${masked}`, type: 'invalid_request_error' } });
  } else if (scenario === '403') {
    reply(res, 403, {
      error: {
        message: `The provided key ${masked} does not have the required permissions for this endpoint on account 'acct_1FakeAcmeAcct001'. Having the 'rak_accounts_kyc_basic_read' permission would allow this request to continue.`,
        type: 'invalid_request_error',
      },
    });
  } else if (scenario === '429') {
    reply(res, 429, { error: { message: 'Too many requests', type: 'invalid_request_error', code: 'rate_limit' } });
  } else if (scenario === 'JUNK') {
    reply(res, 200, { object: 'not-an-account', id: 42 });
  } else {
    reply(res, 500, { error: { message: 'Internal error', type: 'api_error' } });
  }
}

function listen(target: Server): Promise<number> {
  return new Promise((resolve) => target.listen(0, '127.0.0.1', () => resolve((target.address() as AddressInfo).port)));
}

beforeAll(async () => {
  server = createServer(handle);
  port = await listen(server);
  const closed = createServer();
  closedPort = await listen(closed);
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function local(extra: Partial<OnlineCheckOptions> = {}): OnlineCheckOptions {
  return { host: '127.0.0.1', port, protocol: 'http', timeoutMs: 2000, loadStripe: loadWorkerBuild, ...extra };
}

describe.each([
  ['worker build (what extension pages get)', loadWorkerBuild],
  ["default import('stripe') (node build under vitest)", undefined],
])('checkAccountOnline with the %s', (_name, loadStripe) => {
  const options = (extra: Partial<OnlineCheckOptions> = {}) => ({ ...local(extra), loadStripe });

  it('200: returns the account, having sent GET /v1/account with the key as bearer token', async () => {
    seen.length = 0;
    const result = await checkAccountOnline(keyFor('ok'), options());
    expect(result).toEqual({
      ok: true,
      account: { id: 'acct_1FakeAcmeAcct001', businessName: 'Acme Coaching LLC', email: 'owner@example.test', displayName: 'Acme' },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({ method: 'GET', url: '/v1/account', authorization: `Bearer ${keyFor('ok')}` });
  });

  it('200 with nulls: only the id', async () => {
    expect(await checkAccountOnline(keyFor('minimal'), options())).toEqual({ ok: true, account: { id: 'acct_1FakeAcmeAcct001' } });
  });

  it.each([
    ['401', 'authentication', /did not accept/],
    ['403', 'permission', /rak_accounts_kyc_basic_read/],
    ['429', 'rate-limit', /too many requests/i],
    ['500', 'unknown', /unexpected error \(HTTP 500\)/],
    ['junk', 'not-an-account', /not with account details/],
  ] as const)('%s → %s, once (no retries), without the key in the failure or its words', async (scenario, reason, message) => {
    seen.length = 0;
    const result = await checkAccountOnline(keyFor(scenario), options());
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(onlineCheckFailureText(result)).toMatch(message);
    if (!result.ok) expect(onlineCheckFailureText(result)).not.toContain('CANARY');
    expect(JSON.stringify(result)).not.toContain('CANARY');
    expect(JSON.stringify(result)).not.toContain('acct_1FakeAcmeAcct001');
    expect(seen).toHaveLength(1);
  });

  it('connection refused → network', async () => {
    const result = await checkAccountOnline(keyFor('ok'), options({ port: closedPort }));
    expect(result).toMatchObject({ ok: false, reason: 'network' });
  });

  it('no answer within the timeout → network', async () => {
    const result = await checkAccountOnline(keyFor('hang'), options({ timeoutMs: 300 }));
    expect(result).toMatchObject({ ok: false, reason: 'network' });
  });
});

describe('checkAccountOnline refusals (the SDK is not even loaded)', () => {
  it.each([
    [ACME_SK_LIVE, 'secret-key-refused', /Secret keys .* never accepted.*restricted key/],
    [ACME_SK_TEST, 'secret-key-refused', /restricted key/],
    [ACME_PK_LIVE, 'not-restricted', /publishable key/i],
    ['', 'invalid-key', /No key/],
    [`${CANARY_RK_TEST}\u200B`, 'invalid-key', /invisible/],
    ['rk_test_51FakeAcme', 'invalid-key', /too short/],
  ])('%#: %s… → %s', async (key, reason, message) => {
    const loadStripe = vi.fn(loadWorkerBuild);
    const result = await checkAccountOnline(key, { ...local(), loadStripe });
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(onlineCheckFailureText(result)).toMatch(message);
    expect(loadStripe).not.toHaveBeenCalled();
    expect(JSON.stringify(result)).not.toContain('CANARY');
    expect(JSON.stringify(result)).not.toContain('FAKEsecret');
  });

  it.each([
    [{ host: 'evil.example', protocol: 'https' as const }],
    [{ host: 'api.stripe.com.evil.test', protocol: 'https' as const }],
    [{ host: 'api.stripe.com', protocol: 'http' as const }],
    [{ host: '10.0.0.1', protocol: 'http' as const }],
  ])('sends the key nowhere but Stripe or loopback: %j', async (destination) => {
    const loadStripe = vi.fn(loadWorkerBuild);
    const result = await checkAccountOnline(CANARY_RK_LIVE, { ...destination, loadStripe });
    expect(result).toMatchObject({ ok: false, reason: 'host-not-allowed' });
    expect(loadStripe).not.toHaveBeenCalled();
  });

  it('an SDK that fails to load gives a plain failure', async () => {
    const result = await checkAccountOnline(keyFor('ok'), { ...local(), loadStripe: () => Promise.reject(new TypeError('import() is disallowed')) });
    expect(result).toMatchObject({ ok: false, reason: 'unknown' });
  });
});
