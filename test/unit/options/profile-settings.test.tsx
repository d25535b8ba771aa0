import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfileSettings } from '../../../components/options/ProfileSettings';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile';
import { profileLayers } from '../../../lib/background/profile-layers';
import { sendToBackground } from '../../../lib/messaging';
import { profileOverrideItem, stripeProfileOverrideItem } from '../../../lib/storage';
import { DEFAULT_STRIPE_PROFILE, STRIPE_PROFILE_VERSION } from '../../../lib/stripe/stripe-profile';
import { fakeManagedStorage, useTestLocale } from '../support/fake-browser-gaps';
import { click, mount, typeInto, waitFor, type Mounted } from './render';

vi.mock('../../../lib/messaging', async (importOriginal) => ({ ...(await importOriginal<object>()), sendToBackground: vi.fn() }));
const send = vi.mocked(sendToBackground);

type Sent = Parameters<typeof sendToBackground>[0];
/** What the page sends besides asking for the layers; answered by `background.answer` (a test sets it). */
const background = { answer: async (_message: Sent): Promise<unknown> => ({ ok: true, value: { saved: true, errors: [] } }) };
/** The page's background: the real layers (lib/background/profile-layers.ts, which reads the fake storage.managed),
 *  and each test's stand-in for the rest. */
function answerLikeTheBackground() {
  background.answer = async () => ({ ok: true, value: { saved: true, errors: [] } });
  send.mockImplementation((async (message: Sent) =>
    message.type === 'profile/layers' ? { ok: true, value: await profileLayers(message.site) } : background.answer(message)) as never);
}
/** Every message but the layers requests. */
const sentChanges = () => send.mock.calls.map(([message]) => message).filter((message) => message.type !== 'profile/layers');

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
    answerLikeTheBackground();
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
    expect(sentChanges()).toEqual([]);
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
    background.answer = async (message) => {
      // Stand-in for the background: it validates again and writes storage.
      if (message.type === 'profile/set-override') await profileOverrideItem.setValue({ json: message.json, savedAt: Date.UTC(2026, 0, 2, 3, 4, 5) });
      return { ok: true, value: { saved: true, errors: [] } };
    };
    const page = await mountSettings();
    await typeInto(page.$('[data-testid="override-text"]'), VALID);
    await click(page.$('[data-testid="override-validate"]'));
    expect(page.text('[data-testid="profile-status"]')).toMatch(/^Valid\./);
    expect(sentChanges()).toEqual([]);

    await click(page.$('[data-testid="override-save"]'));
    expect(sentChanges()).toEqual([{ type: 'profile/set-override', site: 'kartra', json: VALID }]);
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
    background.answer = async () => ({ ok: true, value: { saved: false, errors: [{ path: 'bannerWords[0]', problem: { code: 'tooLong', max: 120 } }] } });
    await click(page.$('[data-testid="override-save"]'));
    await waitFor(() => errorItems(page).length === 1, 'the refusal');
    expect(errorItems(page)).toEqual(['bannerWords[0]: must be at most 120 characters']);
    expect(editorText(page)).toBe(VALID);

    // lib/messaging's own failure comes as a code, worded by the page.
    background.answer = async () => ({ ok: false, error: 'extension-no-answer' });
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
    background.answer = async () => {
      await profileOverrideItem.setValue(null);
      return { ok: true, value: { saved: true, errors: [] } };
    };
    const page = await mountSettings();
    expect(source(page)).toBe('override');

    await click(page.$('[data-testid="profile-reset"]'));
    expect(page.text('[role="group"]')).toMatch(/Remove the override saved at .* and go back to the built-in profile\?/);
    expect(document.activeElement).toBe(page.$('[data-testid="profile-reset-confirm"]'));
    await click(page.$$('button').find((b) => b.textContent?.trim() === 'Cancel') ?? null);
    expect(sentChanges()).toEqual([]);
    expect(document.activeElement).toBe(page.$('[data-testid="profile-reset"]'));

    await click(page.$('[data-testid="profile-reset"]'));
    await click(page.$('[data-testid="profile-reset-confirm"]'));
    expect(sentChanges()).toEqual([{ type: 'profile/clear-override', site: 'kartra' }]);
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
    answerLikeTheBackground();
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
    answerLikeTheBackground();
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
    expect(sentChanges()).toEqual([]);
    page.unmount();
  });

  it('saves a valid Stripe override through the background, naming the site, and shows it in force', async () => {
    const valid = '{"version": 1, "words": {"connectButton": [{"pattern": "^verbinden$", "why": "German OAuth page."}]}}';
    background.answer = async (message) => {
      if (message.type === 'profile/set-override') await stripeProfileOverrideItem.setValue({ json: message.json, savedAt: 1 });
      return { ok: true, value: { saved: true, errors: [] } };
    };
    const page = await mountStripe();
    await typeInto(page.$('[data-testid="override-text"]'), valid);
    await click(page.$('[data-testid="override-save"]'));
    expect(sentChanges()).toEqual([{ type: 'profile/set-override', site: 'stripe', json: valid }]);
    await waitFor(() => source(page) === 'override', 'the override to be in force');
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]')).words.connectButton[0].pattern).toBe('^verbinden$');
    expect(await profileOverrideItem.getValue()).toBeNull();
    page.unmount();
  });
});

describe('the team’s profile, set by enterprise policy', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    send.mockReset();
    answerLikeTheBackground();
  });

  const layerState = (page: Mounted, source: string) => page.$(`[data-testid="layer-${source}"]`)?.getAttribute('data-state');

  it('shows the team profile in force and which fields come from it, the agent’s from them, the rest built in', async () => {
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: { version: 1, bannerWords: ['team banner'], statusWords: { connected: ['all good'] } } });
    let page = await mountSettings();
    expect(source(page)).toBe('managed');
    expect(page.text('[data-testid="profile-source"] p')).toMatch(/Team profile your team’s profile is in force, set by its policy/);
    expect(page.text('[data-testid="layer-managed"]')).toBe('Your team’s policy: sets bannerWords, statusWords.connected.');
    expect(page.text('[data-testid="layer-agent"]')).toBe('Your own override: none saved.');
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]')).bannerWords).toEqual(['team banner']);
    expect(page.text('.override-editor')).toMatch(/merged onto your team’s profile/);
    page.unmount();

    await profileOverrideItem.setValue({ json: VALID, savedAt: Date.now() });
    page = await mountSettings();
    expect(source(page)).toBe('override');
    expect(page.text('[data-testid="profile-source"] p')).toMatch(/Override active saved .*, merged onto your team’s profile\./);
    expect(page.text('[data-testid="layer-managed"]')).toBe('Your team’s policy: sets statusWords.connected.');
    expect(page.text('[data-testid="layer-agent"]')).toBe('Your own override: sets bannerWords.');
    // Removing it goes back to the team's profile, not to the built-in one, and says so.
    expect(page.text('[data-testid="profile-reset"]')).toBe('Go back to your team’s profile');
    await click(page.$('[data-testid="profile-reset"]'));
    expect(page.text('[role="group"]')).toMatch(/Remove the override saved .* and go back to your team’s profile\?/);
    page.unmount();
  });

  it('validates the editor’s text against the team profile it will be merged onto', async () => {
    // Valid onto the built-in red band (up to 0.8 lightness), not onto the team's (up to 0.5).
    const text = '{"version": 1, "colours": {"red": {"minLightness": 0.6}}}';
    let page = await mountSettings();
    await typeInto(page.$('[data-testid="override-text"]'), text);
    await click(page.$('[data-testid="override-validate"]'));
    expect(page.text('[data-testid="profile-status"]')).toMatch(/^Valid\./);
    page.unmount();
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: { version: 1, colours: { red: { maxLightness: 0.5 } } } });
    page = await mountSettings();
    await typeInto(page.$('[data-testid="override-text"]'), text);
    await click(page.$('[data-testid="override-validate"]'));
    expect(errorItems(page)).toEqual([expect.stringMatching(/^colours\.red\.minLightness: .*maxLightness/)]);
    page.unmount();
  });

  it('reports an invalid team profile with its problems, and keeps the built-in one in force', async () => {
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: '{"version": 1, "bannerWord": []}' });
    const page = await mountSettings();
    expect(source(page)).toBe('default');
    expect(layerState(page, 'managed')).toBe('invalid');
    expect(page.text('[data-testid="layer-managed"]')).toMatch(/cannot use, so none of it applies\. Tell your administrator\./);
    expect(page.$$('[data-testid="layer-managed"] [data-testid="profile-errors"] li').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^bannerWord: unknown field \(did you mean "bannerWords"\?\)/),
    ]);
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]'))).toEqual(DEFAULT_SITE_PROFILE);
    page.unmount();
  });

  it('says the policy does not allow own changes, turns the editor off, and keeps a saved override out of force', async () => {
    await fakeManagedStorage.setPolicy({ allowAgentOverrides: false });
    await profileOverrideItem.setValue({ json: VALID, savedAt: Date.now() });
    const page = await mountSettings();
    expect(source(page)).toBe('forbidden');
    expect(page.text('[data-testid="profile-source"] p')).toMatch(/your team’s policy does not allow your own changes; the built-in profile is in force\./);
    expect(layerState(page, 'agent')).toBe('forbidden');
    expect(page.text('[data-testid="layer-agent"]')).toMatch(/^Your own override: saved .*, not applied\.$/);
    const editor = page.$('[data-testid="override-editor"]') as HTMLFieldSetElement;
    expect(editor.disabled).toBe(true);
    expect(page.text('[data-testid="override-forbidden"]')).toMatch(/^Your team’s policy does not allow your own changes, so the editor is off\./);
    const area = page.$('[data-testid="override-text"]')!;
    expect(area.getAttribute('aria-describedby')).toContain('kartra-override-off');
    expect(JSON.parse(page.text('[data-testid="active-profile-json"]'))).toEqual(DEFAULT_SITE_PROFILE);
    // The saved override can still be removed: it is the agent's own.
    expect(page.$('[data-testid="profile-reset"]')).not.toBeNull();
    page.unmount();
  });

  it('follows a policy change while open', async () => {
    const page = await mountSettings();
    expect(source(page)).toBe('default');
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: { version: 1, bannerWords: ['team banner'] } });
    await waitFor(() => source(page) === 'managed', 'the team profile');
    page.unmount();
  });
});
