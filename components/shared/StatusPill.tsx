import type { IntegrationStatus } from '../../lib/protocol';
import { statusLabel } from '../text/status-label';

export function StatusPill({ status }: { status: IntegrationStatus }) {
  return <span class={`pill ${status}`}>{statusLabel(status)}</span>;
}
