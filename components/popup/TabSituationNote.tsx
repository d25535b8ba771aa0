import { browser } from 'wxt/browser';
import { siteUrl } from '../../lib/origins';
import type { TabSituation } from '../../lib/pages/tab-situation';

/** Kartra's Integrations page, on the same site as `reference` (the sandbox in sandbox builds). */
export function integrationsUrl(reference?: string): string {
  return siteUrl('kartra-app', '/integrations', reference);
}

/** Opens Kartra's Integrations page in the described tab (when it is ours to navigate) or a new one. */
export function OpenIntegrationsLink({ tabId, reference, label }: { tabId: number | undefined; reference?: string; label: string }) {
  const url = integrationsUrl(reference);
  const open = (event: Event) => {
    event.preventDefault();
    void (tabId === undefined ? browser.tabs.create({ url }) : browser.tabs.update(tabId, { url })).then(() => window.close());
  };
  return (
    <a href={url} onClick={open} data-testid="open-integrations">
      {label}
    </a>
  );
}

/**
 * What the popup says when the tab has no integrations report to show: not one of our sites, still loading, Stripe's
 * page, or not yet checked. Renders nothing for a Kartra page (the health summary speaks) and for the states the
 * tab-state notice explains.
 */
export function TabSituationNote({ situation, tabId }: { situation: TabSituation; tabId: number | undefined }) {
  switch (situation) {
    case 'no-tab':
      return (
        <p class="callout" data-testid="tab-situation" data-situation={situation}>
          No tab to check. Open the popup from the toolbar of the tab with Kartra or Stripe.
        </p>
      );
    case 'checking':
      return (
        <p class="muted" role="status" data-testid="tab-situation" data-situation={situation}>
          Checking this tab…
        </p>
      );
    case 'not-our-site':
      return (
        <div class="callout" data-testid="tab-situation" data-situation={situation}>
          <p>This tab is not Kartra or Stripe, so there is nothing to check here.</p>
          <p>
            <OpenIntegrationsLink tabId={tabId} label="Open Kartra’s Settings › Integrations" />
          </p>
        </div>
      );
    case 'loading':
      return (
        <p class="callout" role="status" data-testid="tab-situation" data-situation={situation}>
          The page is still loading. The assistant reads it as soon as it has loaded.
        </p>
      );
    case 'stripe-page':
      return (
        <p class="callout" data-testid="tab-situation" data-situation={situation}>
          This is Stripe’s page. The guide in the side panel follows it and checks the account you pick before you click
          Connect.
        </p>
      );
    default:
      return null;
  }
}
