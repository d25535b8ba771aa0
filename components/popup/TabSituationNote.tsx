import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
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
          {t('popup.noTab')}
        </p>
      );
    case 'checking':
      return (
        <p class="muted" role="status" data-testid="tab-situation" data-situation={situation}>
          {t('popup.checkingTab')}
        </p>
      );
    case 'not-our-site':
      return (
        <div class="callout" data-testid="tab-situation" data-situation={situation}>
          <p>{t('popup.notOurSite')}</p>
          <p>
            <OpenIntegrationsLink tabId={tabId} label={t('popup.openKartraIntegrations')} />
          </p>
        </div>
      );
    case 'loading':
      return (
        <p class="callout" role="status" data-testid="tab-situation" data-situation={situation}>
          {t('popup.pageLoading')}
        </p>
      );
    case 'stripe-page':
      return (
        <p class="callout" data-testid="tab-situation" data-situation={situation}>
          {t('popup.stripePage')}
        </p>
      );
    default:
      return null;
  }
}
