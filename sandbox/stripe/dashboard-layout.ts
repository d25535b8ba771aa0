/**
 * The dashboard's frame: the account switcher at the top left (accounts grouped by profile, names only, as in
 * Stripe), the left navigation, the top bar with the test-mode toggle, and the page in the middle.
 */
import { STRIPE_PROFILES, accountsOfProfile, type StripeAccount } from '../data/stripe-accounts.ts';
import { stripeClass as s } from '../http/class-names.ts';
import { html, trusted, type SafeHtml } from '../http/html.ts';
import { DASHBOARD_PAGES, dashboardHref, type DashboardLocation } from './dashboard-location.ts';
import { accountAvatar, stripePage } from './stripe-page.ts';

export function dashboardPage(title: string, where: DashboardLocation, account: StripeAccount, content: SafeHtml): SafeHtml {
  const link = (page: string, testMode = where.testMode) => dashboardHref(page, { account: where.accountInPath, testMode });
  const switchTo = (other: StripeAccount) => dashboardHref(DASHBOARD_PAGES.some((p) => p.page === where.page) ? where.page : 'dashboard', { account: other.id, testMode: where.testMode });
  const navItem = (page: string) => {
    const label = DASHBOARD_PAGES.find((p) => p.page === page)?.label ?? page;
    const active = where.page === page;
    return html`<li><a class="${s('navLink')}${active ? ` ${s('navLinkActive')}` : ''}" href="${link(page)}"${active ? trusted(' aria-current="page"') : ''}>${label}</a></li>`;
  };
  const body = html`${where.testMode ? html`<div class="${s('testBanner')}">Test mode</div>` : ''}
<div class="${s('shell')}">
  <aside class="${s('sidebar')}">
    <div class="${s('switcher')}">
      <button class="${s('switcherButton')}" type="button" aria-haspopup="menu" aria-expanded="false" title="Switch account">
        ${accountAvatar(account.displayName)}<span class="${s('switcherName')}">${account.displayName}</span>${trusted(CHEVRON)}
      </button>
      <div class="${s('switcherMenu')}" role="menu" aria-label="Switch account" hidden>
        ${STRIPE_PROFILES.map(
          (profile) => html`<div role="group" aria-labelledby="${s(`menu-${profile.id}`)}">
          <div class="${s('menuGroupTitle')}" id="${s(`menu-${profile.id}`)}">${profile.name}</div>
          ${accountsOfProfile(profile.id).map(
            (other) => html`<a class="${s('menuItem')}" role="menuitemradio" aria-checked="${other.id === account.id ? 'true' : 'false'}" href="${switchTo(other)}">${accountAvatar(other.displayName)}<span>${other.displayName}</span>${other.id === account.id ? trusted(`<span class="${s('menuCheck')}" aria-hidden="true">✓</span>`) : ''}</a>`,
          )}
        </div>`,
        )}
        <div class="${s('separator')}" role="separator"></div>
        <a class="${s('menuItem')}" role="menuitem" href="/logout">Sign out</a>
      </div>
    </div>
    <nav class="${s('nav')}" aria-label="Main">
      <ul>${['dashboard', 'balance/overview', 'payments', 'customers', 'products'].map(navItem)}</ul>
      <p class="${s('navHeading')}">Developers</p>
      <ul>${navItem('apikeys')}</ul>
    </nav>
  </aside>
  <div class="${s('main')}">
    <header class="${s('topbar')}">
      <input class="${s('search')}" type="search" placeholder="Search" aria-label="Search">
      <div class="${s('topRight')}">
        <a href="${link('apikeys')}">Developers</a>
        <a class="${s('toggle')}" href="${link(where.page || 'dashboard', !where.testMode)}" role="switch" aria-checked="${where.testMode ? 'true' : 'false'}">Test mode <span class="${s('toggleTrack')}${where.testMode ? ` ${s('toggleOn')}` : ''}" aria-hidden="true"></span></a>
      </div>
    </header>
    <main class="${s('content')}">${content}</main>
  </div>
</div>`;
  return stripePage(`${title} – ${account.displayName} – Stripe`, body, ['/static/switcher.js', '/static/reveal-key.js']);
}

const CHEVRON = '<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M3 4.5l3 3 3-3" stroke="currentColor" stroke-width="1.5" fill="none"/></svg>';
