import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareKeys } from '../../../lib/stripe/compare-keys';
import {
  classifyStripePage,
  findConnectButton,
  findLoginForm,
  readApiKeysPagePublishableKey,
  readConnectErrorPage,
  readDashboardActiveAccount,
  readPickerAccounts,
} from '../../../lib/stripe/connect-page';
import { parseStripeKey } from '../../../lib/stripe/stripe-key';
import { ACME_PK_LIVE, BETA_PK_LIVE, LEGACY_PK_LIVE, LEGACY_PK_TEST, accountIdOf } from '../../fixtures/stripe/keys';
import { loadFixture, parseHtml } from '../../fixtures/stripe/load-fixture';
import { STRIPE } from './built-in-stripe';

const AUTHORIZE = 'https://connect.stripe.com/oauth/authorize?client_id=ca_FAKE';
const ACME = accountIdOf('acme');
const BETA = accountIdOf('beta');

describe('DOM clobbering', () => {
  // Browsers let `<img name="querySelectorAll">` shadow `document.querySelectorAll` and `<input name="getAttribute">`
  // shadow `form.getAttribute` (also in a content script's world). happy-dom does not, so the tests shadow the same
  // members with own properties, which is what clobbering amounts to.
  function clobber(target: object, names: string[]): void {
    for (const name of names) Object.defineProperty(target, name, { value: { clobbered: true }, configurable: true });
  }

  it('named elements shadowing document methods do not break the readers', () => {
    const doc = parseHtml(`
      <div role="radio" aria-checked="true"><b>Acme Coaching LLC</b> <small>${ACME}</small></div>
      <button>Connect</button>`);
    clobber(doc, ['querySelectorAll', 'getElementById', 'body', 'defaultView', 'createTreeWalker', 'nodeType']);
    expect(typeof (doc as unknown as Record<string, unknown>).querySelectorAll).not.toBe('function');
    expect(readPickerAccounts(doc, STRIPE).map((a) => [a.name, a.accountId, a.selected])).toEqual([['Acme Coaching LLC', ACME, true]]);
    expect(findConnectButton(doc, STRIPE).status).toBe('found');
  });

  it('form controls named like element methods do not break the login reader', () => {
    const doc = parseHtml(`
      <form id="login">
        <input name="getAttribute"><input name="localName"><input name="querySelectorAll"><input name="parentNode">
        <input name="shadowRoot"><input name="childNodes"><input name="hasAttribute">
        <input id="email" type="email" name="email"><input id="pw" type="password" name="password">
        <button type="submit">Sign in</button>
      </form>`);
    const formElement = doc.getElementById('login') as HTMLFormElement;
    clobber(formElement, ['getAttribute', 'localName', 'querySelectorAll', 'parentNode', 'shadowRoot', 'childNodes', 'hasAttribute', 'nodeType']);
    const form = findLoginForm(doc, STRIPE);
    expect(form?.email?.id).toBe('email');
    expect(form?.password?.id).toBe('pw');
    expect(form?.submit?.textContent).toBe('Sign in');
    expect(classifyStripePage(AUTHORIZE, doc, STRIPE, { acceptSandbox: false })).toBe('connect-login');
  });

  it('duplicate ids: aria-labelledby takes the first element, never throws', () => {
    const doc = parseHtml(`
      <section aria-labelledby="p"><h2 id="p">Profile A</h2>
        <div role="radio" aria-checked="false">Acme <small>${ACME}</small></div></section>
      <section aria-labelledby="p"><h2 id="p">Profile B</h2>
        <div role="radio" aria-checked="false">Beta <small>${BETA}</small></div></section>
      <button>Connect</button>`);
    const accounts = readPickerAccounts(doc, STRIPE);
    expect(accounts.map((a) => a.accountId)).toEqual([ACME, BETA]);
  });
});

describe('decoys', () => {
  it.each([
    ['hidden attribute', '<button hidden>Connect</button>'],
    ['display:none from a stylesheet', '<style>.h{display:none}</style><div class="h"><button>Connect</button></div>'],
    ['inline visibility:hidden', '<button style="visibility: hidden">Connect</button>'],
    ['aria-hidden ancestor', '<div aria-hidden="true"><button>Connect</button></div>'],
    ['inert ancestor', '<div inert><button>Connect</button></div>'],
  ])('a hidden Connect button (%s) does not count', (_name, decoy) => {
    const doc = parseHtml(`${decoy}<button id="real">Connect</button>`);
    const found = findConnectButton(doc, STRIPE);
    expect(found.status).toBe('found');
    if (found.status === 'found') expect(found.element.id).toBe('real');
  });

  it('two visible Connect buttons: ambiguous, not a guess', () => {
    const found = findConnectButton(parseHtml('<button>Connect</button><div><button>Connect</button></div>'), STRIPE);
    expect(found.status).toBe('ambiguous');
  });

  it('a wrapper with role=button around the real button is not a second match', () => {
    const found = findConnectButton(parseHtml('<div role="button"><button id="inner">Connect</button></div>'), STRIPE);
    expect(found.status).toBe('found');
    if (found.status === 'found') expect(found.element.id).toBe('inner');
  });

  it('"Disconnect", "Connect with Google" and a nav link named Connect are not the Connect action', () => {
    const doc = parseHtml('<button>Disconnect</button><button>Connect with Google</button><nav><a href="/connect">Connect</a></nav><button id="go">Connect</button>');
    const found = findConnectButton(doc, STRIPE);
    expect(found.status).toBe('found');
    if (found.status === 'found') expect(found.element.id).toBe('go');
  });

  it('hidden decoy accounts are not read; a footer language select is not an account list', () => {
    const doc = parseHtml(`
      <div role="radio" aria-checked="false" hidden>Decoy <small>${BETA}</small></div>
      <div style="display:none"><input type="radio" name="a" checked><label>Decoy 2</label></div>
      <main><div role="radio" aria-checked="true">Acme <small>${ACME}</small></div><button>Connect</button></main>
      <footer><select name="locale"><option value="en" selected>English</option></select></footer>`);
    expect(readPickerAccounts(doc, STRIPE).map((a) => a.name)).toEqual(['Acme']);
  });

  it('several conflicting publishable keys on the API keys page: ambiguous', () => {
    const doc = parseHtml(`<table><tr><td>Publishable key</td><td>${ACME_PK_LIVE}</td></tr><tr><td>Publishable key</td><td>${BETA_PK_LIVE}</td></tr></table>`);
    expect(readApiKeysPagePublishableKey(doc, STRIPE).status).toBe('ambiguous');
  });

  it('a key with a zero-width character is not read as a key', () => {
    const tainted = `${ACME_PK_LIVE.slice(0, 30)}\u200B${ACME_PK_LIVE.slice(30)}`;
    const reading = readApiKeysPagePublishableKey(parseHtml(`<div><span>Publishable key</span><code>${tainted}</code></div>`), STRIPE);
    expect(reading.status).not.toBe('found');
  });
});

describe('markup in names is text', () => {
  it('an account name holding markup is returned as its literal text and never runs', () => {
    const spy = vi.fn();
    (globalThis as Record<string, unknown>).__pwned = spy;
    const doc = parseHtml(`
      <div role="radio" aria-checked="false"><span>&lt;img src=x onerror="__pwned()"&gt;</span><small>${ACME}</small></div>
      <div role="radio" aria-checked="false"><span>&lt;script&gt;__pwned()&lt;/script&gt;</span></div>
      <div role="radio" aria-checked="false"><span>javascript:__pwned()</span></div>
      <button>Connect</button>`);
    expect(readPickerAccounts(doc, STRIPE).map((a) => a.name)).toEqual([
      '<img src=x onerror="__pwned()">',
      '<script>__pwned()</script>',
      'javascript:__pwned()',
    ]);
    expect(spy).not.toHaveBeenCalled();
    delete (globalThis as Record<string, unknown>).__pwned;
  });

  it('a switcher name with markup is text', () => {
    const doc = parseHtml('<button aria-haspopup="menu" aria-label="Switch account">&lt;b&gt;Acme&lt;/b&gt;</button>');
    expect(readDashboardActiveAccount('https://dashboard.stripe.com/', doc, STRIPE).name).toBe('<b>Acme</b>');
  });
});

describe('overridden built-ins', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a JSON.parse that throws gives "not an error page", not an exception', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new Error('page override');
    });
    expect(readConnectErrorPage(loadFixture('connect-error-invalid-scope.html'))).toBeUndefined();
  });

  it('a JSON.parse that returns junk is rejected by the schema', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => ({ error: { nested: true }, error_description: 42 }));
    expect(readConnectErrorPage(loadFixture('connect-error-invalid-scope.html'))).toBeUndefined();
  });

  it('a polluted Object.prototype.accountRef does not make legacy keys match', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.accountRef = ACME;
    try {
      expect(compareKeys(LEGACY_PK_LIVE, LEGACY_PK_TEST).verdict).toBe('cannot-tell');
      expect(compareKeys(LEGACY_PK_LIVE, ACME_PK_LIVE).verdict).toBe('cannot-tell');
      expect(parseStripeKey(LEGACY_PK_LIVE)).not.toHaveProperty('accountRef', undefined);
    } finally {
      delete proto.accountRef;
    }
  });
});

describe('closed shadow roots', () => {
  it('are not searched (by design): the picker reads as empty rather than wrong', () => {
    const doc = parseHtml('<div id="host"></div>');
    const host = doc.getElementById('host') as HTMLElement;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = `<div role="radio" aria-checked="true">Acme <small>${ACME}</small></div><button>Connect</button>`;
    expect(readPickerAccounts(doc, STRIPE)).toEqual([]);
    expect(findConnectButton(doc, STRIPE).status).toBe('none');
  });
});

describe('large pages', () => {
  it('a 1 MB text page is classified and read without error', () => {
    const doc = parseHtml(`<main><p>${'lorem ipsum '.repeat(90_000)}</p><div role="radio" aria-checked="true">Acme <small>${ACME}</small></div><button>Connect</button></main>`);
    expect(classifyStripePage(AUTHORIZE, doc, STRIPE, { acceptSandbox: false })).toBe('connect-picker');
    expect(readPickerAccounts(doc, STRIPE).map((a) => a.accountId)).toEqual([ACME]);
    expect(readApiKeysPagePublishableKey(doc, STRIPE).status).toBe('none');
  });
});
