import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createObservationSender } from '../../lib/content/observation-sender';

describe('observation sender', () => {
  const received: unknown[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    received.length = 0;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true, value: null });
    });
  });

  it('redacts secret key shapes from every page string it sends, observations and reports alike', async () => {
    const sender = createObservationSender(() => undefined);
    await sender.observe({ kind: 'tile-menu-opened', integration: 'sk_live_51CanaryAbCd' });
    const integration = { name: 'Stripe', status: 'needs-attention', confidence: 1, decidedBy: 'rk_live_51CanaryEfGh', isStripe: true } as const;
    await sender.send({
      type: 'health/report',
      report: { onIntegrationsPage: true, integrations: [integration], needsAttentionCount: 1, stripeAmbiguous: false, bannerMentionsStripe: false },
    });
    expect(received).toHaveLength(2);
    expect(JSON.stringify(received)).not.toContain('Canary');
    expect(received[0]).toEqual({ type: 'guide/observed', observation: { kind: 'tile-menu-opened', integration: 'sk_…' } });
    expect(received[1]).toMatchObject({ report: { integrations: [{ decidedBy: 'rk_…' }] } });
  });
});
