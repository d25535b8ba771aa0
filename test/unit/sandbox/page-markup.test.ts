// @vitest-environment node
/**
 * The pages must look like a production app to the extension: opaque class names only, no external resources,
 * utf-8 and a viewport, and every browser module the Kartra app imports is actually served.
 */
import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOKALIKE_HOSTS } from '../../../sandbox/hosts.ts';
import { kartraClass, stripeClass } from '../../../sandbox/http/class-names.ts';
import { buildKartraStylesheet } from '../../../sandbox/kartra/kartra-styles.ts';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server.ts';
import { buildStripeStylesheet } from '../../../sandbox/stripe/stripe-styles.ts';
import { get, readState, send, setScenario } from './sandbox-http.ts';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

function expectProductionLikeHtml(body: string, classPattern: RegExp): void {
  expect(body).toMatch(/^<!doctype html>/i);
  expect(body).toContain('<meta charset="utf-8">');
  expect(body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  // Resources (scripts, styles, images) come from the same site: nothing absolute in src= or <link href=>.
  for (const [, url] of body.matchAll(/\ssrc="([^"]*)"/g)) expect(url).toMatch(/^\/(?!\/)/);
  for (const [, url] of body.matchAll(/<link[^>]*href="([^"]*)"/g)) expect(url).toMatch(/^\/(?!\/)/);
  const classes = [...body.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, value]) => value!.split(/\s+/).filter(Boolean));
  expect(classes.length).toBeGreaterThan(5);
  for (const name of classes) expect(name).toMatch(classPattern);
}

const KARTRA_CLASS = /^_[0-9a-z]{5}$/;
const STRIPE_CLASS = /^sn-[0-9a-z]{7}$/;

describe('Kartra pages', () => {
  it.each(['/integrations', '/dashboard', '/settings', '/contacts', '/no/such/page'])('serves the app shell at %s', async (path) => {
    const page = await get(sandbox, 'kartra-app', path);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expectProductionLikeHtml(page.body, KARTRA_CLASS);
    expect(page.body).not.toMatch(/\sid="/);
    expect(page.body).toContain('>Integrations</a>');
  });

  it('redirects / to the dashboard, keeping scenario parameters', async () => {
    const response = await get(sandbox, 'kartra-app', '/?delay=0');
    expect(response.status).toBe(302);
    expect(response.location?.pathname + (response.location?.search ?? '')).toBe('/dashboard?delay=0');
  });

  it('serves every browser module the app imports, and the stylesheet', async () => {
    const seen = new Set<string>();
    const queue = ['main.js'];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const response = await get(sandbox, 'kartra-app', `/static/app/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      for (const [, imported] of response.body.matchAll(/from '\.\/([\w-]+\.js)'/g)) queue.push(imported!);
    }
    const onDisk = (await readdir(new URL('../../../sandbox/kartra/client/', import.meta.url))).filter((f) => f.endsWith('.js'));
    expect([...seen].sort()).toEqual([...onDisk, 'class-names.js'].sort());
    const css = await get(sandbox, 'kartra-app', '/static/app.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain(`.${kartraClass('tile')}{`);
  });

  it('styles every class name the browser scripts ask for', async () => {
    const { names } = buildKartraStylesheet();
    const directory = new URL('../../../sandbox/kartra/client/', import.meta.url);
    const used = new Set<string>();
    for (const file of await readdir(directory)) {
      const source = await readFile(new URL(file, directory), 'utf8');
      for (const [, args] of source.matchAll(/cx\(([^)]*)\)/g)) for (const [, name] of args!.matchAll(/'(\w+)'/g)) used.add(name!);
      for (const [, name] of source.matchAll(/className: '(\w+)'/g)) used.add(name!);
      for (const [, name] of source.matchAll(/tone: outcome\.ok \? '(\w+)' : '(\w+)'/g)) used.add(name!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((name) => !names.includes(name))).toEqual([]);
  });

  it('gives no two style names the same opaque class', () => {
    const kartra = buildKartraStylesheet().names.map(kartraClass);
    const stripe = buildStripeStylesheet().names.map(stripeClass);
    expect(new Set(kartra).size).toBe(kartra.length);
    expect(new Set(stripe).size).toBe(stripe.length);
  });

  it('serves logos as SVG images', async () => {
    const logo = await get(sandbox, 'kartra-app', '/static/logos/stripe.svg');
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.body).toContain('<svg');
    expect((await get(sandbox, 'kartra-app', '/static/logos/nosuch.svg')).status).toBe(404);
  });
});

describe('the Edit window\'s data', () => {
  it('shows the original account\'s publishable key for Stripe, in the scenario\'s format, with a Connect URL', async () => {
    await send(sandbox, '/__sandbox/reset', { method: 'POST' });
    const state = await readState(sandbox);
    const original = state.stripe.accounts.find((a) => a.id === state.expected.originalAccountId)!;
    const modern = (await get(sandbox, 'kartra-app', '/api/integrations/stripe')).json<{ fields: { label: string; value: string }[]; connectUrl: string }>();
    expect(modern.fields).toEqual([{ label: 'Publishable key', value: original.keys.modern.livePublishable, readOnly: true }]);
    expect(modern.connectUrl).toBe('/integrations/stripe/connect?integration=stripe');

    await setScenario(sandbox, { keys: 'old' });
    const old = (await get(sandbox, 'kartra-app', '/api/integrations/stripe')).json<{ fields: { value: string }[] }>();
    expect(old.fields[0]?.value).toBe(original.keys.old.livePublishable);
  });

  it('has no Connect with Stripe for other gateways', async () => {
    const paypal = (await get(sandbox, 'kartra-app', '/api/integrations/paypal')).json<{ connectUrl: string | null; fields: unknown[] }>();
    expect(paypal.connectUrl).toBeNull();
    expect(paypal.fields.length).toBeGreaterThan(0);
    expect((await get(sandbox, 'kartra-app', '/api/integrations/nosuch')).status).toBe(404);
  });

  it('persists a disconnect', async () => {
    await send(sandbox, '/__sandbox/reset', { method: 'POST' });
    expect((await send(sandbox, '/api/integrations/mailchimp/disconnect', { json: {} })).status).toBe(200);
    const state = await readState(sandbox);
    expect(state.kartra.integrations.find((i) => i.slug === 'mailchimp')?.status).toBe('not-configured');
  });
});

describe('Stripe pages', () => {
  it('use Stripe-looking opaque class names too', async () => {
    await setScenario(sandbox, { loggedIn: true });
    const state = await readState(sandbox);
    const authorize = `/oauth/authorize?response_type=code&client_id=${state.stripe.clientId}&scope=read_write&state=s`;
    expectProductionLikeHtml((await get(sandbox, 'stripe-connect', authorize)).body, STRIPE_CLASS);
    expectProductionLikeHtml((await get(sandbox, 'stripe-connect', '/login')).body, STRIPE_CLASS);
    expectProductionLikeHtml((await get(sandbox, 'stripe-dashboard', '/apikeys')).body, STRIPE_CLASS);
  });
});

describe('unknown hosts', () => {
  it('answer 404 with the URLs that do work', async () => {
    const response = await send(sandbox, `http://127.0.0.1:${sandbox.port}/integrations`);
    expect(response.status).toBe(404);
    for (const role of ['kartra-app', 'stripe-connect', 'stripe-dashboard', 'stripe-api'] as const) expect(response.body).toContain(sandbox.origin(role));
    expect(response.body).toContain('/__sandbox');
  });
});

describe('look-alike hosts', () => {
  it('are served the pages of the site they imitate, under their own name', async () => {
    for (const [host, role] of Object.entries(LOOKALIKE_HOSTS)) {
      const imitated = await get(sandbox, role, '/integrations');
      const response = await send(sandbox, `http://${host}:${sandbox.port}/integrations`);
      expect(response.status).toBe(200);
      expect(response.body).toBe(imitated.body);
    }
  });
});
