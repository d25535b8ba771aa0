import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfileSettings } from '../../../components/options/ProfileSettings';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile';
import { sendToBackground } from '../../../lib/messaging';
import { profileOverrideItem, stripeProfileOverrideItem } from '../../../lib/storage';
import { DEFAULT_STRIPE_PROFILE, STRIPE_PROFILE_VERSION } from '../../../lib/stripe/stripe-profile';
import { useTestLocale } from '../support/fake-browser-gaps';
import { click, mount, typeInto, waitFor, type Mounted } from './render';

vi.mock('../../../lib/messaging', async (importOriginal) => ({ ...(await importOriginal<object>()), sendToBackground: vi.fn() }));
const send = vi.mocked(sendToBackground);

const INVALID = '{ "version": 1, "statusWords": { "connected": ["", 5] }, "bannerWord": [] }';
const VALID = '{ "version": 1, "bannerWords": ["stripe wants a fresh handshake"] }';

async function mountSettings(): Promise<Mounted> {
  const page = await mount(<ProfileSettings site="kartra" />);
  await waitFor(() => page.$('[data-testid="profile-source"]') !== null, 'the profile to load');
  return page;
}

const source = (page: Mounted) => page.$('[data-testid="profile-source"]')?.getAttribute('data-source');
const errorItems = (page: Mounted) => page.$$('[data-testid="profile-errors"] li').map((li) => li.textContent);
const editorText = (page: Mounted) => (page.$('[data-testid="override-text"]') as HTMLTextAreaElement).value;

describe('detection profile settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    send.mockReset();
  });

  it('shows the built-in profile, as formatted JSON, when no override is saved', async () => {
    const page = await mountSettings();
    expect(source(page)).toBe('default');
    expect(page.text('[data-testid="profile-source"] p')).toMatch(/Built-in profile.*No override is saved/);
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]'))).toEqual(DEFAULT_SITE_PROFILE);
    expect(page.$('[data-testid="profile-reset"]')).toBeNull();
    page.unmount();
  });

  it('lists every problem with its path and reason, keeps the text, and sends nothing', async () => {
    const page = await mountSettings();
    await typeInto(page.$('[data-testid="override-text"]'), INVALID);
    await click(page.$('[data-testid="override-save"]'));
    expect(errorItems(page)).toEqual([
      'statusWords.connected[0]: must not be empty',
      expect.stringMatching(/^statusWords\.connected\[1\]: .*expected string/),
      expect.stringMatching(/^bannerWord: unknown field \(did you mean "bannerWords"\?\)/),
    ]);
    expect(page.text('[data-testid="profile-status"]')).toMatch(/Not saved: 3 problems; the active profile did not change/);
    expect(page.$('[data-testid="override-text"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(editorText(page)).toBe(INVALID);
    expect(send).not.toHaveBeenCalled();
    expect(source(page)).toBe('default');
    page.unmount();
  });

  it('points at the line and column of broken JSON', async () => {
    const page = await mountSettings();
    await typeInto(page.$('[data-testid="override-text"]'), '{\n  "version": 1,\n  "bannerWords": [\n}');
    await click(page.$('[data-testid="override-validate"]'));
    expect(errorItems(page)).toEqual([expect.stringMatching(/^\(the whole document\): invalid JSON at line 4, column 1/)]);
    page.unmount();
  });

  it('validates without saving, then saves through the background and shows the override as active', async () => {
    send.mockImplementation(async (message) => {
      // Stand-in for the background: it validates again and writes storage.
      if (message.type === 'profile/set-override') await profileOverrideItem.setValue({ json: message.json, savedAt: Date.UTC(2026, 0, 2, 3, 4, 5) });
      return { ok: true, value: { saved: true, errors: [] } };
    });
    const page = await mountSettings();
    await typeInto(page.$('[data-testid="override-text"]'), VALID);
    await click(page.$('[data-testid="override-validate"]'));
    expect(page.text('[data-testid="profile-status"]')).toMatch(/^Valid\./);
    expect(send).not.toHaveBeenCalled();

    await click(page.$('[data-testid="override-save"]'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'profile/set-override', site: 'kartra', json: VALID });
    await waitFor(() => source(page) === 'override', 'the override to become active');
    expect(page.text('[data-testid="profile-source"] p')).toMatch(/Override active saved at .*2026/);
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]')).bannerWords).toEqual(['stripe wants a fresh handshake']);
    await waitFor(() => /Override saved/.test(page.text('[data-testid="profile-status"]')), 'the announcement');
    expect(editorText(page)).toBe(VALID);
    page.unmount();
  });

  it('shows the background’s refusal and an unanswered message without losing the text', async () => {
    const page = await mountSettings();
    await typeInto(page.$('[data-testid="override-text"]'), VALID);
    send.mockResolvedValueOnce({ ok: true, value: { saved: false, errors: [{ path: 'bannerWords[0]', problem: { code: 'tooLong', max: 120 } }] } });
    await click(page.$('[data-testid="override-save"]'));
    await waitFor(() => errorItems(page).length === 1, 'the refusal');
    expect(errorItems(page)).toEqual(['bannerWords[0]: must be at most 120 characters']);
    expect(editorText(page)).toBe(VALID);

    // lib/messaging's own failure comes as a code, worded by the page.
    send.mockResolvedValueOnce({ ok: false, error: 'extension-no-answer' });
    await click(page.$('[data-testid="override-save"]'));
    await waitFor(() => /No answer/.test(page.text('[data-testid="profile-status"]')), 'the failure');
    expect(page.text('[data-testid="profile-status"]')).toMatch(/Your text is still here; the active profile did not change/);
    expect(editorText(page)).toBe(VALID);
    expect(source(page)).toBe('default');
    page.unmount();
  });

  it('copies the active profile into the editor as a starting point', async () => {
    const page = await mountSettings();
    await click(page.$$('button').find((b) => /Copy the active profile/.test(b.textContent ?? '')) ?? null);
    expect(JSON.parse(editorText(page))).toEqual(DEFAULT_SITE_PROFILE);
    page.unmount();
  });

  it('asks before resetting, and sends the clear message only when confirmed', async () => {
    await profileOverrideItem.setValue({ json: VALID, savedAt: Date.now() });
    send.mockImplementation(async () => {
      await profileOverrideItem.setValue(null);
      return { ok: true, value: { saved: true, errors: [] } };
    });
    const page = await mountSettings();
    expect(source(page)).toBe('override');

    await click(page.$('[data-testid="profile-reset"]'));
    expect(page.text('[role="group"]')).toMatch(/Remove the override saved at .* and go back to the built-in profile\?/);
    expect(document.activeElement).toBe(page.$('[data-testid="profile-reset-confirm"]'));
    await click(page.$$('button').find((b) => b.textContent?.trim() === 'Cancel') ?? null);
    expect(send).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(page.$('[data-testid="profile-reset"]'));

    await click(page.$('[data-testid="profile-reset"]'));
    await click(page.$('[data-testid="profile-reset-confirm"]'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'profile/clear-override', site: 'kartra' });
    await waitFor(() => source(page) === 'default', 'the built-in profile');
    await waitFor(() => /Override removed/.test(page.text('[data-testid="profile-status"]')), 'the announcement');
    page.unmount();
  });

  it('explains a stored override this version cannot use, and offers the reset', async () => {
    await profileOverrideItem.setValue({ json: '{"version": 2}', savedAt: Date.now() });
    const page = await mountSettings();
    expect(source(page)).toBe('unusable-override');
    expect(page.text('[data-testid="profile-errors"]')).toMatch(/version: this build reads site profile version 1, not 2/);
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]'))).toEqual(DEFAULT_SITE_PROFILE);
    expect(page.$('[data-testid="profile-reset"]')).not.toBeNull();
    page.unmount();
  });
});

describe('the profile settings in Spanish', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    send.mockReset();
    useTestLocale('es');
  });
  afterEach(() => useTestLocale('en'));

  it('says what is in force and what is wrong in Spanish, paths and JSON as written', async () => {
    const page = await mountSettings();
    expect(page.text('[data-testid="profile-source"] p')).toMatch(/^Versión del formato del perfil 1\. Perfil integrado en vigor .*No hay ninguna personalización guardada\.$/);
    await typeInto(page.$('[data-testid="override-text"]'), INVALID);
    await click(page.$('[data-testid="override-validate"]'));
    expect(errorItems(page)[0]).toBe('statusWords.connected[0]: no puede estar vacío');
    expect(page.text('[data-testid="profile-errors"] p')).toBe('3 problemas por corregir (tu texto se mantiene tal cual):');
    expect(page.text('[data-testid="profile-status"]')).toBe(
      'No es válida: 3 problemas; el perfil activo no ha cambiado. El primero: statusWords.connected[0]: no puede estar vacío.',
    );
    page.unmount();
  });
});

describe('Stripe pages profile settings (the same editor, for the other site)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    send.mockReset();
  });

  async function mountStripe(): Promise<Mounted> {
    const page = await mount(<ProfileSettings site="stripe" />);
    await waitFor(() => page.$('[data-testid="profile-source"]') !== null, 'the Stripe profile to load');
    return page;
  }

  it('shows the built-in Stripe profile with its format version', async () => {
    const page = await mountStripe();
    expect(source(page)).toBe('default');
    expect(page.text('[data-testid="profile-version"]')).toBe(String(STRIPE_PROFILE_VERSION));
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]'))).toEqual(DEFAULT_STRIPE_PROFILE);
    expect(page.$('#stripe-override-text')).not.toBeNull();
    page.unmount();
  });

  it('refuses an invalid Stripe override with its field and reason, keeps the text, and sends nothing', async () => {
    const page = await mountStripe();
    const invalid = '{"version": 1, "words": {"connectButton": []}, "url": {}}';
    await typeInto(page.$('[data-testid="override-text"]'), invalid);
    await click(page.$('[data-testid="override-save"]'));
    expect(errorItems(page)).toEqual(
      expect.arrayContaining(['words.connectButton: must hold at least one rule', expect.stringMatching(/^url: unknown field/)]),
    );
    expect(editorText(page)).toBe(invalid);
    expect(send).not.toHaveBeenCalled();
    page.unmount();
  });

  it('saves a valid Stripe override through the background, naming the site, and shows it in force', async () => {
    const valid = '{"version": 1, "words": {"connectButton": [{"pattern": "^verbinden$", "why": "German OAuth page."}]}}';
    send.mockImplementation(async (message) => {
      if (message.type === 'profile/set-override') await stripeProfileOverrideItem.setValue({ json: message.json, savedAt: 1 });
      return { ok: true, value: { saved: true, errors: [] } };
    });
    const page = await mountStripe();
    await typeInto(page.$('[data-testid="override-text"]'), valid);
    await click(page.$('[data-testid="override-save"]'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'profile/set-override', site: 'stripe', json: valid });
    await waitFor(() => source(page) === 'override', 'the override to be in force');
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]')).words.connectButton[0].pattern).toBe('^verbinden$');
    expect(await profileOverrideItem.getValue()).toBeNull();
    page.unmount();
  });
});
