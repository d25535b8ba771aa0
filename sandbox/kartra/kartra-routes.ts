/**
 * app.kartra.localhost: the fake Kartra app. Every app path returns the same shell (a single-page app); the
 * Integrations page's data comes from /api/…; Connect with Stripe goes out through /integrations/stripe/connect and
 * comes back through /integrations/stripe/callback. Scenario parameters on any page's URL are applied first.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { INTEGRATIONS_CATALOG } from '../data/integrations-catalog.ts';
import { logoSvg } from '../data/logos.ts';
import { sendBrowserScript } from '../http/browser-scripts.ts';
import { kartraClass } from '../http/class-names.ts';
import { STRICT_PAGE_CSP, redirect, send, sendHtml, sendText } from '../http/respond.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { applyScenarioPatch } from '../state/sandbox-state.ts';
import { hasScenarioParams, parseScenarioParams } from '../state/scenario.ts';
import { disconnectIntegration, sendIntegrationDetail, sendIntegrationList } from './integrations-api.ts';
import { FAVICON_SVG, kartraShellPage } from './kartra-shell-page.ts';
import { buildKartraStylesheet } from './kartra-styles.ts';
import { finishStripeConnect } from './stripe-callback.ts';
import { startStripeConnect } from './stripe-oauth-start.ts';

const CLIENT_DIRECTORY = fileURLToPath(new URL('./client/', import.meta.url));
const STYLESHEET = buildKartraStylesheet();

export async function handleKartraRequest(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const path = url.pathname;
  const method = req.method ?? 'GET';

  if (method === 'POST') {
    const disconnect = /^\/api\/integrations\/([\w-]+)\/disconnect$/.exec(path);
    if (disconnect?.[1]) return disconnectIntegration(ctx, res, disconnect[1]);
    return sendText(res, 405, 'Method not allowed');
  }
  if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'Method not allowed');

  if (path === '/static/app.css') {
    const hold = ctx.state.scenario.pageLoad;
    if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
    return send(res, 200, 'text/css; charset=utf-8', STYLESHEET.css);
  }
  if (path === '/static/favicon.svg') return send(res, 200, 'image/svg+xml', FAVICON_SVG);
  if (path === '/favicon.ico') return redirect(res, '/static/favicon.svg');
  if (path.startsWith('/static/app/')) {
    return sendBrowserScript(res, CLIENT_DIRECTORY, path.slice('/static/app/'.length), { namer: kartraClass, names: STYLESHEET.names });
  }
  if (path.startsWith('/static/logos/')) return sendLogo(res, path.slice('/static/logos/'.length));
  if (path === '/api/integrations') return sendIntegrationList(ctx, res);
  const detail = /^\/api\/integrations\/([\w-]+)$/.exec(path);
  if (detail?.[1]) return sendIntegrationDetail(ctx, res, detail[1]);
  if (path.startsWith('/api/')) return sendText(res, 404, 'Not found');
  if (path === '/integrations/stripe/connect') return startStripeConnect(ctx, res, url.searchParams);
  if (path === '/integrations/stripe/callback') return finishStripeConnect(ctx, res, url.searchParams);

  if (hasScenarioParams(url.searchParams)) {
    const { patch, errors } = parseScenarioParams(url.searchParams);
    if (errors.length > 0) return sendText(res, 400, `Sandbox: the scenario in this URL is not valid.\n\n${errors.join('\n')}\n`);
    applyScenarioPatch(ctx.state, patch);
  }
  if (path === '/') return redirect(res, `/dashboard${url.search}`);
  sendHtml(res, 200, kartraShellPage(path), { 'content-security-policy': STRICT_PAGE_CSP });
}

function sendLogo(res: ServerResponse, fileName: string): void {
  const catalog = INTEGRATIONS_CATALOG.find((i) => `${i.slug}.svg` === fileName);
  const generic = /^generic-([A-Z])-([0-9a-f]{6})\.svg$/.exec(fileName);
  const brand = catalog?.brand ?? (generic ? { glyph: generic[1] ?? '?', color: `#${generic[2]}` } : undefined);
  if (!brand) return sendText(res, 404, 'Not found');
  // Logos never change: let the browser keep them, so 5000 tiles do not mean 5000 requests per render.
  res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  res.end(logoSvg(brand));
}
