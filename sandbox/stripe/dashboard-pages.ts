/**
 * The contents of the dashboard pages: Home (made-up figures), API keys (the publishable key in clear, secret and
 * restricted keys behind a Reveal button, as Stripe does), and quiet placeholders for the rest.
 */
import { fnv1a } from '../data/seeded-random.ts';
import type { KeyFormat, StripeAccount } from '../data/stripe-accounts.ts';
import { stripeClass as s } from '../http/class-names.ts';
import { html, type SafeHtml } from '../http/html.ts';

export function homeContent(account: StripeAccount, testMode: boolean): SafeHtml {
  const seed = fnv1a(account.id + String(testMode));
  const money = (n: number) => `$${(n / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
  const metric = (label: string, value: string) =>
    html`<div class="${s('metric')}"><p class="${s('metricLabel')}">${label}</p><p class="${s('metricValue')}">${value}</p></div>`;
  return html`<h1 class="${s('pageTitle')}">Today</h1>
<p class="${s('pageLead')}">${testMode ? 'Test data for ' : ''}${account.displayName}</p>
<div class="${s('metrics')}">
  ${metric('Gross volume', money(seed % 900_000))}
  ${metric('USD balance', money((seed >> 3) % 400_000))}
  ${metric('Payouts', money((seed >> 5) % 300_000))}
  ${metric('Customers', String((seed >> 7) % 900))}
</div>
<h2 class="${s('sectionTitle')}">Recent activity</h2>
<div class="${s('empty')}">No recent activity.</div>`;
}

export function apiKeysContent(account: StripeAccount, keyFormat: KeyFormat, testMode: boolean): SafeHtml {
  const keys = account.keys[keyFormat];
  const publishable = testMode ? keys.testPublishable : keys.livePublishable;
  const mode = testMode ? 'test' : 'live';
  return html`<h1 class="${s('pageTitle')}">API keys</h1>
<p class="${s('pageLead')}">Use API keys to authenticate API requests. <a href="#">Learn more about API authentication</a></p>
<section aria-labelledby="${s('standard-keys')}">
  <h2 class="${s('sectionTitle')}" id="${s('standard-keys')}">Standard keys</h2>
  <p class="${s('sectionLead')}">Create a key that unlocks full API access, enabling extended integration with your account.</p>
  <table class="${s('table')}">
    <thead><tr><th>Name</th><th>Token</th><th>Last used</th><th>Created</th></tr></thead>
    <tbody>
      <tr>
        <td class="${s('keyName')}">Publishable key</td>
        <td><div class="${s('tokenCell')}"><span class="${s('token')}">${publishable}</span><button class="${s('smallButton')}" type="button" data-copy="${publishable}" aria-label="Copy publishable key">Copy</button></div></td>
        <td class="${s('muted')}">—</td>
        <td class="${s('muted')}">Mar 14, 2019</td>
      </tr>
      <tr>
        <td class="${s('keyName')}">Secret key</td>
        <td><div class="${s('tokenCell')}"><button class="${s('smallButton')}" type="button" data-reveal="secret" data-mode="${mode}">Reveal ${mode} key</button></div></td>
        <td class="${s('muted')}">Today</td>
        <td class="${s('muted')}">Mar 14, 2019</td>
      </tr>
    </tbody>
  </table>
</section>
<section aria-labelledby="${s('restricted-keys')}">
  <h2 class="${s('sectionTitle')}" id="${s('restricted-keys')}">Restricted keys</h2>
  <p class="${s('sectionLead')}">Create a key with specific access limits and permissions for greater security.</p>
  <table class="${s('table')}">
    <thead><tr><th>Name</th><th>Token</th><th>Last used</th><th>Created</th></tr></thead>
    <tbody>
      <tr>
        <td class="${s('keyName')}">Support check (read-only)</td>
        <td><div class="${s('tokenCell')}"><button class="${s('smallButton')}" type="button" data-reveal="restricted" data-mode="${mode}">Reveal key</button></div></td>
        <td class="${s('muted')}">—</td>
        <td class="${s('muted')}">Jan 9, 2025</td>
      </tr>
    </tbody>
  </table>
</section>`;
}

export function placeholderContent(title: string): SafeHtml {
  return html`<h1 class="${s('pageTitle')}">${title}</h1><div class="${s('empty')}">Nothing here yet.</div>`;
}

export function notFoundContent(): SafeHtml {
  return html`<h1 class="${s('pageTitle')}">Page not found</h1><p class="${s('pageLead')}">We couldn’t find that page. <a href="/dashboard">Go to Home</a></p>`;
}
