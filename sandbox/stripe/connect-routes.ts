/**
 * connect.stripe.localhost: the OAuth authorize page Kartra's "Connect with Stripe" leads to.
 *   GET  /oauth/authorize  → JSON error, or sign-in first, or the account picker
 *   POST /oauth/authorize  → Connect: a single-use code for the chosen account, back to Kartra
 *   POST /oauth/deny       → Cancel: back to Kartra with error=access_denied
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readForm, redirect, sendHtml, sendJson, sendText } from '../http/respond.ts';
import { kartraCallbackUrl, type SandboxContext } from '../sandbox-context.ts';
import { accountPickerPage, chosenAccount } from './account-picker-page.ts';
import { AUTHORIZE_PARAM_NAMES, checkAuthorizeRequest, redirectBack } from './authorize-request.ts';
import { sendStripeStatic } from './stripe-static.ts';
import { labelFor } from '../data/unfamiliar-wording.ts';
import { handleSignIn, handleSignOut, loginUrlFor, safeReturnPath, sendLoginPage } from './stripe-session.ts';

export async function handleConnectRequest(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const route = `${req.method} ${url.pathname}`;
  if (url.pathname.startsWith('/static/')) return sendStripeStatic(res, url.pathname);
  switch (route) {
    case 'GET /oauth/authorize':
      return showAuthorize(ctx, res, url);
    case 'POST /oauth/authorize':
      return answerAuthorize(ctx, res, await readForm(req), 'connect');
    case 'POST /oauth/deny':
      return answerAuthorize(ctx, res, await readForm(req), 'deny');
    case 'GET /login':
      return sendLoginPage(res, safeReturnPath(url.searchParams.get('redirect'), '/'));
    case 'POST /login':
      return handleSignIn(ctx, req, res, '/');
    case 'GET /logout':
      return handleSignOut(ctx, res, url.searchParams, '/');
    case 'GET /':
      // connect.stripe.com itself has no home page; send people to the dashboard.
      return redirect(res, `${ctx.origins['stripe-dashboard']}/`);
    case 'GET /favicon.ico':
      return redirect(res, '/static/favicon.svg');
    default:
      return sendText(res, 404, 'Not found');
  }
}

function showAuthorize(ctx: SandboxContext, res: ServerResponse, url: URL): void {
  const check = checkAuthorizeRequest(url.searchParams, ctx.origins['kartra-app'], kartraCallbackUrl(ctx));
  if (!check.ok) return sendJson(res, 400, check.body);
  if (!ctx.state.scenario.loggedIn) return redirect(res, loginUrlFor(url.pathname + url.search));
  sendHtml(res, 200, accountPickerPage(url.searchParams, ctx.state.stripeEmail, ctx.state.scenario.picker, pickerConnectLabel(ctx)));
}

function answerAuthorize(ctx: SandboxContext, res: ServerResponse, form: URLSearchParams, answer: 'connect' | 'deny'): void {
  const query = new URLSearchParams();
  for (const name of AUTHORIZE_PARAM_NAMES) if (form.has(name)) query.set(name, form.get(name) ?? '');
  const check = checkAuthorizeRequest(query, ctx.origins['kartra-app'], kartraCallbackUrl(ctx));
  if (!check.ok) return sendJson(res, 400, check.body);
  if (!ctx.state.scenario.loggedIn) return redirect(res, loginUrlFor(`/oauth/authorize?${query}`), 303);

  if (answer === 'deny') {
    return redirect(res, redirectBack(check.params, { error: 'access_denied', error_description: 'The user denied your request' }), 303);
  }
  const account = chosenAccount(form.get('account') ?? '');
  if (!account) return sendHtml(res, 400, accountPickerPage(query, ctx.state.stripeEmail, ctx.state.scenario.picker, pickerConnectLabel(ctx), 'Choose an account to continue.'));
  const code = `ac_${randomBytes(24).toString('base64url').replace(/[-_]/g, '').slice(0, 24)}`;
  ctx.state.authorizationCodes.set(code, { accountId: account.id, scope: check.params.scope, issuedAt: Date.now() });
  redirect(res, redirectBack(check.params, { code, scope: check.params.scope }), 303);
}

/** The picker's Connect button: "Connect", or another wording under scenario `unfamiliar=stripe-connect`. */
function pickerConnectLabel(ctx: SandboxContext): string {
  return labelFor('stripe-connect', ctx.state.scenario.unfamiliar);
}
