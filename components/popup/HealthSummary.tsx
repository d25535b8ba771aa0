import { useState } from 'preact/hooks';
import type { TabHealth } from '../../lib/storage';
import { StatusPill } from '../shared/StatusPill';

/** What the Kartra content script found on the tab: the integrations needing attention first, the rest on demand. */
export function HealthSummary({ health }: { health: TabHealth | undefined }) {
  const [showAll, setShowAll] = useState(false);
  if (!health) {
    return (
      <p class="muted" data-testid="health-empty">
        Open Kartra's <strong>Settings › Integrations</strong> in this tab to check its connections.
      </p>
    );
  }
  const { report } = health;
  if (!report.onIntegrationsPage) {
    return (
      <p class="muted" data-testid="health-off-route">
        This Kartra page is not Settings › Integrations. Go there to check the Stripe connection.
      </p>
    );
  }
  const attention = report.integrations.filter((i) => i.status === 'needs-attention');
  const shown = showAll ? report.integrations : attention;
  return (
    <section aria-labelledby="health-title" data-testid="health">
      <h2 id="health-title">
        {attention.length === 0
          ? 'No integration needs attention'
          : `${attention.length} integration${attention.length === 1 ? '' : 's'} need${attention.length === 1 ? 's' : ''} attention`}
      </h2>
      {report.stripeAmbiguous && (
        <p class="callout warn" role="note">
          Several tiles look like Stripe. Check the page yourself before reconnecting.
        </p>
      )}
      <ul class="integrations">
        {shown.map((integration, index) => (
          <li key={`${integration.name}-${index}`} data-testid="integration" data-status={integration.status}>
            <div class="row">
              <strong>{integration.name}</strong>
              <StatusPill status={integration.status} />
            </div>
            <p class="muted why">Why: {integration.decidedBy}</p>
          </li>
        ))}
      </ul>
      {report.integrations.length > attention.length && (
        <button type="button" class="link" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? 'Show only those needing attention' : `Show all ${report.integrations.length} integrations`}
        </button>
      )}
    </section>
  );
}
