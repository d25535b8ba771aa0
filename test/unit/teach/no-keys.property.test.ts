/**
 * PROPERTY: nothing key-shaped ever appears in a derived change or an export. Pages whose names, labels, titles,
 * attributes, text and values hold Stripe keys and ids (pk_live_…, sk_test_…, rk_…, whsec_…, acct_…) mixed with
 * words go through the word readers (usablePhrase, nameOfControl, statusPhrasesOf, labelsOfField, fieldHintsOf),
 * the lesson finders and the export builder; no output string matches a strict key pattern, and the key never
 * appears in it, however it is glued to the words around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/default-site-profile';
import { DEFAULT_STRIPE_PROFILE } from '../../../lib/stripe/default-stripe-profile';
import { buildTaughtExport, taughtExportJson } from '../../../lib/teach/export';
import { findKartraLesson } from '../../../lib/teach/kartra-lesson';
import type { LessonResult } from '../../../lib/teach/lesson';
import { fieldHintsOf, labelsOfField, nameOfControl, statusPhrasesOf, usablePhrase } from '../../../lib/teach/picked-words';
import { KARTRA_TEACH_FIELDS, STRIPE_TEACH_FIELDS, type ProfileChange } from '../../../lib/teach/profile-change';
import { findStripeLesson } from '../../../lib/teach/stripe-lesson';
import { TEACH_TARGETS } from '../../../lib/teach/teach-targets';
import { loadPage } from './unfamiliar-fixtures';

/**
 * Strict: a key prefix with its mode anywhere (glued or not), a modeless one at a word's start, a webhook secret or
 * account id anywhere, and any long unbroken token.
 */
const KEY_PATTERN = /(?:pk|sk|rk)_(?:live|test)_[A-Za-z0-9]|(?<![A-Za-z0-9])(?:pk|sk|rk)_[A-Za-z0-9]|whsec_[A-Za-z0-9]|acct_[A-Za-z0-9]|[A-Za-z0-9]{24,}/;

// Tails far shorter than real keys' (pk_live_ takes about 99 characters): the guard must not lean on length. Modeless
// sk_/rk_ keys are the old format, 24 characters and more.
const MODED = ['pk_live_', 'pk_test_', 'sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_', 'acct_1'] as const;
const key = fc.oneof(
  fc.tuple(fc.constantFrom(...MODED), fc.stringMatching(/^[A-Za-z0-9]{6,40}$/)).map(([prefix, tail]) => prefix + tail),
  fc.tuple(fc.constantFrom('sk_', 'rk_', 'pk_'), fc.stringMatching(/^[A-Za-z0-9]{24,40}$/)).map(([prefix, tail]) => prefix + tail),
);
const word = fc.constantFrom('Payments', 'paused', 'Account', 'key', 'Modify', 'Gateway', 'tools', 'Grant', 'access', 'Link', 'your', 'Stripe', 'is', 'é');
/** Words around a key, joined by a space, punctuation, or nothing at all (glued). */
const glue = fc.constantFrom(' ', '', ':', ': ', '-', '(', ')', '"', '/', '=', '\u00a0', '\n');
const withKey = fc
  .tuple(fc.array(word, { maxLength: 3 }), glue, key, glue, fc.array(word, { maxLength: 3 }))
  .map(([before, g1, k, g2, after]) => ({ text: `${before.join(' ')}${g1}${k}${g2}${after.join(' ')}`, key: k }));
/** Either words alone (which may teach) or words with a key (which must teach nothing of the key). */
const label = fc.oneof(
  withKey,
  fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => ({ text: words.join(' '), key: undefined })),
);

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Our own codes (a field is named `steps.publishableKeyInputHints`, a long run of letters): not page text. */
const CODES = new Set<string>([...KARTRA_TEACH_FIELDS, ...STRIPE_TEACH_FIELDS]);

/** Every string value in `value` (object keys are ours: the export's and the profile's field names). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return CODES.has(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** No string anywhere in `value` looks like a key, or holds one of `keys`. */
function expectNoKeys(value: unknown, keys: readonly (string | undefined)[]) {
  for (const text of stringsOf(value)) {
    expect(text).not.toMatch(KEY_PATTERN);
    for (const k of keys) if (k) expect(text).not.toContain(k);
  }
}

describe('the word readers take nothing key-shaped', () => {
  it('usablePhrase', () => {
    fc.assert(
      fc.property(label, ({ text, key: k }) => {
        const phrase = usablePhrase(text);
        expectNoKeys(phrase, [k]);
        if (k) expect(phrase).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('nameOfControl, statusPhrasesOf, labelsOfField, fieldHintsOf on elements with keys in every attribute', () => {
    fc.assert(
      fc.property(label, label, label, label, withKey, label, (aria, title, text, placeholder, value, ident) => {
        const page = loadPage(
          `<div title="${esc(title.text)}"><label for="f">${esc(text.text)}</label><input id="f" name="${esc(ident.text)}" aria-label="${esc(aria.text)}" placeholder="${esc(placeholder.text)}" title="${esc(title.text)}" value="${esc(value.text)}">` +
            `<button aria-label="${esc(aria.text)}" title="${esc(title.text)}">${esc(text.text)}</button><span data-tooltip="${esc(title.text)}" aria-label="${esc(aria.text)}">${esc(text.text)}</span></div>`,
          'https://app.kartra.com/integrations',
        );
        const keys = [aria.key, title.key, text.key, placeholder.key, value.key, ident.key];
        const input = page.document.querySelector('input')!;
        expectNoKeys(
          {
            name: nameOfControl(page.document.querySelector('button')!),
            status: statusPhrasesOf(page.document.querySelector('span')!, DEFAULT_SITE_PROFILE.tooltipAttributes),
            labels: labelsOfField(input),
            hints: fieldHintsOf(input),
          },
          keys,
        );
        void page.close();
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** A Kartra page with the Stripe tile, its open menu and the gateway window, every name and label given. */
function kartraPage(words: { bubble: string; dots: string; edit: string; keyLabel: string; keyName: string; keyValue: string; connect: string; tile: string }) {
  return loadPage(
    `<main><div role="list">
  <div class="t" id="tile-stripe"><img alt="Stripe logo"><div><div>Stripe</div><div>${esc(words.tile)}</div></div>
    <span role="img" class="dot" title="${esc(words.bubble)}" aria-label="${esc(words.bubble)}" style="background-color:#f59e0b"></span>
    <button type="button" aria-label="${esc(words.dots)}" aria-haspopup="menu"><svg aria-hidden="true"><path d="M3 6h8"></path></svg></button></div>
  <div class="t" id="tile-paypal"><img alt="PayPal logo"><div><div>PayPal</div><div>Payment gateway</div></div>
    <span role="img" class="dot" title="${esc(words.bubble)}" style="background-color:#f59e0b"></span><button type="button" aria-label="More options" aria-haspopup="menu">⋮</button></div>
</div></main>
<div role="menu"><button type="button" role="menuitem" id="edit"><span>${esc(words.edit)}</span></button></div>
<div role="dialog" aria-modal="true" aria-labelledby="h"><h2 id="h">${esc(words.tile)}</h2>
  <label for="k">${esc(words.keyLabel)}</label><input id="k" name="${esc(words.keyName)}" value="${esc(words.keyValue)}" readonly>
  <button type="button" id="connect">${esc(words.connect)}</button></div>`,
    'https://app.kartra.com/integrations',
  );
}

function stripePage(words: { connect: string; chooser: string; account: string }) {
  return loadPage(
    `<main><h1>Connect</h1><label for="s">${esc(words.chooser)}</label><select id="s"><option value="${esc(words.account)}">${esc(words.account)}</option><option>Acme</option></select>
<button type="button" id="connect">${esc(words.connect)}</button><a href="#">Cancel</a></main>`,
    'https://connect.stripe.com/oauth/v2/authorize',
  );
}

describe('the lesson finders derive nothing key-shaped', () => {
  it('Kartra: every target, on pages full of keys', () => {
    const words = fc.record({ bubble: label, dots: label, edit: label, keyLabel: label, keyName: label, keyValue: withKey, connect: label, tile: label });
    fc.assert(
      fc.property(words, (given) => {
        const flat = Object.fromEntries(Object.entries(given).map(([name, w]) => [name, w.text])) as Record<keyof typeof given, string>;
        const keys = Object.values(given).map((w) => w.key);
        const page = kartraPage(flat);
        const doc = page.document;
        const picks: [Parameters<typeof findKartraLesson>[2]['target'], Element][] = [
          ['tile-status', doc.querySelector('#tile-stripe [role="img"]')!],
          ['stripe-tile', doc.querySelector('#tile-stripe')!],
          ['tile-menu-button', doc.querySelector('#tile-stripe button')!],
          ['edit-menu-item', doc.querySelector('#edit span')!],
          ['publishable-key', doc.querySelector('#k')!],
          ['connect-with-stripe', doc.querySelector('#connect')!],
        ];
        const results: LessonResult[] = picks.map(([target, picked]) => findKartraLesson(doc, DEFAULT_SITE_PROFILE, { target, picked }));
        expectNoKeys(results, keys);
        void page.close();
      }),
      { numRuns: 50 },
    );
    // Each run builds a page and runs the whole reader six times over; the default 5 s is for unit tests.
  }, 60_000);

  it('Stripe: the Connect button and the account chooser', () => {
    fc.assert(
      fc.property(fc.record({ connect: label, chooser: label, account: withKey }), (given) => {
        const page = stripePage({ connect: given.connect.text, chooser: given.chooser.text, account: given.account.text });
        const doc = page.document;
        const results = [
          findStripeLesson(doc, DEFAULT_STRIPE_PROFILE, { target: 'stripe-connect-button', picked: doc.querySelector('#connect')! }),
          findStripeLesson(doc, DEFAULT_STRIPE_PROFILE, { target: 'stripe-account-list', picked: doc.querySelector('select')! }),
        ];
        expectNoKeys(results, [given.connect.key, given.chooser.key, given.account.key]);
        void page.close();
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('the export holds nothing key-shaped', () => {
  const change = fc.oneof(
    fc.record({ site: fc.constant('kartra'), target: fc.constantFrom(...TEACH_TARGETS), field: fc.constantFrom(...KARTRA_TEACH_FIELDS), value: label.map((l) => l.text) }),
    fc.record({ site: fc.constant('stripe'), target: fc.constantFrom(...TEACH_TARGETS), field: fc.constantFrom(...STRIPE_TEACH_FIELDS), value: label.map((l) => l.text) }),
  ) as fc.Arbitrary<ProfileChange>;

  it('whatever changes it is given (a stored list edited by hand, say)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(change, withKey.map((k) => ({ site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: k.text }))), { maxLength: 12 }), (changes) => {
        const keys = changes.map((c) => c.value.match(/(?:pk|sk|rk)_\w+|whsec_\w+|acct_\w+/)?.[0]);
        const json = taughtExportJson(buildTaughtExport(changes, new Date(0)));
        expectNoKeys(JSON.parse(json), keys);
        for (const k of keys) if (k) expect(json).not.toContain(k);
      }),
      { numRuns: 500 },
    );
  });
});
