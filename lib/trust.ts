/**
 * Who is talking to the background, decided only from what the browser says about the sender (its URL, tab and
 * frame), never from anything in the message. Then, which message types each kind of sender may send.
 */
import type { Runtime } from 'webextension-polyfill';
import { profileSiteOfRole, siteRoleOf, type SiteRole } from './origins';
import type { Message, Observation } from './protocol';

export type Sender =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; role: SiteRole; tabId: number; url: string }
  | { kind: 'untrusted'; why: string };

export function classifySender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): Sender {
  if (sender.id !== extensionId) return { kind: 'untrusted', why: 'another extension' };
  const url = sender.url;
  if (!url) return { kind: 'untrusted', why: 'no sender URL' };
  // Extension URLs have no web origin (`new URL(...).origin` is "null" outside Chrome), so compare the prefix.
  if (url.startsWith(`${extensionOrigin}/`)) return { kind: 'extension-page' };
  let urlOrigin: string;
  try {
    urlOrigin = new URL(url).origin;
  } catch {
    return { kind: 'untrusted', why: 'unparseable sender URL' };
  }
  // Chrome also gives `origin`; when present it must agree with the URL, or someone is confused.
  const origin = (sender as { origin?: string }).origin;
  if (origin !== undefined && origin !== urlOrigin) return { kind: 'untrusted', why: 'sender origin and URL disagree' };

  const role = siteRoleOf(url);
  if (!role || role === 'stripe-api') return { kind: 'untrusted', why: 'not one of our sites' };
  if (sender.tab?.id === undefined) return { kind: 'untrusted', why: 'content script without a tab' };
  // Subframes (ads, widgets, a hostile iframe on the same site) do not speak for the page.
  if (sender.frameId !== 0) return { kind: 'untrusted', why: 'not the top frame' };
  return { kind: 'content-script', role, tabId: sender.tab.id, url };
}

const KARTRA_OBSERVATIONS: ReadonlySet<Observation['kind']> = new Set([
  'tile-menu-opened',
  'edit-modal-opened',
  'connect-with-stripe-clicked',
  'kartra-redirect',
  'kartra-outcome',
]);
const STRIPE_CONNECT_OBSERVATIONS: ReadonlySet<Observation['kind']> = new Set([
  'stripe-login-shown',
  'stripe-picker-shown',
  'stripe-account-selected',
  'stripe-connect-clicked',
  'stripe-cancel-clicked',
  'stripe-error-page',
]);
const STRIPE_DASHBOARD_OBSERVATIONS: ReadonlySet<Observation['kind']> = new Set(['stripe-dashboard', 'stripe-login-shown']);

const OBSERVATIONS_BY_ROLE: Readonly<Record<SiteRole, ReadonlySet<Observation['kind']>>> = {
  'kartra-app': KARTRA_OBSERVATIONS,
  'stripe-connect': STRIPE_CONNECT_OBSERVATIONS,
  'stripe-dashboard': STRIPE_DASHBOARD_OBSERVATIONS,
  'stripe-api': new Set(),
};

/** The trust table: may this sender send this message? Tested cell by cell in test/unit/trust.test.ts. */
export function isAllowed(sender: Sender, message: Message): boolean {
  switch (message.type) {
    case 'health/report':
      return sender.kind === 'content-script' && sender.role === 'kartra-app';
    case 'guide/observed':
      return sender.kind === 'content-script' && OBSERVATIONS_BY_ROLE[sender.role].has(message.observation.kind);
    case 'guide/for-this-tab':
      return sender.kind === 'content-script' && sender.role !== 'stripe-api';
    case 'panel/open-here':
      return sender.kind === 'content-script' && sender.role === 'kartra-app';
    case 'teach/start-here':
      return sender.kind === 'content-script' && profileSiteOfRole(sender.role) !== undefined;
    case 'teach/apply':
    case 'teach/export':
      // The picker of a Kartra page teaches Kartra's profile only, a Stripe page's Stripe's.
      return sender.kind === 'content-script' && profileSiteOfRole(sender.role) === message.change.site;
    case 'teach/undo':
      // From a page, the background also checks that this tab applied that change (lib/background/start-background.ts).
      return sender.kind === 'extension-page' || (sender.kind === 'content-script' && sender.role !== 'stripe-api');
    case 'profile/active':
      // Each content script may ask for its own site's profile only.
      return sender.kind === 'content-script' && profileSiteOfRole(sender.role) === message.site;
    case 'guide/command':
    case 'guide/show-me':
    case 'guide/adopt-tab':
    case 'panel/open':
    case 'profile/set-override':
    case 'profile/clear-override':
    case 'profile/layers': // the team's policy and the agent's override, errors included: our pages only
    case 'report/capture': // a screenshot of any tab: only the agent, from our own pages
    case 'teach/start':
      return sender.kind === 'extension-page';
  }
}
