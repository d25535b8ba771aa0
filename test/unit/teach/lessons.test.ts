/**
 * The lesson finders against real DOM (happy-dom), on small pages shaped like the sandbox's unfamiliar ones
 * (unfamiliar-fixtures.ts): each variant gives the change the e2e's TEACHINGS names, the familiar page is
 * 'already-found', a nameless pick is 'no-words', and a change that turns another tile's verdict lists it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectIntegrations } from '../../../lib/kartra/detect-integrations';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/default-site-profile';
import { DEFAULT_STRIPE_PROFILE } from '../../../lib/stripe/default-stripe-profile';
import { findKartraLesson } from '../../../lib/teach/kartra-lesson';
import { findStripeLesson } from '../../../lib/teach/stripe-lesson';
import { UNFAMILIAR_WORDING } from '../../../sandbox/data/unfamiliar-wording';
import { integrationsPage, loadPage, stripePickerPage, TILES, type Page } from './unfamiliar-fixtures';

let page: Page | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});
const open = (made: Page) => (page = made);

describe('findKartraLesson on the unfamiliar Kartra pages', () => {
  it('the fixture is what the sandbox is: the built-in profile cannot tell the renamed amber status', () => {
    const p = open(integrationsPage(['status']));
    const stripe = detectIntegrations(p.document, DEFAULT_SITE_PROFILE).integrations.find((tile) => tile.isStripe);
    expect(stripe?.status).toBe('unknown');
    const familiar = integrationsPage([]);
    expect(detectIntegrations(familiar.document, DEFAULT_SITE_PROFILE).integrations.find((tile) => tile.isStripe)?.status).toBe('needs-attention');
    void familiar.close();
  });

  it('stripe-tile: a renamed Stripe tile becomes Stripe by its shown name, picked as the whole tile', () => {
    const renamed = TILES.map((tile) => (tile.slug === 'stripe' ? { ...tile, name: 'StripePay' } : tile));
    const p = open(integrationsPage([], { tiles: renamed }));
    expect(detectIntegrations(p.document, DEFAULT_SITE_PROFILE).integrations.some((tile) => tile.isStripe)).toBe(false);
    const result = findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'stripe-tile', picked: p.one('#tile-stripe') });
    expect(result).toMatchObject({ ok: true, lesson: { change: { site: 'kartra', target: 'stripe-tile', field: 'stripeAliases', value: 'StripePay' } } });
  });

  it('status: the bubble\'s words as needs attention', () => {
    const p = open(integrationsPage(['status']));
    const result = findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'tile-status', picked: p.one('#tile-stripe [role="img"]') });
    expect(result).toEqual({ ok: true, lesson: { change: { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: UNFAMILIAR_WORDING.status.label }, sideEffects: [] } });
  });

  it('dots: the menu button\'s name', () => {
    const p = open(integrationsPage(['dots']));
    const result = findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'tile-menu-button', picked: p.one('#tile-stripe button svg') });
    expect(result).toMatchObject({ ok: true, lesson: { change: { field: 'steps.menuButtonNames', value: UNFAMILIAR_WORDING.dots.label } } });
  });

  it('edit: the menu item\'s name', () => {
    const p = open(integrationsPage(['edit'], { menuOpen: true }));
    const item = [...p.document.querySelectorAll('[role="menuitem"] span')].find((el) => el.textContent === UNFAMILIAR_WORDING.edit.label)!;
    const result = findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'edit-menu-item', picked: item });
    expect(result).toMatchObject({ ok: true, lesson: { change: { field: 'steps.editMenuItemNames', value: UNFAMILIAR_WORDING.edit.label }, sideEffects: [] } });
  });

  it('connect: the button\'s name', () => {
    const p = open(integrationsPage(['connect'], { dialog: true }));
    const button = [...p.document.querySelectorAll('[role="dialog"] button')].find((el) => el.textContent === UNFAMILIAR_WORDING.connect.label)!;
    const result = findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'connect-with-stripe', picked: button });
    expect(result).toMatchObject({ ok: true, lesson: { change: { field: 'steps.connectWithStripeNames', value: UNFAMILIAR_WORDING.connect.label } } });
  });

  it('key: the field\'s label, never its value', () => {
    const p = open(integrationsPage(['key'], { dialog: true }));
    const result = findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'publishable-key', picked: p.one('#f-key') });
    expect(result).toMatchObject({ ok: true, lesson: { change: { field: 'steps.publishableKeyLabels', value: UNFAMILIAR_WORDING.key.label } } });
  });

  it.each([
    ['status', 'tile-status', '#tile-stripe [role="img"]'],
    ['dots', 'tile-menu-button', '#tile-stripe button'],
  ] as const)('%s on the familiar page: already found', (_variant, target, selector) => {
    const p = open(integrationsPage([]));
    expect(findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target, picked: p.one(selector) })).toEqual({ ok: false, failure: 'already-found' });
  });

  it('edit, connect and key on the familiar page: already found', () => {
    const p = open(integrationsPage([], { menuOpen: true, dialog: true }));
    const edit = [...p.document.querySelectorAll('[role="menuitem"]')].find((el) => el.textContent === 'Edit')!;
    const connect = [...p.document.querySelectorAll('[role="dialog"] button')].find((el) => el.textContent === 'Connect with Stripe')!;
    expect(findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'edit-menu-item', picked: edit })).toEqual({ ok: false, failure: 'already-found' });
    expect(findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'connect-with-stripe', picked: connect })).toEqual({ ok: false, failure: 'already-found' });
    expect(findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'publishable-key', picked: p.one('#f-key') })).toEqual({ ok: false, failure: 'already-found' });
  });

  it('a pick with no name, label or title: no words', () => {
    const p = open(integrationsPage(['status', 'edit'], { menuOpen: true }));
    // A menu item showing only its icon: nothing to learn it by.
    const item = p.document.querySelector('[role="menuitem"]')!;
    item.querySelector('span')!.textContent = '';
    expect(findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'edit-menu-item', picked: item })).toEqual({ ok: false, failure: 'no-words' });
    // The renamed three-dots button without its name: a sliders icon, nothing else.
    const dots = integrationsPage(['dots']);
    const button = dots.one('#tile-stripe button');
    button.removeAttribute('aria-label');
    expect(findKartraLesson(dots.document, DEFAULT_SITE_PROFILE, { target: 'tile-menu-button', picked: button })).toEqual({ ok: false, failure: 'no-words' });
    void dots.close();
    // A status bubble stripped of its words teaches nothing either.
    const bubble = p.one('#tile-stripe [role="img"]');
    bubble.removeAttribute('title');
    bubble.removeAttribute('aria-label');
    expect(findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'tile-status', picked: bubble })).toEqual({ ok: false, failure: 'no-words' });
  });

  it('a pick whose only words are key-shaped: no words', () => {
    const p = open(integrationsPage(['dots']));
    const button = p.one('#tile-stripe button');
    button.setAttribute('aria-label', 'sk_live_51FakeAcmeAcct001FAKETESTtail');
    expect(findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'tile-menu-button', picked: button })).toEqual({ ok: false, failure: 'no-words' });
  });

  it('lists another tile whose verdict the change turns', () => {
    // PayPal's bubble says the same new words (and is otherwise unreadable to the built-in profile): teaching them
    // for Stripe turns PayPal too, and the agent is told before applying.
    const tiles = [TILES[0]!, { ...TILES[1]!, status: 'attention' as const }, TILES[2]!];
    const p = open(integrationsPage(['status'], { tiles }));
    const result = findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'tile-status', picked: p.one('#tile-stripe [role="img"]') });
    expect(result).toEqual({
      ok: true,
      lesson: {
        change: { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: UNFAMILIAR_WORDING.status.label },
        sideEffects: [{ kind: 'tile', name: 'PayPal', before: 'unknown', after: 'needs-attention' }],
      },
    });
  });

  it('the key outside any window the profile or the page calls a dialog: not here', () => {
    const p = open(integrationsPage([]));
    expect(findKartraLesson(p.document, DEFAULT_SITE_PROFILE, { target: 'publishable-key', picked: p.one('#tile-stripe') }).ok).toBe(false);
  });
});

describe('findStripeLesson on the unfamiliar Stripe picker', () => {
  const connectButton = (p: Page) => p.one('button');

  it('stripe-connect: the button\'s name, as a whole-phrase rule to be', () => {
    const p = open(stripePickerPage(['stripe-connect']));
    const result = findStripeLesson(p.document, DEFAULT_STRIPE_PROFILE, { target: 'stripe-connect-button', picked: connectButton(p) });
    expect(result).toEqual({
      ok: true,
      lesson: { change: { site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: UNFAMILIAR_WORDING['stripe-connect'].label }, sideEffects: [] },
    });
  });

  it('stripe-account-list: a closed drop-down labelled in words the profile does not know becomes the account chooser by its label', () => {
    const p = open(
      loadPage(
        `<form action="/oauth/authorize"><button type="button" id="who" aria-haspopup="listbox" aria-label="Business to link">Acme Studio</button>` +
          `<button type="submit">Connect</button></form>`,
        'https://connect.stripe.com/oauth/authorize',
      ),
    );
    const result = findStripeLesson(p.document, DEFAULT_STRIPE_PROFILE, { target: 'stripe-account-list', picked: p.one('#who') });
    expect(result).toMatchObject({ ok: true, lesson: { change: { site: 'stripe', target: 'stripe-account-list', field: 'hints.accountChooserLabels', value: 'Business to link' } } });
  });

  it('the familiar Connect button: already found', () => {
    const p = open(stripePickerPage([]));
    expect(findStripeLesson(p.document, DEFAULT_STRIPE_PROFILE, { target: 'stripe-connect-button', picked: connectButton(p) })).toEqual({ ok: false, failure: 'already-found' });
  });

  it('a button without a name: no words', () => {
    const p = open(stripePickerPage(['stripe-connect']));
    const button = connectButton(p);
    button.textContent = '';
    expect(findStripeLesson(p.document, DEFAULT_STRIPE_PROFILE, { target: 'stripe-connect-button', picked: button })).toEqual({ ok: false, failure: 'no-words' });
  });

  it('an account list that is no chooser: not here', () => {
    const p = open(stripePickerPage([]));
    expect(findStripeLesson(p.document, DEFAULT_STRIPE_PROFILE, { target: 'stripe-account-list', picked: p.one('h1') })).toEqual({ ok: false, failure: 'not-here' });
  });
});
