import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { MessageSchema, ObservationSchema, type Message, type Observation } from '../../lib/protocol';
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
  // Our own content script, but in another tab: it speaks for its tab only (tabId comes from the sender).
  'Kartra top frame, another tab': { id: EXT_ID, url: 'https://app.kartra.com/integrations', frameId: 0, tab: { id: 11 } as never },
  'Stripe Connect subframe': { id: EXT_ID, url: 'https://connect.stripe.com/oauth/authorize', frameId: 2, tab: { id: 8 } as never },
  'Stripe API page': { id: EXT_ID, url: 'https://api.stripe.com/v1/account', frameId: 0, tab: { id: 8 } as never },
  'Kartra over plain http': { id: EXT_ID, url: 'http://app.kartra.com/integrations', frameId: 0, tab: { id: 7 } as never },
  'content script without a tab': { id: EXT_ID, url: 'https://app.kartra.com/integrations', frameId: 0 },
};
const KARTRA_TABS = ['Kartra top frame', 'Kartra top frame, another tab'];

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
  'profile/set-override kartra': { type: 'profile/set-override', site: 'kartra', json: '{}' },
  'profile/set-override stripe': { type: 'profile/set-override', site: 'stripe', json: '{}' },
  'profile/clear-override stripe': { type: 'profile/clear-override', site: 'stripe' },
  'guide/show-me': { type: 'guide/show-me', tabId: 7 },
  'guide/adopt-tab': { type: 'guide/adopt-tab', tabId: 7, newTabId: 9 },
  'guide/for-this-tab': { type: 'guide/for-this-tab' },
  'panel/open-here': { type: 'panel/open-here' },
  'profile/active kartra': { type: 'profile/active', site: 'kartra' },
  'profile/active stripe': { type: 'profile/active', site: 'stripe' },
  'report/capture': { type: 'report/capture', tabId: 7 },
  'profile/layers kartra': { type: 'profile/layers', site: 'kartra' },
  'profile/layers stripe': { type: 'profile/layers', site: 'stripe' },
  'teach/start': { type: 'teach/start', tabId: 7, target: 'tile-status' },
  'teach/start-here': { type: 'teach/start-here', target: 'edit-menu-item' },
  'teach/apply kartra': { type: 'teach/apply', change: { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: 'Payments paused' } },
  'teach/apply stripe': { type: 'teach/apply', change: { site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Link account' } },
  'teach/undo': { type: 'teach/undo', id: 'taught-1' },
  'teach/export kartra': { type: 'teach/export', change: { site: 'kartra', target: 'edit-menu-item', field: 'steps.editMenuItemNames', value: 'Modify' } },
  'teach/export stripe': { type: 'teach/export', change: { site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Grant access' } },
};

/** Where each message is accepted; every other sender must be refused. */
const ACCEPTED_FROM: Record<string, string[]> = {
  'health/report': KARTRA_TABS,
  'guide/observed kartra-outcome': KARTRA_TABS,
  'guide/observed stripe-picker-shown': ['Stripe Connect top frame'],
  'guide/observed stripe-dashboard': ['Stripe dashboard top frame'],
  'guide/command': ['extension page'],
  'panel/open': ['extension page'],
  'profile/set-override kartra': ['extension page'],
  'profile/set-override stripe': ['extension page'],
  'profile/clear-override stripe': ['extension page'],
  'guide/show-me': ['extension page'],
  'guide/adopt-tab': ['extension page'],
  'guide/for-this-tab': [...KARTRA_TABS, 'Stripe Connect top frame', 'Stripe dashboard top frame'],
  'panel/open-here': KARTRA_TABS,
  // Each content script gets its own site's profile only.
  'profile/active kartra': KARTRA_TABS,
  'profile/active stripe': ['Stripe Connect top frame', 'Stripe dashboard top frame'],
  // A screenshot of any tab: never at a page's request, even our own content script's.
  'report/capture': ['extension page'],
  // The team's policy and the agent's override with their errors: our own pages only, not even our content scripts.
  'profile/layers kartra': ['extension page'],
  'profile/layers stripe': ['extension page'],
  // Opening the picker in a tab named by the body: only the agent, from our own pages.
  'teach/start': ['extension page'],
  // The overlay's "I can't find this": its own tab only (the tab comes from the sender), on a site with a profile.
  'teach/start-here': [...KARTRA_TABS, 'Stripe Connect top frame', 'Stripe dashboard top frame'],
  // The picker teaches its own site's profile only; the options page lists and undoes, it does not apply.
  'teach/apply kartra': KARTRA_TABS,
  'teach/apply stripe': ['Stripe Connect top frame', 'Stripe dashboard top frame'],
  // The options page undoes any; a picker only what its tab applied (checked by the background, not this table).
  'teach/undo': ['extension page', ...KARTRA_TABS, 'Stripe Connect top frame', 'Stripe dashboard top frame'],
  // The picker's copy for the administrator: like applying, its own site's changes only (the options page exports itself).
  'teach/export kartra': KARTRA_TABS,
  'teach/export stripe': ['Stripe Connect top frame', 'Stripe dashboard top frame'],
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

/** Which page may report each observation: the guide's steps happen on one site each. */
const OBSERVED_ON: Record<Observation['kind'], string[]> = {
  'tile-menu-opened': KARTRA_TABS,
  'edit-modal-opened': KARTRA_TABS,
  'connect-with-stripe-clicked': KARTRA_TABS,
  'kartra-redirect': KARTRA_TABS,
  'kartra-outcome': KARTRA_TABS,
  'stripe-login-shown': ['Stripe Connect top frame', 'Stripe dashboard top frame'],
  'stripe-picker-shown': ['Stripe Connect top frame'],
  'stripe-account-selected': ['Stripe Connect top frame'],
  'stripe-connect-clicked': ['Stripe Connect top frame'],
  'stripe-cancel-clicked': ['Stripe Connect top frame'],
  'stripe-error-page': ['Stripe Connect top frame'],
  'stripe-dashboard': ['Stripe dashboard top frame'],
};

describe('trust table: every observation × sender', () => {
  for (const [kind, accepted] of Object.entries(OBSERVED_ON)) {
    // isAllowed decides on the kind; the rest of the observation is the schema's business (protocol.test.ts).
    const message = { type: 'guide/observed', observation: { kind } } as unknown as Message;
    for (const [senderName, sender] of Object.entries(SENDERS)) {
      const expected = accepted.includes(senderName);
      it(`${kind} from ${senderName}: ${expected ? 'accepted' : 'refused'}`, () => {
        expect(isAllowed(classifySender(sender, EXT_ID, EXT_ORIGIN), message)).toBe(expected);
      });
    }
  }
});

describe('trust table completeness', () => {
  it('names every message type of the protocol', () => {
    const types = MessageSchema.options.map((option) => option.shape.type.value).sort();
    expect([...new Set(Object.values(MESSAGES).map((m) => m.type))].sort()).toEqual(types);
  });

  it('names every observation kind of the protocol', () => {
    const kinds = ObservationSchema.options.map((option) => option.shape.kind.value).sort();
    expect(Object.keys(OBSERVED_ON).sort()).toEqual(kinds);
  });
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
