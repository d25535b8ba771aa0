/**
 * dashboard.stripe.localhost: the Stripe dashboard, enough of it for an agent to find which account is which.
 *   /                      → /<active account>/dashboard
 *   /dashboard, /apikeys, /test/apikeys, …        → the active account's pages
 *   /acct_…/dashboard, /acct_…/apikeys, …         → switch to that account, then show its page
 *   POST /ajax/reveal_key  → a hidden key of the active account (the Reveal buttons)
 * Everything but /login and files requires the Stripe user to be signed in.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findAccount } from '../data/stripe-accounts.ts';
import { readBody, redirect, sendHtml, sendJson, sendText } from '../http/respond.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { dashboardPage } from './dashboard-layout.ts';
import { DASHBOARD_PAGES, dashboardHref, parseDashboardPath } from './dashboard-location.ts';
import { apiKeysContent, homeContent, notFoundContent, placeholderContent } from './dashboard-pages.ts';
import { sendStripeStatic } from './stripe-static.ts';
import { handleSignIn, handleSignOut, loginUrlFor, safeReturnPath, sendLoginPage } from './stripe-session.ts';

export async function handleDashboardRequest(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const path = url.pathname;
  if (path.startsWith('/static/')) return sendStripeStatic(res, path);
  if (path === '/favicon.ico') return redirect(res, '/static/favicon.svg');
  if (path === '/login') {
    if (req.method === 'POST') return handleSignIn(ctx, req, res, '/');
    return sendLoginPage(res, safeReturnPath(url.searchParams.get('redirect'), '/'));
  }
  if (path === '/logout') return handleSignOut(ctx, res, url.searchParams, '/');
  if (!ctx.state.scenario.loggedIn) {
    if (req.method !== 'GET') return sendJson(res, 401, { error: 'Not signed in' });
    return redirect(res, loginUrlFor(path + url.search));
  }
  if (req.method === 'POST' && path === '/ajax/reveal_key') return revealKey(ctx, req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');

  const where = parseDashboardPath(path);
  if (where.accountInPath) {
    if (!findAccount(where.accountInPath)) return sendText(res, 404, `No such account: ${where.accountInPath}`);
    ctx.state.dashboardAccountId = where.accountInPath;
  }
  const account = findAccount(ctx.state.dashboardAccountId);
  if (!account) return sendText(res, 500, 'Sandbox: the active dashboard account does not exist');
  if (where.page === '') return redirect(res, dashboardHref('dashboard', { account: account.id, testMode: where.testMode }));

  const { keys } = ctx.state.scenario;
  const label = DASHBOARD_PAGES.find((p) => p.page === where.page)?.label;
  if (!label) return sendHtml(res, 404, dashboardPage('Page not found', where, account, notFoundContent()));
  const content =
    where.page === 'dashboard'
      ? homeContent(account, where.testMode)
      : where.page === 'apikeys'
        ? apiKeysContent(account, keys, where.testMode)
        : placeholderContent(label);
  sendHtml(res, 200, dashboardPage(label, where, account, content));
}

async function revealKey(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let request: { kind?: unknown; mode?: unknown };
  try {
    request = JSON.parse(await readBody(req)) as typeof request;
  } catch {
    return sendJson(res, 400, { error: 'Invalid JSON' });
  }
  const account = findAccount(ctx.state.dashboardAccountId);
  const test = request.mode === 'test';
  if (!account || (request.kind !== 'secret' && request.kind !== 'restricted')) return sendJson(res, 400, { error: 'Unknown key' });
  const keys = account.keys[ctx.state.scenario.keys];
  const token =
    request.kind === 'secret' ? (test ? keys.testSecret : keys.liveSecret) : test ? account.keys.restricted.test : account.keys.restricted.live;
  sendJson(res, 200, { token });
}
