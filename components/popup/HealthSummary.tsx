import { useState } from 'preact/hooks';
import { countHealth, countOf } from '../../lib/health/health-counts';
import type { IntegrationSummary } from '../../lib/protocol';
import type { TabHealth } from '../../lib/storage';
import { StatusPill } from '../shared/StatusPill';
import { decisionText } from '../text/evidence';
import { OpenIntegrationsLink } from './TabSituationNote';

/** Why a status could not be read, worded for the agent (the report carries the code). */
const UNKNOWN_WHY: Record<NonNullable<IntegrationSummary['unknownWhy']>, string> = {
  'no-evidence': 'nothing on the tile shows a status',
  'weak-evidence': 'what the tile shows is too faint to be sure',
  conflict: 'the tile shows signs of two different statuses',
};

/**
 * What the Kartra content script found on the tab: the integrations needing attention (and those whose status could
 * not be read) first, the rest on demand. It says "No integration needs attention" only when every tile was read.
 */
export function HealthSummary({ health, tabId }: { health: TabHealth | undefined; tabId: number | undefined }) {
  const [showAll, setShowAll] = useState(false);
  if (!health) {
    return (
      <p class="muted" role="status" data-testid="health-empty">
        Reading this Kartra page…
      </p>
    );
  }
  const { report } = health;
  if (!report.onIntegrationsPage) {
    return (
      <div class="callout" data-testid="health-off-route">
        <p>This Kartra page is not Settings › Integrations, where the Stripe connection is checked.</p>
        <p>
          <OpenIntegrationsLink tabId={tabId} reference={health.url} label="Go to Settings › Integrations" />
        </p>
      </div>
    );
  }
  const counts = countHealth(report);
  if (counts.noTiles) {
    return (
      <section aria-labelledby="health-title" data-testid="health-no-tiles">
        <h2 id="health-title">No integration tiles found on this page</h2>
        <p class="muted">
          This looks like Kartra's Integrations page, but no integration could be recognised on it: it may still be loading, a
          filter may hide everything, or Kartra changed its page. Check the page yourself.
        </p>
        <p>
          <a href="/options.html" target="_blank" rel="noopener" data-testid="open-detection-settings">
            Open the detection settings
          </a>
        </p>
      </section>
    );
  }
  const flagged = report.integrations.filter((i) => i.status === 'needs-attention' || i.status === 'unknown');
  const shown = showAll ? report.integrations : flagged;
  return (
    <section aria-labelledby="health-title" data-testid="health">
      <h2 id="health-title">{headline(counts)}</h2>
      {counts.needsAttention > 0 && counts.unreadable > 0 && (
        <p class="callout warn" role="note" data-testid="health-unreadable">
          The status of {countOf(counts.unreadable, 'other integration', 'other integrations')} could not be read.
        </p>
      )}
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
            <p class="muted why">
              {integration.status === 'unknown' && integration.unknownWhy
                ? `Could not read: ${UNKNOWN_WHY[integration.unknownWhy]}${integration.unknownWhy === 'no-evidence' ? '' : ` (${readable(decisionText(integration.decidedBy))})`}.`
                : `Why: ${readable(decisionText(integration.decidedBy))}`}
            </p>
          </li>
        ))}
      </ul>
      {report.integrations.length > flagged.length && (
        <button type="button" class="link" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? 'Show only those needing a look' : `Show all ${report.integrations.length} integrations`}
        </button>
      )}
    </section>
  );
}

/** Icon-font glyphs (private use area) show as nothing outside their font: name them by codepoint instead. */
function readable(text: string): string {
  return text.replace(/[\uE000-\uF8FF]/g, (glyph) => `U+${glyph.charCodeAt(0).toString(16).toUpperCase()}`);
}

function headline({ found, needsAttention, unreadable }: ReturnType<typeof countHealth>): string {
  if (needsAttention > 0) return `${countOf(needsAttention, 'integration', 'integrations')} need${needsAttention === 1 ? 's' : ''} attention`;
  if (unreadable > 0) return `${countOf(found, 'integration', 'integrations')} found, the status of ${unreadable} could not be read`;
  return 'No integration needs attention';
}
