import { useState } from 'preact/hooks';
import { countHealth } from '../../lib/health/health-counts';
import { t } from '../../lib/i18n';
import type { IntegrationSummary } from '../../lib/protocol';
import type { TabHealth } from '../../lib/storage';
import { StatusPill } from '../shared/StatusPill';
import { decisionText } from '../text/evidence';
import { OpenIntegrationsLink } from './TabSituationNote';

/** Why a status could not be read, worded for the agent (the report carries the code). */
const UNKNOWN_WHY: Record<NonNullable<IntegrationSummary['unknownWhy']>, () => string> = {
  'no-evidence': () => t('popup.unknownNoEvidence'),
  'weak-evidence': () => t('popup.unknownWeakEvidence'),
  conflict: () => t('popup.unknownConflict'),
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
        {t('popup.readingPage')}
      </p>
    );
  }
  const { report } = health;
  if (!report.onIntegrationsPage) {
    return (
      <div class="callout" data-testid="health-off-route">
        <p>{t('popup.offRoute')}</p>
        <p>
          <OpenIntegrationsLink tabId={tabId} reference={health.url} label={t('popup.goToIntegrations')} />
        </p>
      </div>
    );
  }
  const counts = countHealth(report);
  if (counts.noTiles) {
    return (
      <section aria-labelledby="health-title" data-testid="health-no-tiles">
        <h2 id="health-title">{t('popup.noTilesTitle')}</h2>
        <p class="muted">{t('popup.noTilesBody')}</p>
        <p>
          <a href="/options.html" target="_blank" rel="noopener" data-testid="open-detection-settings">
            {t('popup.openDetectionSettings')}
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
          {t('popup.otherUnreadable', counts.unreadable)}
        </p>
      )}
      {report.stripeAmbiguous && (
        <p class="callout warn" role="note">
          {t('popup.stripeAmbiguous')}
        </p>
      )}
      <ul class="integrations">
        {shown.map((integration, index) => (
          <li key={`${integration.name}-${index}`} data-testid="integration" data-status={integration.status}>
            <div class="row">
              <strong>{integration.name}</strong>
              <StatusPill status={integration.status} />
            </div>
            <p class="muted why">{whyText(integration)}</p>
          </li>
        ))}
      </ul>
      {report.integrations.length > flagged.length && (
        <button type="button" class="link" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? t('popup.showFlaggedOnly') : t('popup.showAll', report.integrations.length)}
        </button>
      )}
    </section>
  );
}

/** What decided the status; for an unreadable tile, why it could not be read (and what was seen, if anything). */
function whyText({ status, unknownWhy, decidedBy }: IntegrationSummary): string {
  const evidence = readable(decisionText(decidedBy));
  if (status !== 'unknown' || !unknownWhy) return t('popup.why', { evidence });
  const why = UNKNOWN_WHY[unknownWhy]();
  return unknownWhy === 'no-evidence' ? t('popup.couldNotRead', { why }) : t('popup.couldNotReadWithEvidence', { why, evidence });
}

/** Icon-font glyphs (private use area) show as nothing outside their font: name them by codepoint instead. */
function readable(text: string): string {
  return text.replace(/[\uE000-\uF8FF]/g, (glyph) => `U+${glyph.charCodeAt(0).toString(16).toUpperCase()}`);
}

function headline({ found, needsAttention, unreadable }: ReturnType<typeof countHealth>): string {
  if (needsAttention > 0) return t('popup.needsAttention', needsAttention);
  if (unreadable > 0) return t('popup.foundSomeUnreadable', found, { unreadable });
  return t('popup.allClear');
}
