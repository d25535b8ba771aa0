import type { GuideState } from '../../lib/guide/guide-state';
import { t } from '../../lib/i18n';

/** "Before you begin": whether a Stripe dashboard tab is open, and which account it shows. */
export function StripeTabsNote({ guide }: { guide: GuideState }) {
  const seen = guide.dashboard;
  if (!seen) {
    return (
      <p class="callout" data-testid="stripe-tab-note">
        {t('sidepanel.dashboard.none')}
      </p>
    );
  }
  const { accountName: name, accountId } = seen;
  const text =
    name && accountId
      ? t('sidepanel.dashboard.openNamedId', { name, accountId })
      : name
        ? t('sidepanel.dashboard.openNamed', { name })
        : accountId
          ? t('sidepanel.dashboard.openId', { accountId })
          : t('sidepanel.dashboard.open');
  return (
    <p class="callout ok" data-testid="stripe-tab-note">
      {text}
    </p>
  );
}
