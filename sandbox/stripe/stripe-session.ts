/**
 * Signing in to Stripe. One session per sandbox instance, shared by the Connect and dashboard hosts the way
 * Stripe's own login cookie covers both (so `loggedIn` is one scenario switch). Any non-empty email and password
 * work. After signing in the user goes back to where they were, e.g. the authorize page with all its parameters.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stripeClass as s } from '../http/class-names.ts';
import { html, type SafeHtml } from '../http/html.ts';
import { readForm, redirect, sendHtml } from '../http/respond.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { stripePage, stripeWordmark } from './stripe-page.ts';

/** Only same-site paths: `//evil.example` and absolute URLs fall back to the home page. */
export function safeReturnPath(value: string | null, fallback: string): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : fallback;
}

export function loginUrlFor(returnPath: string): string {
  return `/login?redirect=${encodeURIComponent(returnPath)}`;
}

export function sendLoginPage(res: ServerResponse, returnPath: string, status = 200, error?: string): void {
  sendHtml(res, status, stripePage('Sign in | Stripe', loginPage(returnPath, error)));
}

export async function handleSignIn(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, fallback: string): Promise<void> {
  const form = await readForm(req);
  const email = (form.get('email') ?? '').trim();
  const password = form.get('password') ?? '';
  const returnPath = safeReturnPath(form.get('redirect'), fallback);
  if (email === '' || password === '') return sendLoginPage(res, returnPath, 400, 'Enter your email and password.');
  ctx.state.scenario = { ...ctx.state.scenario, loggedIn: true };
  ctx.state.stripeEmail = email;
  redirect(res, returnPath, 303);
}

export function handleSignOut(ctx: SandboxContext, res: ServerResponse, query: URLSearchParams, fallback: string): void {
  ctx.state.scenario = { ...ctx.state.scenario, loggedIn: false };
  redirect(res, loginUrlFor(safeReturnPath(query.get('redirect'), fallback)));
}

function loginPage(returnPath: string, error: string | undefined): SafeHtml {
  return html`<div class="${s('authPage')}">
  ${stripeWordmark()}
  <main class="${s('card')} ${s('cardNarrow')}">
    <h1 class="${s('title')}">Sign in to your account</h1>
    ${error ? html`<p class="${s('error')}" role="alert">${error}</p>` : ''}
    <form method="post" action="/login">
      <input type="hidden" name="redirect" value="${returnPath}">
      <div class="${s('field')}">
        <label class="${s('label')}" for="${s('email-input')}">Email</label>
        <input class="${s('input')}" id="${s('email-input')}" type="email" name="email" autocomplete="username" required>
      </div>
      <div class="${s('field')}">
        <label class="${s('label')}" for="${s('password-input')}">Password</label>
        <input class="${s('input')}" id="${s('password-input')}" type="password" name="password" autocomplete="current-password" required>
      </div>
      <button class="${s('primary')} ${s('wide')}" type="submit">Sign in</button>
    </form>
  </main>
  <p class="${s('fine')}">Don’t have an account? <a href="#">Sign up</a></p>
</div>`;
}
