/**
 * One rule for "which Stripe tile": the content script decides it (lib/content/pick-stripe-tile.ts) and the report
 * carries the answer, so the popup and side panel cannot point at a different tile than the page's marker does.
 */
import { describe, expect, it } from 'vitest';
import { StartCard } from '../../../components/sidepanel/StartCard';
import { toHealthReport } from '../../../lib/content/health-report';
import { reconnectTileOf } from '../../../lib/health/reconnect-tile';
import type { DetectedIntegration, IntegrationsReport } from '../../../lib/kartra/detect-integrations';
import { HealthReportSchema } from '../../../lib/protocol';
import { mount } from '../options/render';

const tile = (name: string, status: DetectedIntegration['status'], isStripe: boolean) =>
  ({ name, status, isStripe, confidence: 0.9, decidedBy: { code: 'no-evidence' } }) as DetectedIntegration;

function report(integrations: DetectedIntegration[], stripe: IntegrationsReport['stripe']): IntegrationsReport {
  return { integrations, stripe, needsAttentionCount: integrations.filter((i) => i.status === 'needs-attention').length } as IntegrationsReport;
}

describe('the Stripe tile the guide is about', () => {
  const mailchimp = tile('Mailchimp', 'needs-attention', false);
  const stripeGreen = tile('Stripe (EU)', 'connected', true);
  const stripeRed = tile('Stripe (US)', 'needs-attention', true);

  it('is the only Stripe tile, red or not', () => {
    const health = toHealthReport(report([mailchimp, stripeGreen], { ambiguous: false, tile: stripeGreen }), true);
    expect(HealthReportSchema.parse(health)).toEqual(health);
    expect(reconnectTileOf(health)?.name).toBe('Stripe (EU)');
  });

  it('is the one red tile among several Stripe tiles, wherever it is listed', () => {
    const health = toHealthReport(report([stripeGreen, mailchimp, stripeRed], { ambiguous: true, tiles: [stripeGreen, stripeRed], needsAttention: stripeRed }), true);
    expect(health.reconnectIndex).toBe(2);
    expect(reconnectTileOf(health)?.name).toBe('Stripe (US)');
    expect(health.stripeAmbiguous).toBe(false);
  });

  it('is nobody when several Stripe tiles are red (the agent chooses), nor off the Integrations page', () => {
    const other = tile('Stripe (UK)', 'needs-attention', true);
    const health = toHealthReport(report([stripeRed, other], { ambiguous: true, tiles: [stripeRed, other] }), true);
    expect(health.reconnectIndex).toBeUndefined();
    expect(health.stripeAmbiguous).toBe(true);
    expect(reconnectTileOf(health)).toBeUndefined();
    expect(reconnectTileOf(toHealthReport(report([stripeRed], { ambiguous: false, tile: stripeRed }), false))).toBeUndefined();
  });

  it('decides what the side panel says, not the first red Stripe tile in the list', async () => {
    const other = tile('Stripe (UK)', 'needs-attention', true);
    const ambiguous = toHealthReport(report([stripeRed, other], { ambiguous: true, tiles: [stripeRed, other] }), true);
    const view = await mount(<StartCard health={{ report: ambiguous, url: 'https://app.kartra.com/integrations', at: 1 }} hadGuide={false} resumable={undefined} onStart={() => undefined} onResume={() => undefined} />);
    expect(view.root.textContent).not.toContain('The Stripe integration on this page needs attention.');
    // Never "nothing needs attention" when two Stripe tiles are red.
    expect(view.text('[data-testid="stripe-ambiguous"]')).toMatch(/Several tiles look like Stripe/);
    expect(view.root.textContent).not.toMatch(/No Stripe integration needing attention/);
    view.unmount();
    const one = toHealthReport(report([stripeGreen, stripeRed], { ambiguous: true, tiles: [stripeGreen, stripeRed], needsAttention: stripeRed }), true);
    const again = await mount(<StartCard health={{ report: one, url: 'https://app.kartra.com/integrations', at: 1 }} hadGuide={false} resumable={undefined} onStart={() => undefined} onResume={() => undefined} />);
    expect(again.root.textContent).toContain('The Stripe integration on this page needs attention.');
    again.unmount();
  });
});
