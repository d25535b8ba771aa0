import type { GuideState } from '../../lib/guide/guide-state';
import type { TabHealth } from '../../lib/storage';

interface Props {
  health: TabHealth | undefined;
  previous: GuideState | undefined;
  onStart(): void;
}

/** No guide for this tab yet: say what we see and offer to start (or to resume an earlier guide). */
export function StartCard({ health, previous, onStart }: Props) {
  const stripe = health?.report.integrations.find((i) => i.isStripe);
  return (
    <section class="start" data-testid="start-card">
      {stripe?.status === 'needs-attention' ? (
        <p class="callout danger">The Stripe integration on this page needs attention.</p>
      ) : health?.report.onIntegrationsPage ? (
        <p class="callout">No Stripe integration needing attention is visible on this page.</p>
      ) : (
        <p class="muted">Open Kartra’s Settings › Integrations in this tab, or start the guide and it will take you there.</p>
      )}
      <button type="button" class="primary" onClick={onStart} data-testid="start-guide">
        {previous && previous.status !== 'done' ? 'Resume the reconnect guide' : 'Start the reconnect guide'}
      </button>
    </section>
  );
}
