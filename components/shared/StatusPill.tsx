import type { IntegrationStatus } from '../../lib/protocol';

const LABELS: Record<IntegrationStatus, string> = {
  'needs-attention': 'Needs attention',
  connected: 'Connected',
  'not-configured': 'Not configured',
  unknown: 'Cannot tell',
};

export function StatusPill({ status }: { status: IntegrationStatus }) {
  return <span class={`pill ${status}`}>{LABELS[status]}</span>;
}
