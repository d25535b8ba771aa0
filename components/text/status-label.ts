/** A tile status's label as the popup's pills show it ("Needs attention", "Cannot tell"). */
import { t } from '../../lib/i18n';
import type { IntegrationStatus } from '../../lib/kartra/compiled-profile';

const LABELS: Record<IntegrationStatus, () => string> = {
  'needs-attention': () => t('shared.statusNeedsAttention'),
  connected: () => t('shared.statusConnected'),
  'not-configured': () => t('shared.statusNotConfigured'),
  unknown: () => t('shared.statusUnknown'),
};

export function statusLabel(status: IntegrationStatus): string {
  return LABELS[status]();
}
