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
    const integration = { name: 'Stripe', status: 'needs-attention', confidence: 1, decidedBy: { code: 'evidence', strongest: { code: 'text', text: 'rk_live_51CanaryEfGh' }, alsoAgreeing: 0 }, isStripe: true } as const;
    await sender.send({
      type: 'health/report',
      report: { onIntegrationsPage: true, integrations: [integration], needsAttentionCount: 1, stripeAmbiguous: false, bannerMentionsStripe: false },
    });
    expect(received).toHaveLength(2);
    expect(JSON.stringify(received)).not.toContain('Canary');
    expect(received[0]).toEqual({ type: 'guide/observed', observation: { kind: 'tile-menu-opened', integration: 'sk_…' } });
    expect(received[1]).toMatchObject({ report: { integrations: [{ decidedBy: { strongest: { text: 'rk_…' } } }] } });
  });

  it('hands the page view of an observation’s reply to the page-view source, and only from observation replies', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const view = { guideId: 'g1', stepId: 'confirm-connect', stepLabel: '8 of 12', title: 'Confirm', instruction: 'Check', showMeAt: 0 };
    // The fake browser answers through sendResponse only (a returned promise is not passed on).
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      sendResponse({ ok: true, value: { verdicts: [], view } });
      return true;
    });
    const views: unknown[] = [];
    const sender = createObservationSender(() => undefined);
    sender.passViewsTo((v) => views.push(v));
    await sender.observe({ kind: 'stripe-connect-clicked' });
    expect(views).toEqual([view]);
    // An identical observation is not sent again, so no view comes of it; a report's reply is not a view.
    expect(sender.observe({ kind: 'stripe-connect-clicked' })).toBeUndefined();
    await sender.send({ type: 'guide/for-this-tab' });
    expect(views).toHaveLength(1);
  });
});
