import { t } from '../../lib/i18n';
import type { IntegrationStatus } from '../../lib/protocol';

const LABELS: Record<IntegrationStatus, () => string> = {
  'needs-attention': () => t('shared.statusNeedsAttention'),
  connected: () => t('shared.statusConnected'),
  'not-configured': () => t('shared.statusNotConfigured'),
  unknown: () => t('shared.statusUnknown'),
};

export function StatusPill({ status }: { status: IntegrationStatus }) {
  return <span class={`pill ${status}`}>{LABELS[status]()}</span>;
}
