import { useState } from 'preact/hooks';
import type { GuideState } from '../../lib/guide/guide-state';
import { compareKeys } from '../../lib/stripe/compare-keys';
import { parseStripeKey } from '../../lib/stripe/stripe-key';
import { LazyOnlineCheck } from './LazyOnlineCheck';

const VERDICT_TEXT: Record<string, { tone: 'ok' | 'danger' | 'warn'; text: string }> = {
  'same-key': { tone: 'ok', text: 'Matches the original account: this is the one to connect.' },
  'same-account': { tone: 'ok', text: 'Matches the original account: this is the one to connect.' },
  'different-account': { tone: 'danger', text: 'Not the original account. Connecting it will fail with “Stripe account does not match”.' },
  'mode-mismatch': { tone: 'warn', text: 'Same account, but a test-mode key: Kartra compares live keys. Check the live key.' },
  'cannot-tell': { tone: 'warn', text: 'Cannot tell from the key alone (older key format). Use “Check in Stripe” to compare.' },
  invalid: { tone: 'warn', text: 'The key Kartra shows could not be read as a Stripe key.' },
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
      setCopied('Publishable key copied.');
    } catch {
      setCopied('Could not copy: select the key in Kartra’s Edit window instead.');
    }
  };
  return (
    <section class="account-check" aria-labelledby="account-check-title" data-testid="account-check">
      <h2 id="account-check-title">Original Stripe account</h2>
      {original ? (
        <dl class="key-facts">
          <dt>Publishable key in Kartra</dt>
          <dd class="key-row">
            <code data-testid="original-key">{original.valid ? original.redacted : 'unreadable key'}</code>
            <button type="button" onClick={copy} aria-label="Copy the publishable key">
              Copy
            </button>
          </dd>
          {original.valid && (
            <>
              <dt>Account</dt>
              <dd>{original.accountRef ? `acct_…${original.accountRef.slice(-4)}` : 'not in the key (older key format)'}</dd>
            </>
          )}
        </dl>
      ) : (
        <p class="muted">Open the Stripe tile’s Edit window in Kartra and I will read its Publishable key.</p>
      )}
      {guide.candidate && (
        <div class={`callout ${verdict ? VERDICT_TEXT[verdict]!.tone : ''}`} data-testid="candidate" data-verdict={verdict ?? 'none'}>
          <p>
            <strong>Chosen in Stripe: </strong>
            {guide.candidate.name}
            {guide.candidate.accountId && <span class="muted"> ({guide.candidate.accountId})</span>}
          </p>
          {verdict && <p>{VERDICT_TEXT[verdict]!.text}</p>}
        </div>
      )}
      {guide.originalKey && guide.dashboard?.publishableKey && (
        <DashboardComparison originalKey={guide.originalKey} dashboardKey={guide.dashboard.publishableKey} accountName={guide.dashboard.accountName} />
      )}
      <button type="button" onClick={onCheckInStripe} title="Opens Stripe's API keys page in a new tab and compares the key it shows">
        Check in Stripe
      </button>
      <p class="sr-only" role="status" aria-live="polite">
        {copied}
      </p>
      {copied && <p class="muted">{copied}</p>}
      {/* Opt-in and collapsed: most reconnects never need a key, so nothing of the check runs until it is opened. */}
      <details data-testid="online-check-details" onToggle={(event) => setOnlineOpen(event.currentTarget.open)}>
        <summary style={{ cursor: 'pointer', fontWeight: 600 }}>Check the account online (optional)</summary>
        {onlineOpen && <LazyOnlineCheck referenceTabId={guide.tabId} originalKey={guide.originalKey} />}
      </details>
    </section>
  );
}

/** "Check in Stripe": the publishable key the Stripe dashboard tab shows, compared with the one in Kartra. */
function DashboardComparison({ originalKey, dashboardKey, accountName }: { originalKey: string; dashboardKey: string; accountName?: string }) {
  const { verdict, explanation } = compareKeys(originalKey, dashboardKey, ['the key in Kartra', 'the key in the Stripe dashboard']);
  const tone = verdict === 'same-key' || verdict === 'same-account' ? 'ok' : verdict === 'different-account' ? 'danger' : 'warn';
  return (
    <div class={`callout ${tone}`} data-testid="dashboard-comparison" data-verdict={verdict}>
      <p>
        <strong>Stripe dashboard{accountName ? ` (${accountName})` : ''}: </strong>
        {tone === 'ok' ? 'this is the original account. Select it in Stripe’s account list.' : explanation}
      </p>
    </div>
  );
}
