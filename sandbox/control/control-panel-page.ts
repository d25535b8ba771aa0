/**
 * The control panel at app.kartra.localhost/__sandbox: one form for the whole scenario, the accounts with their
 * keys (handy in a demo), and links to every page. Plain and semantic on purpose: it is our tool, not a fake site.
 */
import { INTEGRATIONS_CATALOG } from '../data/integrations-catalog.ts';
import { STRIPE_ACCOUNTS, STRIPE_PROFILES } from '../data/stripe-accounts.ts';
import { FAMILIAR_WORDING, UNFAMILIAR_VARIANTS, UNFAMILIAR_WORDING } from '../data/unfamiliar-wording.ts';
import { html, type SafeHtml } from '../http/html.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { stateSnapshot } from '../state/state-snapshot.ts';

const OUTCOMES = ['auto', 'mismatch', 'ineligible', 'denied', 'already-integrated'] as const;
const TILE_COUNTS = [10, INTEGRATIONS_CATALOG.length, 100, 1000, 5000];

export function controlPanelPage(ctx: SandboxContext, saved: boolean): SafeHtml {
  const { scenario } = ctx.state;
  const { origins } = ctx;
  const profileName = (id: string) => STRIPE_PROFILES.find((p) => p.id === id)?.name ?? id;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sandbox control panel</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
fieldset{border:1px solid #d9dde5;border-radius:8px;background:#fff;margin:0 0 12px;padding:12px 16px}
legend{font-weight:600;padding:0 4px}
label{margin-right:14px;white-space:nowrap}
.note{color:#5b6475;font-size:13px;margin:4px 0 0}
.saved{background:#e7f7ee;border:1px solid #b6e3c8;padding:8px 12px;border-radius:6px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:12.5px}
td,th{border:1px solid #e1e4ea;padding:6px 8px;text-align:left;vertical-align:top}
code{font-size:12px;word-break:break-all}
button{font:inherit;padding:6px 14px;border-radius:6px;border:1px solid #9aa3b5;background:#fff;cursor:pointer}
button.primary{background:#2d63e2;border-color:#2d63e2;color:#fff}
pre{background:#0f1522;color:#d7def0;padding:12px;border-radius:8px;overflow:auto;font-size:12px;max-height:420px}
</style>
</head>
<body>
<main>
<h1>Sandbox control panel</h1>
<p class="note">Port ${new URL(origins['kartra-app']).port}. Changes apply to this sandbox instance only. Scenario fields also work as query parameters on any Kartra page, e.g. <code>/integrations?red=stripe&amp;keys=old&amp;delay=0</code>.</p>
${saved ? html`<p class="saved" role="status">Saved.</p>` : ''}
<form method="post" action="/__sandbox/scenario">
  <fieldset><legend>Integrations needing attention (red)</legend>
    <input type="hidden" name="red" value="">
    ${INTEGRATIONS_CATALOG.map(
      (i) => html`<label><input type="checkbox" name="red" value="${i.slug}" ${scenario.red.includes(i.slug) ? 'checked' : ''}> ${i.name}${i.nickname ? ` (${i.nickname})` : ''}</label> `,
    )}
  </fieldset>
  <fieldset><legend>Pages the extension does not know (teach mode)</legend>
    <input type="hidden" name="unfamiliar" value="">
    ${UNFAMILIAR_VARIANTS.map(
      (v) => html`<label><input type="checkbox" name="unfamiliar" value="${v}" ${scenario.unfamiliar.includes(v) ? 'checked' : ''}> ${v}: “${FAMILIAR_WORDING[v]}” → “${UNFAMILIAR_WORDING[v].label}”</label> `,
    )}
    <p class="note">Each one renames one thing the built-in profiles look for; adding that one phrase to the profile finds it again (sandbox/README.md).</p>
  </fieldset>
  <fieldset><legend>Stripe</legend>
    <label>Original account <select name="original">${STRIPE_ACCOUNTS.map(
      (a) => html`<option value="${a.id}" ${a.id === scenario.original ? 'selected' : ''}>${a.displayName} — ${a.id}</option>`,
    )}</select></label>
    <label>Key format <select name="keys">${(['modern', 'old'] as const).map((f) => html`<option ${f === scenario.keys ? 'selected' : ''}>${f}</option>`)}</select></label>
    <input type="hidden" name="loggedIn" value="0">
    <label><input type="checkbox" name="loggedIn" value="1" ${scenario.loggedIn ? 'checked' : ''}> Stripe user signed in</label>
    <label>Account picker shows <select name="picker">${(['ids', 'names'] as const).map((p) => html`<option ${p === scenario.picker ? 'selected' : ''}>${p}</option>`)}</select></label>
    <label>Next Connect outcome <select name="outcome">${OUTCOMES.map((o) => html`<option ${o === scenario.outcome ? 'selected' : ''}>${o}</option>`)}</select></label>
    <p class="note">A forced outcome is used once, then goes back to <code>auto</code> (decided from the account picked at Stripe).</p>
  </fieldset>
  <fieldset><legend>Integrations page</legend>
    <label>Tiles <select name="tiles">${[...new Set([...TILE_COUNTS, scenario.tiles])].sort((a, b) => a - b).map((n) => html`<option ${n === scenario.tiles ? 'selected' : ''}>${n}</option>`)}</select></label>
    <label>Render delay (ms, empty = random 300–1500) <input name="delay" size="6" value="${scenario.delay ?? ''}"></label>
    <label>DOM mutations per second <input name="mutate" size="5" value="${scenario.mutate}"></label>
    <label>Page load held back (ms) <input name="pageLoad" size="6" value="${scenario.pageLoad}"></label>
  </fieldset>
  <button class="primary" type="submit">Apply</button>
</form>
<form method="post" action="/__sandbox/reset" style="margin-top:8px"><button type="submit">Reset everything</button></form>

<h2>Open</h2>
<ul>
  <li><a href="${origins['kartra-app']}/integrations">Kartra › Settings › Integrations</a></li>
  <li><a href="${origins['stripe-dashboard']}/">Stripe dashboard</a> · <a href="${origins['stripe-dashboard']}/apikeys">API keys</a> · <a href="${origins['stripe-dashboard']}/test/apikeys">test API keys</a></li>
  <li><a href="${origins['kartra-app']}/__sandbox/state">State (JSON)</a></li>
</ul>

<h2>Stripe accounts (one login, ${STRIPE_PROFILES.length} profiles)</h2>
<table>
<thead><tr><th>Profile</th><th>Account</th><th>Role</th><th>Live publishable key (${scenario.keys})</th><th>Restricted keys</th></tr></thead>
<tbody>
${STRIPE_ACCOUNTS.map(
  (a) => html`<tr><td>${profileName(a.profileId)}</td><td>${a.displayName}<br><code>${a.id}</code></td><td>${accountRole(ctx, a.id)}</td><td><code>${a.keys[scenario.keys].livePublishable}</code></td><td><code>${a.keys.restricted.test}</code><br><code>${a.keys.restricted.live}</code></td></tr>`,
)}
</tbody>
</table>

<h2>State</h2>
<pre>${JSON.stringify(stateSnapshot(ctx), null, 2)}</pre>
</main>
</body>
</html>`;
}

function accountRole(ctx: SandboxContext, accountId: string): string {
  const { expected } = stateSnapshot(ctx);
  if (accountId === expected.originalAccountId) return 'original (Connect → success)';
  if (accountId === expected.ineligibleAccountId) return 'controlled by another platform (→ Ineligible account)';
  if (accountId === expected.alreadyIntegratedAccountId) return 'used by the "Courses checkout" Stripe integration (→ Account already integrated)';
  return 'another account (→ Stripe account does not match)';
}
