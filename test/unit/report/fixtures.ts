/** A support report's inputs in known states, for the report tests. */
import type { GuideState } from '../../../lib/guide/guide-state';
import type { ReportInputs } from '../../../lib/report/support-report';
import type { TabHealth } from '../../../lib/storage';
import { KARTRA_TAB, makeGuide, T0 } from '../guide/fixtures';

export const ACCOUNT_ID = 'acct_1PqRsTuVwXyZ9xYz';
export const PAGE_KEY = 'pk_live_51PqRsTuVwXyZAbCdEfGhIjKlMnOpQr1234';

export function mismatchGuide(overrides: Partial<GuideState> = {}): GuideState {
  return makeGuide({
    stepId: 'troubleshoot',
    completed: { 'why-reconnect': T0 + 1000, 'before-you-begin': T0 + 2000, 'choose-account': T0 + 5000 },
    history: [
      { at: T0, stepId: 'why-reconnect', event: 'started', source: 'agent' },
      { at: T0 + 3000, stepId: 'choose-edit', event: 'edit-opened-key', params: { keyEnd: '1234' }, source: 'observed' },
      { at: T0 + 5000, stepId: 'choose-account', event: 'account-selected-other', params: { name: 'Acme (jane.doe@example.com)' }, source: 'observed' },
      { at: T0 + 7000, stepId: 'troubleshoot', event: 'kartra-outcome', params: { outcome: 'account-mismatch' }, source: 'observed' },
    ],
    originalKey: PAGE_KEY,
    candidate: { name: 'Acme (jane.doe@example.com)', accountId: ACCOUNT_ID, verdict: 'different-account' },
    outcome: 'account-mismatch',
    ...overrides,
  });
}

export const HEALTH: TabHealth = {
  url: 'https://app.kartra.com/integrations?code=ac_SECRETCODE12345&state=st_SECRETSTATE6789',
  at: T0,
  report: {
    onIntegrationsPage: true,
    integrations: [
      {
        name: 'Stripe',
        status: 'needs-attention',
        confidence: 0.9,
        decidedBy: { code: 'evidence', strongest: { code: 'text', text: `Reconnect ${ACCOUNT_ID}` }, alsoAgreeing: 1 },
        isStripe: true,
      },
    ],
    needsAttentionCount: 1,
    stripeAmbiguous: false,
    reconnectIndex: 0,
    bannerMentionsStripe: true,
    outcome: 'account-mismatch',
  },
};

export function inputs(overrides: Partial<ReportInputs> = {}): ReportInputs {
  return {
    now: T0 + 10_000,
    tabId: KARTRA_TAB,
    guide: mismatchGuide(),
    health: HEALTH,
    profiles: { kartra: { source: 'default', version: 1 }, stripe: { source: 'override', version: 1, savedAt: T0 } },
    environment: { browser: 'Firefox 140.0', extensionVersion: '1.2.3', timeZone: 'UTC' },
    screenshot: { captured: true },
    ...overrides,
  };
}
