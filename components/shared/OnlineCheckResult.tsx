import { compareKeyWithAccount, type AccountComparisonVerdict } from '../../lib/stripe/compare-keys';
import { t } from '../../lib/i18n';
import { accountComparisonText } from '../text/key-check';
import type { OnlineAccount } from '../../lib/stripe/online-check';

const TONE: Record<AccountComparisonVerdict, 'ok' | 'danger' | 'warn'> = {
  'same-account': 'ok',
  'different-account': 'danger',
  'cannot-tell': 'warn',
  invalid: 'warn',
};

/** What Stripe said about the key's account and, next to the guide's original key, whether it is the same account. */
export function OnlineCheckResult({ account, originalKey }: { account: OnlineAccount; originalKey?: string | undefined }) {
  const comparison = originalKey ? compareKeyWithAccount(originalKey, account.id) : undefined;
  return (
    <div data-testid="online-result" style={{ display: 'grid', gap: '8px' }}>
      <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 10px', margin: 0 }}>
        <dt class="muted">{t('shared.resultAccount')}</dt>
        <dd style={{ margin: 0 }}>
          <code data-testid="online-account-id">{account.id}</code>
        </dd>
        <dt class="muted">{t('shared.resultBusinessName')}</dt>
        <dd style={{ margin: 0 }} data-testid="online-business-name">
          {account.businessName ?? (account.displayName ? t('shared.dashboardName', { name: account.displayName }) : t('shared.notSetInStripe'))}
        </dd>
      </dl>
      {comparison && (
        <p style={{ margin: 0 }} class={`callout ${TONE[comparison.verdict]}`} data-testid="online-match" data-verdict={comparison.verdict}>
          {accountComparisonText(comparison, t('shared.originalKeyLabel'))}
        </p>
      )}
    </div>
  );
}
