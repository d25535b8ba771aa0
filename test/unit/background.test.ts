import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background/start-background';
import { readStoredGuides } from '../../lib/guide/stored-guides';
import { parseStoredGuide } from '../../lib/guide/guide-state';
import type { Message } from '../../lib/protocol';
import { tabHealthItem } from '../../lib/session-storage';
import { guidesItem } from '../../lib/storage';

const TAB = 7;
const ACCOUNT_SEGMENT = 'AbCdEfGhIjKlMnO';
const ORIGINAL_KEY = `pk_live_51${ACCOUNT_SEGMENT}${'x'.repeat(80)}`;

const extensionPage = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') });
const kartraTopFrame = { id: browser.runtime.id, url: 'https://app.kartra.com/integrations', frameId: 0, tab: { id: TAB } };
const kartraSubframe = { ...kartraTopFrame, frameId: 2 };
const stripeConnect = { id: browser.runtime.id, url: 'https://connect.stripe.com/oauth/authorize', frameId: 0, tab: { id: TAB } };

async function send(message: Message | Record<string, unknown>, sender: object) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return replies[0] as { ok: boolean; value?: unknown; error?: string } | undefined;
}

async function currentGuide() {
  return readStoredGuides(await guidesItem.getValue(), parseStoredGuide).guides[0];
}

/** What the browser does to an MV3 worker: memory gone, storage kept, listeners registered again on wake. */
function restartBackground() {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
  startBackground();
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });

  it('stores a Kartra tab health report from the top frame, and ignores the same from a subframe', async () => {
    const report = { onIntegrationsPage: true, integrations: [], needsAttentionCount: 1, stripeAmbiguous: false, bannerMentionsStripe: true };
    expect(await send({ type: 'health/report', report }, kartraSubframe)).toBeUndefined();
    expect(await tabHealthItem.getValue()).toEqual({});
    const reply = await send({ type: 'health/report', report }, kartraTopFrame);
    expect(reply, reply?.error).toMatchObject({ ok: true });
    expect((await tabHealthItem.getValue())[String(TAB)]).toMatchObject({ report, url: kartraTopFrame.url });
  });

  it('drops malformed and unknown messages without answering', async () => {
    expect(await send({ type: 'guide/command', tabId: TAB, command: 'start', extra: 1 }, extensionPage())).toBeUndefined();
    expect(await send({ type: 'steal-keys' }, extensionPage())).toBeUndefined();
    expect(await send({ type: 'guide/command', tabId: TAB, command: 'start' }, kartraTopFrame)).toBeUndefined();
    expect(await guidesItem.getValue()).toEqual({});
  });

  it('keeps the guide across background restarts and advances on the next observation', async () => {
    expect(await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage())).toMatchObject({ ok: true, value: 'why-reconnect' });
    await send({ type: 'guide/observed', observation: { kind: 'integrations-page', stripeStatus: 'needs-attention' } }, kartraTopFrame);
    const before = await currentGuide();
    restartBackground();
    expect(await currentGuide()).toEqual(before);
    await send({ type: 'guide/command', tabId: TAB, command: 'next' }, extensionPage());
    await send({ type: 'guide/command', tabId: TAB, command: 'next' }, extensionPage());
    restartBackground();
    await send({ type: 'guide/observed', observation: { kind: 'tile-menu-opened', integration: 'Stripe' } }, kartraTopFrame);
    expect((await currentGuide())?.stepId).toBe('choose-edit');
  });

  it('moves the guide from the health report alone: one message per detection, before or after the guide starts', async () => {
    const tile = { name: 'Stripe', status: 'needs-attention', confidence: 1, decidedBy: { code: 'no-evidence' }, isStripe: true };
    const report = { onIntegrationsPage: true, integrations: [tile], needsAttentionCount: 1, stripeAmbiguous: false, bannerMentionsStripe: false, reconnectIndex: 0 };
    // Sent before the guide exists: the guide started afterwards learns from the stored report.
    expect(await send({ type: 'health/report', report }, kartraTopFrame)).toMatchObject({ ok: true });
    await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage());
    expect((await currentGuide())?.completed).toMatchObject({ 'open-integrations': expect.any(Number), 'find-red-tile': expect.any(Number) });

    // The page changes under a running guide: the report says so, and the guide follows.
    const gone = { ...report, integrations: [], needsAttentionCount: 0, reconnectIndex: undefined };
    await send({ type: 'health/report', report: gone }, kartraTopFrame);
    expect((await currentGuide())?.warning?.code).toBe('stripe-tile-missing');
    await send({ type: 'health/report', report }, kartraTopFrame);
    expect((await currentGuide())?.warning).toBeUndefined();

    // The observation itself is no longer a message content scripts may send (an older script's copy is dropped).
    expect(await send({ type: 'guide/observed', observation: { kind: 'integrations-page', stripeStatus: 'connected' } }, kartraTopFrame)).toBeUndefined();
  });

  it('answers an observation with the sender tab’s page view, so a warning it raised shows at once', async () => {
    await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage());
    await send({ type: 'guide/observed', observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: ORIGINAL_KEY, byAgent: true } }, kartraTopFrame);
    const account = { name: 'Other', accountId: 'acct_1ZzZzZzZzZzZzZzZ', selected: true };
    const reply = await send({ type: 'guide/observed', observation: { kind: 'stripe-account-selected', account } }, stripeConnect);
    expect(reply).toMatchObject({ ok: true, value: { view: { stepId: 'confirm-connect', warning: { code: 'different-account', params: { name: 'Other' } } } } });
    const otherKartraTab = { ...kartraTopFrame, tab: { id: 99 } };
    const none = await send({ type: 'guide/observed', observation: { kind: 'tile-menu-opened', integration: 'Stripe' } }, otherKartraTab);
    expect(none).toMatchObject({ ok: true, value: { view: null } });
  });

  it('compares the accounts in Stripe’s picker with the key read from Kartra', async () => {
    await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage());
    await send({ type: 'guide/observed', observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: ORIGINAL_KEY, byAgent: true } }, kartraTopFrame);
    const accounts = [
      { name: 'Original', accountId: `acct_1${ACCOUNT_SEGMENT}`, selected: false },
      { name: 'Other', accountId: 'acct_1ZzZzZzZzZzZzZzZ', selected: false },
      { name: 'No id shown', selected: false },
    ];
    const reply = await send({ type: 'guide/observed', observation: { kind: 'stripe-picker-shown', accounts } }, stripeConnect);
    expect(reply).toMatchObject({ ok: true, value: { verdicts: ['same-account', 'different-account', 'cannot-tell'] } });
    await send({ type: 'guide/observed', observation: { kind: 'stripe-account-selected', account: { ...accounts[1]!, selected: true } } }, stripeConnect);
    const guide = await currentGuide();
    expect(guide?.candidate).toMatchObject({ name: 'Other', verdict: 'different-account' });
    expect(guide?.warning?.code).toBe('different-account');
  });

  it('judges a names-only picker by the account name the dashboard showed holding the original key', async () => {
    const dashboardTab = { id: browser.runtime.id, url: 'https://dashboard.stripe.com/apikeys', frameId: 0, tab: { id: 9 } };
    await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage());
    await send({ type: 'guide/observed', observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: ORIGINAL_KEY, byAgent: true } }, kartraTopFrame);
    const accounts = [
      { name: 'Brightpath Coaching', selected: false },
      { name: 'Brightpath  academy', selected: false },
      { name: 'Jordan Lee Consulting', selected: false },
    ];
    const picker = { type: 'guide/observed', observation: { kind: 'stripe-picker-shown', accounts } } as const;
    // No name known yet: the picker cannot tell, whatever the rows say.
    expect(await send(picker, stripeConnect)).toMatchObject({ ok: true, value: { verdicts: ['cannot-tell', 'cannot-tell', 'cannot-tell'] } });

    // A dashboard showing another account's key teaches nothing.
    const otherKey = `pk_live_51ZzZzZzZzZzZzZz${'y'.repeat(80)}`;
    await send({ type: 'guide/observed', observation: { kind: 'stripe-dashboard', accountName: 'Brightpath Coaching', publishableKey: otherKey } }, dashboardTab);
    expect((await currentGuide())?.originalAccountName).toBeUndefined();

    await send({ type: 'guide/observed', observation: { kind: 'stripe-dashboard', accountName: 'Brightpath Academy', publishableKey: ORIGINAL_KEY } }, dashboardTab);
    expect((await currentGuide())?.originalAccountName).toBe('Brightpath Academy');
    // Another dashboard page later (no key on it) does not make the guide forget.
    await send({ type: 'guide/observed', observation: { kind: 'stripe-dashboard', accountName: 'Jordan Lee Consulting' } }, dashboardTab);
    expect((await currentGuide())?.originalAccountName).toBe('Brightpath Academy');

    expect(await send(picker, stripeConnect)).toMatchObject({ ok: true, value: { verdicts: ['different-account', 'same-account', 'different-account'] } });
    await send({ type: 'guide/observed', observation: { kind: 'stripe-account-selected', account: { ...accounts[1]!, selected: true } } }, stripeConnect);
    expect((await currentGuide())?.candidate).toMatchObject({ name: 'Brightpath  academy', verdict: 'same-account' });

    // Two rows with the original's name cannot be told apart.
    const namesakes = [...accounts, { name: 'Brightpath Academy', selected: false }];
    const twice = await send({ type: 'guide/observed', observation: { kind: 'stripe-picker-shown', accounts: namesakes } }, stripeConnect);
    expect(twice).toMatchObject({ ok: true, value: { verdicts: ['different-account', 'cannot-tell', 'different-account', 'cannot-tell'] } });
    await send({ type: 'guide/observed', observation: { kind: 'stripe-account-selected', account: { ...namesakes[3]!, selected: true } } }, stripeConnect);
    expect((await currentGuide())?.candidate).toMatchObject({ verdict: 'cannot-tell' });
  });

  it('judges the row already chosen again when the dashboard teaches the name later, without the agent choosing it twice', async () => {
    const dashboardTab = { id: browser.runtime.id, url: 'https://dashboard.stripe.com/apikeys', frameId: 0, tab: { id: 9 } };
    await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage());
    await send({ type: 'guide/observed', observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: ORIGINAL_KEY, byAgent: true } }, kartraTopFrame);
    const accounts = [
      { name: 'Brightpath Coaching', selected: false },
      { name: 'Brightpath Academy', selected: true },
    ];
    await send({ type: 'guide/observed', observation: { kind: 'stripe-picker-shown', accounts } }, stripeConnect);
    await send({ type: 'guide/observed', observation: { kind: 'stripe-account-selected', account: accounts[1]! } }, stripeConnect);
    expect(await currentGuide()).toMatchObject({ candidate: { name: 'Brightpath Academy', verdict: 'cannot-tell' }, warning: { code: 'account-unverified' } });

    await send({ type: 'guide/observed', observation: { kind: 'stripe-dashboard', accountName: 'Brightpath Academy', publishableKey: ORIGINAL_KEY } }, dashboardTab);
    const settled = await currentGuide();
    expect(settled?.candidate).toMatchObject({ name: 'Brightpath Academy', verdict: 'same-account' });
    expect(settled?.warning).toBeUndefined();
    // After a restart the picker's rows are forgotten; the next name learnt still judges the chosen row (alone).
    restartBackground();
    await send({ type: 'guide/observed', observation: { kind: 'stripe-dashboard', accountName: 'Brightpath Coaching', publishableKey: ORIGINAL_KEY } }, dashboardTab);
    expect(await currentGuide()).toMatchObject({ candidate: { verdict: 'different-account' }, warning: { code: 'different-account' } });
  });

  it('learns the original account name when the dashboard was seen before Kartra’s key was read, and forgets it when the agent takes another key', async () => {
    const dashboardTab = { id: browser.runtime.id, url: 'https://dashboard.stripe.com/apikeys', frameId: 0, tab: { id: 9 } };
    await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage());
    await send({ type: 'guide/observed', observation: { kind: 'stripe-dashboard', accountName: 'Brightpath Academy', publishableKey: ORIGINAL_KEY } }, dashboardTab);
    expect((await currentGuide())?.originalAccountName).toBeUndefined();
    await send({ type: 'guide/observed', observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: ORIGINAL_KEY, byAgent: true } }, kartraTopFrame);
    expect((await currentGuide())?.originalAccountName).toBe('Brightpath Academy');
    const otherKey = `pk_live_51ZzZzZzZzZzZzZz${'y'.repeat(80)}`;
    await send({ type: 'guide/observed', observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: otherKey, byAgent: true } }, kartraTopFrame);
    // A later, different key is only a warning until the agent decides: the first key and its name stay.
    expect(await currentGuide()).toMatchObject({ originalKey: ORIGINAL_KEY, originalAccountName: 'Brightpath Academy', warning: { code: 'original-key-changed' } });
    await send({ type: 'guide/command', tabId: TAB, command: 'keep-original-key' }, extensionPage());
    expect((await currentGuide())?.originalAccountName).toBe('Brightpath Academy');
    await send({ type: 'guide/observed', observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: otherKey, byAgent: true } }, kartraTopFrame);
    await send({ type: 'guide/command', tabId: TAB, command: 'use-new-key' }, extensionPage());
    expect(await currentGuide()).toMatchObject({ originalKey: otherKey });
    expect((await currentGuide())?.originalAccountName).toBeUndefined();
  });

  it('lets a new tab resume a guide whose tabs are gone (browser restarted), progress and key included', async () => {
    await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage());
    await send({ type: 'guide/observed', observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: ORIGINAL_KEY, byAgent: true } }, kartraTopFrame);
    const before = await currentGuide();
    restartBackground();
    // Tab 7 no longer exists (fakeBrowser has no open tabs); tab 42 is the agent's tab after the restart.
    expect(await send({ type: 'guide/command', tabId: 42, command: 'resume' }, extensionPage())).toMatchObject({ ok: true, value: before?.stepId });
    const after = await currentGuide();
    expect(after).toMatchObject({ id: before?.id, tabId: 42, tabIds: [42], originalKey: ORIGINAL_KEY, stepId: before?.stepId });
  });

  it('stores no secret key shape even when a (compromised) content script sends one unredacted', async () => {
    const canary = 'sk_live_51CanaryAbCdEfGhIjKlMnOp';
    const restricted = 'rk_live_51CanaryQrStUvWxYz';
    const decidedBy = { code: 'evidence', strongest: { code: 'text', text: `notice ${restricted}` }, alsoAgreeing: 0 };
    const integration = { name: canary, status: 'needs-attention', confidence: 1, decidedBy, isStripe: true };
    const report = { onIntegrationsPage: true, integrations: [integration], needsAttentionCount: 1, stripeAmbiguous: false, bannerMentionsStripe: false };
    expect(await send({ type: 'health/report', report }, kartraTopFrame)).toMatchObject({ ok: true });
    await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage());
    const account = { name: `Acme ${canary}`, profile: restricted, selected: true };
    await send({ type: 'guide/observed', observation: { kind: 'stripe-account-selected', account } }, stripeConnect);
    const stored = JSON.stringify([await tabHealthItem.getValue(), await guidesItem.getValue()]);
    expect(stored).toContain('sk_…');
    expect(stored).not.toContain('51Canary');
    expect((await tabHealthItem.getValue())[String(TAB)]).toMatchObject({ report: { integrations: [{ name: 'sk_…', decidedBy: { strongest: { text: 'notice rk_…' } } }] } });
  });

  it('sets aside a corrupt stored guide with a notice instead of crashing', async () => {
    await guidesItem.setValue({ broken: { schemaVersion: 1, id: 42 }, alsoBroken: 'not json {' });
    expect(await send({ type: 'guide/command', tabId: TAB, command: 'start' }, extensionPage())).toMatchObject({ ok: true });
    const { guides, dropped } = readStoredGuides(await guidesItem.getValue(), parseStoredGuide);
    expect(dropped).toEqual([]);
    expect(guides).toHaveLength(1);
  });
});
