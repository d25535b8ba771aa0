import { describe, expect, it } from 'vitest';
import {
  classifyStripePage,
  findCancelButton,
  findConnectButton,
  findLoginForm,
  readApiKeysPagePublishableKey,
  readConnectErrorPage,
  readDashboardActiveAccount,
  readPickerAccounts,
  readSelectedPickerAccount,
  type StripePageKind,
} from '../../../lib/stripe/connect-page';
import { accessibleName } from '../../../lib/dom/visible-name';
import { ACME_PK_LIVE, ACME_PK_TEST, accountIdOf } from '../../fixtures/stripe/keys';
import { loadFixture, parseHtml } from '../../fixtures/stripe/load-fixture';

const AUTHORIZE = 'https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_FAKE0000&scope=read_write&state=FAKESTATE';
const ACME = accountIdOf('acme');

describe('classifyStripePage', () => {
  const cases: Array<[string, string, StripePageKind]> = [
    ['connect-login.html', AUTHORIZE, 'connect-login'],
    ['connect-picker-profiles.html', AUTHORIZE, 'connect-picker'],
    ['connect-picker-no-ids.html', 'https://connect.stripe.com/oauth/v2/authorize?client_id=ca_FAKE', 'connect-picker'],
    ['connect-error-invalid-scope.html', `${AUTHORIZE.replace('read_write', 'read_only_FAKE')}`, 'connect-error'],
    ['dashboard-switcher.html', `https://dashboard.stripe.com/${ACME}/dashboard`, 'dashboard'],
    ['dashboard-apikeys-live.html', 'https://dashboard.stripe.com/apikeys', 'dashboard-apikeys'],
    ['dashboard-apikeys-test.html', 'https://dashboard.stripe.com/test/apikeys', 'dashboard-apikeys'],
    ['dashboard-apikeys-test.html', `https://dashboard.stripe.com/${ACME}/test/apikeys/`, 'dashboard-apikeys'],
    ['dashboard-apikeys-live.html', `https://dashboard.stripe.com/${ACME}/apikeys`, 'dashboard-apikeys'],
    // Wrong host for the page, or a look-alike host: nobody's page.
    ['connect-picker-profiles.html', 'https://connect.stripe.com.evil.test/oauth/authorize', 'other'],
    ['connect-picker-profiles.html', 'https://connect-stripe.com/oauth/authorize', 'other'],
    ['connect-picker-profiles.html', 'https://app.kartra.com/integrations', 'other'],
    ['dashboard-apikeys-live.html', 'https://dashboard.stripe.com/apikeys/create', 'dashboard'],
    ['connect-login.html', 'https://dashboard.stripe.com/login', 'other'],
    ['connect-login.html', `https://dashboard.stripe.com/login?redirect=${encodeURIComponent(AUTHORIZE)}`, 'connect-login'],
    ['connect-login.html', 'not a url', 'other'],
  ];
  it.each(cases)('%s at %s → %s', (fixture, url, expected) => {
    expect(classifyStripePage(url, loadFixture(fixture), { acceptSandbox: false })).toBe(expected);
  });

  it('accepts the sandbox hosts only when asked', () => {
    const doc = loadFixture('connect-picker-profiles.html');
    const url = 'http://connect.stripe.localhost:5173/oauth/authorize?client_id=ca_FAKE';
    expect(classifyStripePage(url, doc, { acceptSandbox: true })).toBe('connect-picker');
    expect(classifyStripePage(url, doc, { acceptSandbox: false })).toBe('other');
  });

  it('an empty Connect page is "other"', () => {
    expect(classifyStripePage(AUTHORIZE, parseHtml('<p>Loading…</p>'), { acceptSandbox: false })).toBe('other');
  });
});

describe('login page', () => {
  it('finds email, password and the sign-in button (not the passkey one, not the hidden decoy)', () => {
    const doc = loadFixture('connect-login.html');
    const form = findLoginForm(doc);
    expect(form?.email?.id).toBe('email');
    expect(form?.password?.id).toBe('old-password');
    expect(form?.form?.localName).toBe('form');
    expect(form?.submit && accessibleName(form.submit)).toBe('Sign in');
    expect(findConnectButton(doc)).toEqual({ status: 'none' });
    expect(readPickerAccounts(doc)).toEqual([]);
  });

  it('finds the way back to Kartra as the cancel action', () => {
    const cancel = findCancelButton(loadFixture('connect-login.html'));
    expect(cancel.status).toBe('found');
    if (cancel.status === 'found') expect(accessibleName(cancel.element)).toContain('Back to Kartra');
  });

  it('two-step sign-in: email and Continue, no password yet', () => {
    const doc = parseHtml(
      '<form><label for="e">Email</label><input id="e" type="email"><button>Continue</button></form><footer><input type="email" name="newsletter"></footer>',
    );
    const form = findLoginForm(doc);
    expect(form?.email?.id).toBe('e');
    expect(form?.password).toBeUndefined();
    expect(form?.submit?.textContent).toBe('Continue');
  });

  it('an email box alone (newsletter) is no login form', () => {
    expect(findLoginForm(parseHtml('<input type="email" name="newsletter">'))).toBeUndefined();
  });
});

describe('picker with 2 profiles and 5 accounts', () => {
  const doc = loadFixture('connect-picker-profiles.html');
  const accounts = readPickerAccounts(doc);

  it('reads the 5 visible accounts in page order, skipping the hidden template row', () => {
    expect(accounts.map((a) => a.name)).toEqual([
      'Acme Coaching LLC',
      'Beta Studio',
      'Gamma Events',
      'Delta Shop',
      'Epsilon Media',
    ]);
  });

  it('reads ids, profiles, selection and disabled state', () => {
    expect(accounts.map((a) => a.accountId)).toEqual([
      ACME,
      accountIdOf('beta'),
      accountIdOf('gamma'),
      accountIdOf('delta'),
      accountIdOf('epsilon'),
    ]);
    expect(accounts.map((a) => a.profile)).toEqual([
      "Jane Doe's businesses",
      "Jane Doe's businesses",
      'Old Agency profile',
      'Old Agency profile',
      'Old Agency profile',
    ]);
    expect(accounts.map((a) => a.selected)).toEqual([false, true, false, false, false]);
    expect(accounts.map((a) => a.disabled)).toEqual([false, false, false, false, true]);
    expect(accounts.every((a) => a.element.getAttribute('role') === 'radio')).toBe(true);
    expect(readSelectedPickerAccount(doc)?.name).toBe('Beta Studio');
  });

  it('finds Connect and Cancel', () => {
    const connect = findConnectButton(doc);
    expect(connect.status).toBe('found');
    if (connect.status === 'found') expect(connect.element.localName).toBe('button');
    const cancel = findCancelButton(doc);
    expect(cancel.status).toBe('found');
    if (cancel.status === 'found') expect(cancel.element.localName).toBe('a');
  });
});

describe('picker without ids', () => {
  const doc = loadFixture('connect-picker-no-ids.html');

  it('reads names from native radios styled as cards, with the checked one selected', () => {
    const accounts = readPickerAccounts(doc);
    expect(accounts.map((a) => a.name)).toEqual(['Acme Coaching LLC', 'Beta Studio', 'Gamma Events']);
    expect(accounts.map((a) => a.accountId)).toEqual([undefined, undefined, undefined]);
    expect(accounts.map((a) => a.profile)).toEqual([undefined, undefined, undefined]);
    expect(accounts.map((a) => a.selected)).toEqual([false, false, true]);
    expect(accounts.every((a) => a.element.localName === 'input' && a.row.localName === 'li')).toBe(true);
  });

  it('follows the selection when the agent clicks another account', () => {
    (doc.getElementById('m-0') as HTMLInputElement).checked = true;
    expect(readSelectedPickerAccount(doc)?.name).toBe('Acme Coaching LLC');
  });

  it('finds Connect (submit) and Cancel (button)', () => {
    expect(findConnectButton(doc).status).toBe('found');
    expect(findCancelButton(doc).status).toBe('found');
  });
});

describe('other picker shapes', () => {
  it('listbox options with aria-selected, ids in small text', () => {
    const doc = parseHtml(`
      <div role="listbox" aria-label="Accounts">
        <div role="option" aria-selected="false"><span>Acme Coaching LLC</span> <small>${ACME}</small></div>
        <div role="option" aria-selected="true"><span>Beta Studio</span> <small>${accountIdOf('beta')}</small></div>
      </div>
      <button>Connect</button>`);
    const accounts = readPickerAccounts(doc);
    expect(accounts.map((a) => [a.name, a.accountId, a.selected, a.profile])).toEqual([
      ['Acme Coaching LLC', ACME, false, undefined],
      ['Beta Studio', accountIdOf('beta'), true, undefined],
    ]);
  });

  it('toggle buttons with aria-pressed', () => {
    const doc = parseHtml(`
      <button aria-pressed="true">Acme Coaching LLC<br><small>${ACME}</small></button>
      <button aria-pressed="false">Beta Studio</button>
      <button>Connect</button>`);
    const accounts = readPickerAccounts(doc);
    expect(accounts.map((a) => [a.name, a.accountId, a.selected])).toEqual([
      ['Acme Coaching LLC', ACME, true],
      ['Beta Studio', undefined, false],
    ]);
  });

  it('a native select with optgroups as profiles (and the language select ignored)', () => {
    const doc = parseHtml(`
      <form>
        <select name="account" aria-label="Account">
          <option value="">Choose…</option>
          <optgroup label="Jane's businesses"><option value="${ACME}">Acme Coaching LLC</option></optgroup>
          <optgroup label="Old Agency"><option value="${accountIdOf('beta')}" selected>Beta Studio</option></optgroup>
        </select>
        <button type="submit">Connect</button>
      </form>
      <footer><select aria-label="Language"><option value="en">English</option><option value="de">Deutsch</option></select></footer>`);
    // happy-dom ignores the parsed `selected` attribute; set the state a browser would have.
    (doc.querySelector(`option[value="${accountIdOf('beta')}"]`) as HTMLOptionElement).selected = true;
    const accounts = readPickerAccounts(doc);
    expect(accounts.map((a) => [a.name, a.accountId, a.selected, a.profile])).toEqual([
      ['Acme Coaching LLC', ACME, false, "Jane's businesses"],
      ['Beta Studio', accountIdOf('beta'), true, 'Old Agency'],
    ]);
  });

  it('clickable rows that only show an id', () => {
    const doc = parseHtml(`
      <ul>
        <li><a href="#a" aria-current="true">Acme Coaching LLC <span>${ACME}</span></a></li>
        <li><a href="#b">Beta Studio <span>${accountIdOf('beta')}</span></a></li>
      </ul>
      <button>Connect</button>`);
    const accounts = readPickerAccounts(doc);
    expect(accounts.map((a) => [a.name, a.accountId, a.selected])).toEqual([
      ['Acme Coaching LLC', ACME, true],
      ['Beta Studio', accountIdOf('beta'), false],
    ]);
  });

  it('accounts inside an open shadow root', () => {
    const doc = parseHtml(`
      <account-picker><template shadowrootmode="open">
        <div role="radiogroup">
          <div role="radio" aria-checked="true"><b>Acme Coaching LLC</b><i>${ACME}</i></div>
          <div role="radio" aria-checked="false"><b>Beta Studio</b><i>${accountIdOf('beta')}</i></div>
        </div>
        <button>Connect</button>
      </template></account-picker>`);
    const accounts = readPickerAccounts(doc);
    expect(accounts.map((a) => [a.name, a.accountId, a.selected])).toEqual([
      ['Acme Coaching LLC', ACME, true],
      ['Beta Studio', accountIdOf('beta'), false],
    ]);
    expect(findConnectButton(doc).status).toBe('found');
    expect(classifyStripePage(AUTHORIZE, doc, { acceptSandbox: false })).toBe('connect-picker');
  });

  it('a closed account drop-down reports the account it shows, marked collapsed', () => {
    const doc = parseHtml(`
      <main>
        <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Account">
          <span>Acme Coaching LLC</span> <small>${ACME}</small>
        </button>
        <div role="listbox" hidden><div role="option" aria-selected="true">Acme Coaching LLC</div><div role="option">Beta Studio</div></div>
        <button>Connect</button>
      </main>`);
    const accounts = readPickerAccounts(doc);
    expect(accounts.map((a) => [a.name, a.accountId, a.selected, a.collapsed])).toEqual([['Acme Coaching LLC', ACME, true, true]]);
  });

  it('a language drop-down is never taken for a collapsed account chooser', () => {
    const doc = parseHtml(`
      <button type="button" aria-haspopup="listbox">English (United States)</button>
      <button type="button" role="combobox" aria-label="Language">English</button>
      <button>Connect</button>`);
    expect(readPickerAccounts(doc)).toEqual([]);
  });

  it('a row showing two ids gives no id rather than a guess', () => {
    const doc = parseHtml(`<div role="radio" aria-checked="false">Acme <small>${ACME} ${accountIdOf('beta')}</small></div>`);
    expect(readPickerAccounts(doc)[0]?.accountId).toBeUndefined();
  });
});

describe('connect error page', () => {
  it('reads the JSON error body', () => {
    expect(readConnectErrorPage(loadFixture('connect-error-invalid-scope.html'))).toEqual({
      error: 'invalid_scope',
      error_description: 'Invalid scope: read_only_FAKE is not a valid scope. Valid scopes are read_write and read_only.',
    });
  });

  it('reads a body without <pre> too', () => {
    const doc = parseHtml('{"error":"invalid_request","error_description":"No such application: ca_FAKE"}');
    expect(readConnectErrorPage(doc)).toEqual({ error: 'invalid_request', error_description: 'No such application: ca_FAKE' });
  });

  it.each([
    ['<pre>{"error": 42}</pre>'],
    ['<pre>{"error": "Bad Code!"}</pre>'],
    ['<pre>{"message": "no error field"}</pre>'],
    ['<pre>{not json}</pre>'],
    ['<pre>[1,2,3]</pre>'],
    ['<p>Sign in</p>'],
    [`<pre>{"error":"x","pad":"${'a'.repeat(30_000)}"}</pre>`],
  ])('not an error page: %s', (html) => {
    expect(readConnectErrorPage(parseHtml(html))).toBeUndefined();
  });

  it('drops unexpected keys such as __proto__', () => {
    const parsed = readConnectErrorPage(parseHtml('<pre>{"error":"invalid_scope","__proto__":{"polluted":true},"extra":1}</pre>'));
    expect(parsed).toEqual({ error: 'invalid_scope' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('dashboard', () => {
  it('reads the active account from the URL and the switcher', () => {
    const doc = loadFixture('dashboard-switcher.html');
    expect(readDashboardActiveAccount(`https://dashboard.stripe.com/${ACME}/dashboard`, doc)).toEqual({
      accountId: ACME,
      name: 'Acme Coaching LLC',
      mode: 'live',
    });
    expect(readDashboardActiveAccount(`https://dashboard.stripe.com/${ACME}/test/payments`, doc).mode).toBe('test');
  });

  it('without an account in the URL or a switcher, says only the mode', () => {
    expect(readDashboardActiveAccount('https://dashboard.stripe.com/test/apikeys', parseHtml('<main></main>'))).toEqual({
      mode: 'test',
    });
  });

  it('a connected account in the URL is not the active account', () => {
    const url = `https://dashboard.stripe.com/connect/accounts/${accountIdOf('beta')}`;
    expect(readDashboardActiveAccount(url, parseHtml('')).accountId).toBeUndefined();
  });

  it('two switchers naming different accounts give no name', () => {
    const doc = parseHtml(`
      <button aria-haspopup="menu" aria-label="Switch account">Acme Coaching LLC</button>
      <button aria-haspopup="menu" aria-label="Switch account">Beta Studio</button>`);
    expect(readDashboardActiveAccount('https://dashboard.stripe.com/', doc).name).toBeUndefined();
  });

  it('reads the live publishable key next to its label', () => {
    const reading = readApiKeysPagePublishableKey(loadFixture('dashboard-apikeys-live.html'));
    expect(reading.status).toBe('found');
    if (reading.status === 'found') {
      expect(reading.key.normalized).toBe(ACME_PK_LIVE);
      expect(reading.key.mode).toBe('live');
      expect(reading.key.accountRef).toBe(ACME);
      expect(reading.element.localName).toBe('tr');
    }
  });

  it('reads the test publishable key from a read-only input in a shadow root, ignoring the secret key', () => {
    const reading = readApiKeysPagePublishableKey(loadFixture('dashboard-apikeys-test.html'));
    expect(reading.status).toBe('found');
    if (reading.status === 'found') {
      expect(reading.key.normalized).toBe(ACME_PK_TEST);
      expect(reading.key.mode).toBe('test');
      expect(reading.key.kind).toBe('publishable');
    }
  });

  it('no key on the page, or only a truncated one: none', () => {
    expect(readApiKeysPagePublishableKey(parseHtml('<span>Publishable key</span><span>pk_live_51FakeAcme…</span>'))).toEqual({
      status: 'none',
    });
    expect(readApiKeysPagePublishableKey(parseHtml('<p>Nothing here</p>'))).toEqual({ status: 'none' });
  });

  it('two different publishable keys: ambiguous', () => {
    const doc = parseHtml(`<div><span>Publishable key</span> <code>${ACME_PK_LIVE}</code> <code>${ACME_PK_TEST}</code></div>`);
    const reading = readApiKeysPagePublishableKey(doc);
    expect(reading.status).toBe('ambiguous');
  });

  it('without a label, a single key on the page is used', () => {
    const reading = readApiKeysPagePublishableKey(parseHtml(`<code>${ACME_PK_LIVE}</code>`));
    expect(reading.status).toBe('found');
  });
});
