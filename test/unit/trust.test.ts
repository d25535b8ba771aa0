import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { Message } from '../../lib/protocol';
import { classifySender, isAllowed } from '../../lib/trust';

const EXT_ID = 'ext-id';
const EXT_ORIGIN = 'chrome-extension://ext-id';

/** The senders of docs/quality.md's trust table, as the browser would describe them. */
const SENDERS: Record<string, Runtime.MessageSender> = {
  'extension page': { id: EXT_ID, url: `${EXT_ORIGIN}/sidepanel.html`, origin: EXT_ORIGIN } as Runtime.MessageSender,
  'Kartra top frame': { id: EXT_ID, url: 'https://app.kartra.com/integrations', frameId: 0, tab: { id: 7 } as never },
  'Kartra subframe': { id: EXT_ID, url: 'https://app.kartra.com/integrations', frameId: 3, tab: { id: 7 } as never },
  'Stripe Connect top frame': { id: EXT_ID, url: 'https://connect.stripe.com/oauth/authorize?x=1', frameId: 0, tab: { id: 8 } as never },
  'Stripe dashboard top frame': { id: EXT_ID, url: 'https://dashboard.stripe.com/apikeys', frameId: 0, tab: { id: 9 } as never },
  'other origin': { id: EXT_ID, url: 'https://app-kartra.com/integrations', frameId: 0, tab: { id: 7 } as never },
  'missing origin': { id: EXT_ID, frameId: 0, tab: { id: 7 } as never },
  'origin disagrees with URL': {
    id: EXT_ID,
    url: 'https://app.kartra.com/integrations',
    origin: 'https://evil.test',
    frameId: 0,
    tab: { id: 7 } as never,
  } as Runtime.MessageSender,
  'another extension': { id: 'other', url: `${EXT_ORIGIN}/popup.html` },
};

const report = {
  onIntegrationsPage: true,
  integrations: [],
  needsAttentionCount: 0,
  stripeAmbiguous: false,
  bannerMentionsStripe: false,
};
const MESSAGES: Record<string, Message> = {
  'health/report': { type: 'health/report', report },
  'guide/observed kartra-outcome': { type: 'guide/observed', observation: { kind: 'kartra-outcome', outcome: 'success' } },
  'guide/observed stripe-picker-shown': { type: 'guide/observed', observation: { kind: 'stripe-picker-shown', accounts: [] } },
  'guide/observed stripe-dashboard': { type: 'guide/observed', observation: { kind: 'stripe-dashboard' } },
  'guide/command': { type: 'guide/command', tabId: 7, command: 'next' },
  'panel/open': { type: 'panel/open', tabId: 7 },
  'profile/set-override': { type: 'profile/set-override', json: '{}' },
  'guide/show-me': { type: 'guide/show-me', tabId: 7 },
  'guide/adopt-tab': { type: 'guide/adopt-tab', tabId: 7, newTabId: 9 },
  'guide/for-this-tab': { type: 'guide/for-this-tab' },
  'panel/open-here': { type: 'panel/open-here' },
  'profile/active': { type: 'profile/active' },
};

/** Where each message is accepted; every other sender must be refused. */
const ACCEPTED_FROM: Record<string, string[]> = {
  'health/report': ['Kartra top frame'],
  'guide/observed kartra-outcome': ['Kartra top frame'],
  'guide/observed stripe-picker-shown': ['Stripe Connect top frame'],
  'guide/observed stripe-dashboard': ['Stripe dashboard top frame'],
  'guide/command': ['extension page'],
  'panel/open': ['extension page'],
  'profile/set-override': ['extension page'],
  'guide/show-me': ['extension page'],
  'guide/adopt-tab': ['extension page'],
  'guide/for-this-tab': ['Kartra top frame', 'Stripe Connect top frame', 'Stripe dashboard top frame'],
  'panel/open-here': ['Kartra top frame'],
  'profile/active': ['Kartra top frame'],
};

describe('trust table: message type × sender', () => {
  for (const [messageName, message] of Object.entries(MESSAGES)) {
    for (const [senderName, sender] of Object.entries(SENDERS)) {
      const expected = ACCEPTED_FROM[messageName]!.includes(senderName);
      it(`${messageName} from ${senderName}: ${expected ? 'accepted' : 'refused'}`, () => {
        const classified = classifySender(sender, EXT_ID, EXT_ORIGIN);
        expect(isAllowed(classified, message)).toBe(expected);
      });
    }
  }
});

describe('classifySender', () => {
  it('names why a sender is untrusted', () => {
    expect(classifySender(SENDERS['Kartra subframe']!, EXT_ID, EXT_ORIGIN)).toEqual({ kind: 'untrusted', why: 'not the top frame' });
    expect(classifySender(SENDERS['other origin']!, EXT_ID, EXT_ORIGIN)).toEqual({ kind: 'untrusted', why: 'not one of our sites' });
  });

  it('takes the tab from the browser, never from the message', () => {
    expect(classifySender(SENDERS['Kartra top frame']!, EXT_ID, EXT_ORIGIN)).toMatchObject({ kind: 'content-script', tabId: 7 });
  });
});
