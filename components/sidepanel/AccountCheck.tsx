import { useState } from 'preact/hooks';
import type { AccountVerdict, GuideState } from '../../lib/guide/guide-state';
import { t } from '../../lib/i18n';
import { compareKeys } from '../../lib/stripe/compare-keys';
import { parseStripeKey } from '../../lib/stripe/stripe-key';
import { keyComparisonText } from '../text/key-check';
import { LazyOnlineCheck } from './LazyOnlineCheck';

const VERDICT_TEXT: Readonly<Record<AccountVerdict, { tone: 'ok' | 'danger' | 'warn'; text: () => string }>> = {
  'same-key': { tone: 'ok', text: () => t('accountCheck.verdict.sameAccount') },
  'same-account': { tone: 'ok', text: () => t('accountCheck.verdict.sameAccount') },
  'different-account': { tone: 'danger', text: () => t('accountCheck.verdict.differentAccount') },
  'mode-mismatch': { tone: 'warn', text: () => t('accountCheck.verdict.modeMismatch') },
  'cannot-tell': { tone: 'warn', text: () => t('accountCheck.verdict.cannotTell') },
  invalid: { tone: 'warn', text: () => t('accountCheck.verdict.invalid') },
};

/**
 * The account-match guard as the agent sees it: the original publishable key (redacted, with a copy button), the
 * Stripe account being chosen and the verdict, and a way to check in Stripe's dashboard when the key cannot tell.
 */
export function AccountCheck({ guide, onCheckInStripe }: { guide: GuideState; onCheckInStripe(): void }) {
  const [copied, setCopied] = useState('');
  const [onlineOpen, setOnlineOpen] = useState(false);
  const original = guide.originalKey ? parseStripeKey(guide.originalKey) : undefined;
  const verdict = guide.candidate?.verdict;
  const copy = async () => {
    if (!guide.originalKey) return;
    try {
      await navigator.clipboard.writeText(guide.originalKey);
      setCopied(t('accountCheck.copied'));
    } catch {
      setCopied(t('accountCheck.copyFailed'));
    }
  };
  return (
    <section class="account-check" aria-labelledby="account-check-title" data-testid="account-check">
      <h2 id="account-check-title">{t('accountCheck.title')}</h2>
      {original ? (
        <dl class="key-facts">
          <dt>{t('accountCheck.keyInKartra')}</dt>
          <dd class="key-row">
            <code data-testid="original-key">{original.valid ? original.redacted : t('accountCheck.unreadableKey')}</code>
            <button type="button" onClick={copy} aria-label={t('accountCheck.copyKeyLabel')}>
              {t('accountCheck.copy')}
            </button>
          </dd>
          {original.valid && (
            <>
              <dt>{t('accountCheck.account')}</dt>
              <dd>{original.accountRef ? `acct_…${original.accountRef.slice(-4)}` : t('accountCheck.accountNotInKey')}</dd>
            </>
          )}
        </dl>
      ) : (
        <p class="muted">{t('accountCheck.openEditWindow')}</p>
      )}
      {guide.candidate && (
        <div class={`callout ${verdict ? VERDICT_TEXT[verdict].tone : ''}`} data-testid="candidate" data-verdict={verdict ?? 'none'}>
          <p>
            <strong>{t('accountCheck.chosenInStripe')}</strong>
            {guide.candidate.name || t('guide.unnamedAccount')}
            {guide.candidate.accountId && <span class="muted"> ({guide.candidate.accountId})</span>}
          </p>
          {verdict && <p>{VERDICT_TEXT[verdict].text()}</p>}
        </div>
      )}
      {guide.originalKey && guide.dashboard?.publishableKey && (
        <DashboardComparison originalKey={guide.originalKey} dashboardKey={guide.dashboard.publishableKey} accountName={guide.dashboard.accountName} />
      )}
      <button type="button" onClick={onCheckInStripe} title={t('accountCheck.checkInStripeTitle')}>
        {t('accountCheck.checkInStripe')}
      </button>
      <p class="sr-only" role="status" aria-live="polite">
        {copied}
      </p>
      {copied && <p class="muted">{copied}</p>}
      {/* Opt-in and collapsed: most reconnects never need a key, so nothing of the check runs until it is opened. */}
      <details data-testid="online-check-details" onToggle={(event) => setOnlineOpen(event.currentTarget.open)}>
        <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t('accountCheck.checkOnline')}</summary>
        {onlineOpen && <LazyOnlineCheck referenceTabId={guide.tabId} originalKey={guide.originalKey} />}
      </details>
    </section>
  );
}

/** "Check in Stripe": the publishable key the Stripe dashboard tab shows, compared with the one in Kartra. */
function DashboardComparison({ originalKey, dashboardKey, accountName }: { originalKey: string; dashboardKey: string; accountName?: string }) {
  const comparison = compareKeys(originalKey, dashboardKey);
  const { verdict } = comparison;
  const tone = verdict === 'same-key' || verdict === 'same-account' ? 'ok' : verdict === 'different-account' ? 'danger' : 'warn';
  return (
    <div class={`callout ${tone}`} data-testid="dashboard-comparison" data-verdict={verdict}>
      <p>
        <strong>{accountName ? t('accountCheck.dashboardNamed', { name: accountName }) : t('accountCheck.dashboard')}</strong>
        {tone === 'ok'
          ? t('accountCheck.dashboardIsOriginal')
          : keyComparisonText(comparison, [t('accountCheck.sideKartra'), t('accountCheck.sideDashboard')])}
      </p>
    </div>
  );
}
