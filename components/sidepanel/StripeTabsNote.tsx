import type { GuideState } from '../../lib/guide/guide-state';

/** "Before you begin": whether a Stripe dashboard tab is open, and which account it shows. */
export function StripeTabsNote({ guide }: { guide: GuideState }) {
  const seen = guide.dashboard;
  if (!seen) {
    return (
      <p class="callout" data-testid="stripe-tab-note">
        No Stripe dashboard tab seen yet. If you can, log in to Stripe in another tab first.
      </p>
    );
  }
  return (
    <p class="callout ok" data-testid="stripe-tab-note">
      Stripe dashboard open{seen.accountName ? ` on “${seen.accountName}”` : ''}
      {seen.accountId ? ` (${seen.accountId})` : ''}.
    </p>
  );
}
