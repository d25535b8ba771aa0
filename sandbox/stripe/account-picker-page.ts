/**
 * Stripe's "choose an account" step: accounts grouped by profile, each a radio showing the account's name and its
 * `acct_…` id in small type, or (scenario `picker=names`) the name only, with an opaque radio value: the real picker
 * may well show no ids. Connect stays disabled until one is picked (picker.js); Cancel belongs to a separate form, so
 * pressing Enter can never mean "deny".
 */
import { STRIPE_ACCOUNTS, STRIPE_PROFILES, accountsOfProfile, findAccount, type StripeAccount } from '../data/stripe-accounts.ts';
import type { PickerShows } from '../state/scenario.ts';
import { stripeClass as s } from '../http/class-names.ts';
import { html, trusted, type SafeHtml } from '../http/html.ts';
import { AUTHORIZE_PARAM_NAMES } from './authorize-request.ts';
import { accountAvatar, stripePage, stripeWordmark } from './stripe-page.ts';

/** The radio's value: the account id, or with names only a position that says nothing about the account. */
function choiceValue(account: StripeAccount, shows: PickerShows): string {
  return shows === 'ids' ? account.id : `choice-${STRIPE_ACCOUNTS.indexOf(account) + 1}`;
}

/** The account a submitted picker chose, whichever way its rows were shown. */
export function chosenAccount(value: string): StripeAccount | undefined {
  const choice = /^choice-(\d+)$/.exec(value);
  return choice ? STRIPE_ACCOUNTS[Number(choice[1]) - 1] : findAccount(value);
}

export function accountPickerPage(query: URLSearchParams, signedInAs: string, shows: PickerShows, connectLabel: string, error?: string): SafeHtml {
  const carried = AUTHORIZE_PARAM_NAMES.filter((name) => query.has(name)).map(
    (name) => html`<input type="hidden" name="${name}" value="${query.get(name) ?? ''}">`,
  );
  const here = `/oauth/authorize?${query.toString()}`;
  const body = html`<div class="${s('authPage')}">
  ${stripeWordmark()}
  <main class="${s('card')}">
    <div class="${s('handshake')}" aria-hidden="true">
      <span class="${s('platformMark')}" style="background:#2d8cf0">${trusted(KARTRA_MARK)}</span>
      <span class="${s('dots')}"></span>
      <span class="${s('platformMark')}" style="background:#635bff">${trusted(STRIPE_MARK)}</span>
    </div>
    <h1 class="${s('title')}">Connect your Stripe account to Kartra</h1>
    <p class="${s('lead')}">Kartra will be able to create payments and subscriptions and read your account details.</p>
    ${error ? html`<p class="${s('error')}" role="alert">${error}</p>` : ''}
    <form method="post" action="/oauth/authorize">
      ${carried}
      <fieldset class="${s('picker')}">
        <legend class="${s('pickerLegend')}">Choose an account</legend>
        ${STRIPE_PROFILES.map(
          (profile) => html`<div class="${s('group')}" role="group" aria-labelledby="${s(`group-${profile.id}`)}">
          <p class="${s('groupTitle')}" id="${s(`group-${profile.id}`)}">${profile.name}</p>
          <ul class="${s('options')}">
            ${accountsOfProfile(profile.id).map(
              (account) => html`<li><label class="${s('option')}">
              <input class="${s('radio')}" type="radio" name="account" value="${choiceValue(account, shows)}">
              ${accountAvatar(account.displayName)}
              <span class="${s('optionText')}"><span class="${s('optionName')}">${account.displayName}</span>${shows === 'ids' ? html`<span class="${s('optionId')}">${account.id}</span>` : ''}</span>
            </label></li>`,
            )}
          </ul>
        </div>`,
        )}
      </fieldset>
      <div class="${s('actions')}">
        <button class="${s('secondary')}" type="submit" form="${s('deny-form')}">Cancel</button>
        <button class="${s('primary')}" type="submit" disabled>${connectLabel}</button>
      </div>
    </form>
    <form method="post" action="/oauth/deny" id="${s('deny-form')}">${carried}</form>
    <div class="${s('signedIn')}"><span>Signed in as ${signedInAs}</span><a href="/logout?redirect=${encodeURIComponent(here)}">Sign out</a></div>
  </main>
</div>`;
  return stripePage('Connect to Kartra | Stripe', body, ['/static/picker.js']);
}

const KARTRA_MARK = '<svg width="22" height="22" viewBox="0 0 16 16"><path d="M3 2h3v5l5-5h4l-6 6 6 6h-4L6 9v5H3z" fill="#fff"/></svg>';
const STRIPE_MARK =
  '<svg width="22" height="22" viewBox="0 0 32 32"><path d="M15 12.6c0-.9.8-1.3 2-1.3 1.8 0 4 .6 5.8 1.5V7.5A15 15 0 0 0 17 6.4c-4.7 0-7.9 2.5-7.9 6.6 0 6.4 8.9 5.4 8.9 8.2 0 1.1-.9 1.4-2.2 1.4-1.9 0-4.4-.8-6.4-1.9v5.4c2.2.9 4.4 1.3 6.4 1.3 4.9 0 8.2-2.4 8.2-6.6 0-6.9-9-5.7-9-8.2z" fill="#fff"/></svg>';
