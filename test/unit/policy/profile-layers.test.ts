/**
 * The profile in force as layers: built-in < the team's policy (storage.managed) < the agent's own override, and the
 * policy's switch that keeps agents from changing it. Chrome's managed storage can only be set by OS policy, so these
 * unit tests on WXT's fakeBrowser are what covers Chrome; Firefox is also covered end to end with a real
 * managed-storage manifest (test/e2e/managed-policy.e2e.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeSiteProfile, clearProfileOverride, saveProfileOverride } from '../../../lib/background/profile-override';
import { profileLayers } from '../../../lib/background/profile-layers';
import { refreshContentScriptsOnChange } from '../../../lib/background/content-refresh';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/default-site-profile';
import { readManagedStorage } from '../../../lib/policy/managed-storage';
import { profileOverrideItem, stripeProfileOverrideItem, taughtChangesItem } from '../../../lib/storage';
import { DEFAULT_STRIPE_PROFILE } from '../../../lib/stripe/stripe-profile';
import { fakeManagedStorage } from '../support/fake-browser-gaps';

const TEAM_KARTRA = { version: 1, bannerWords: ['team banner'], statusWords: { connected: ['all good'] } };
const AGENT_KARTRA = { version: 1, bannerWords: ['my banner'], statusWords: { needsAttention: ['token revoked'] } };

const saveAgent = (doc: unknown, savedAt = 5) => profileOverrideItem.setValue({ json: JSON.stringify(doc), savedAt });
const stateOf = (layers: { source: string; state: string }[]) => Object.fromEntries(layers.map((l) => [l.source, l.state]));

beforeEach(() => fakeBrowser.reset());

describe('no policy', () => {
  it('is the built-in profile, the managed layer absent, when storage.managed is empty (Chrome unmanaged)', async () => {
    const layers = await profileLayers('kartra');
    expect(stateOf(layers.layers)).toEqual({ 'built-in': 'applied', managed: 'absent', agent: 'absent', taught: 'absent' });
    expect(layers.profile).toEqual(DEFAULT_SITE_PROFILE);
    expect(layers.agentOverridesAllowed).toBe(true);
    expect(layers.parts).toEqual([]);
  });

  it('is "no policy" when storage.managed rejects (Firefox without a manifest) or does not exist', async () => {
    await saveAgent(AGENT_KARTRA);
    for (const setUp of [() => fakeManagedStorage.withoutManifest(), () => fakeManagedStorage.remove()]) {
      setUp();
      const layers = await profileLayers('kartra');
      expect(stateOf(layers.layers)).toEqual({ 'built-in': 'applied', managed: 'absent', agent: 'applied', taught: 'absent' });
      expect(layers.profile.bannerWords).toEqual(['my banner']);
      expect((await readManagedStorage()).allowAgentOverrides).toBe(true);
      fakeBrowser.reset();
      await saveAgent(AGENT_KARTRA);
    }
  });
});

describe('precedence: built-in < managed < agent', () => {
  it('applies the team profile onto the built-in one, given as JSON text (Chrome) or as an object (Firefox)', async () => {
    for (const value of [JSON.stringify(TEAM_KARTRA), TEAM_KARTRA]) {
      await fakeManagedStorage.setPolicy({ kartraProfileOverride: value });
      const layers = await profileLayers('kartra');
      expect(stateOf(layers.layers)).toEqual({ 'built-in': 'applied', managed: 'applied', agent: 'absent', taught: 'absent' });
      expect(layers.profile.bannerWords).toEqual(['team banner']);
      expect(layers.profile.statusWords.connected).toEqual(['all good']);
      expect(layers.profile.statusWords.needsAttention).toEqual(DEFAULT_SITE_PROFILE.statusWords.needsAttention);
      expect(layers.layers[1]!.changed).toEqual(['bannerWords', 'statusWords.connected']);
      expect(await activeSiteProfile('kartra')).toEqual({ profile: layers.profile, source: 'override' });
    }
  });

  it('merges the agent’s override onto the team profile: the agent wins where both set a field, the team keeps the rest', async () => {
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: JSON.stringify(TEAM_KARTRA) });
    await saveAgent(AGENT_KARTRA, 1234);
    const layers = await profileLayers('kartra');
    expect(stateOf(layers.layers)).toEqual({ 'built-in': 'applied', managed: 'applied', agent: 'applied', taught: 'absent' });
    expect(layers.profile.bannerWords).toEqual(['my banner']);
    expect(layers.profile.statusWords.needsAttention).toEqual(['token revoked']);
    // The agent's override is relative to the team's profile, not to the built-in one.
    expect(layers.profile.statusWords.connected).toEqual(['all good']);
    expect(layers.agentBase.bannerWords).toEqual(['team banner']);
    expect(layers.layers[2]).toMatchObject({ savedAt: 1234, changed: ['bannerWords', 'statusWords.needsAttention'] });
    expect(layers.parts).toEqual([
      { path: 'bannerWords', source: 'agent' },
      { path: 'statusWords.connected', source: 'managed' },
      { path: 'statusWords.needsAttention', source: 'agent' },
    ]);
    expect((await activeSiteProfile('kartra')).profile).toEqual(layers.profile);
  });

  it('keeps each site to its own key: a Kartra policy leaves the Stripe profile built in', async () => {
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: TEAM_KARTRA });
    expect((await profileLayers('stripe')).profile).toEqual(DEFAULT_STRIPE_PROFILE);
    const stripe = { version: 1, words: { connectButton: [{ pattern: '^verbinden$', why: 'German OAuth page.' }] } };
    await fakeManagedStorage.setPolicy({ stripeProfileOverride: stripe });
    const layers = await profileLayers('stripe');
    expect(layers.profile.words.connectButton[0]!.pattern).toBe('^verbinden$');
    expect(layers.parts).toEqual([{ path: 'words.connectButton', source: 'managed' }]);
  });

  it('validates the agent’s save against the team profile it will be merged onto', async () => {
    // Valid onto the built-in red band (lightness up to 0.8), not onto the team's (up to 0.5).
    const own = JSON.stringify({ version: 1, colours: { red: { minLightness: 0.6 } } });
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: { version: 1, colours: { red: { maxLightness: 0.5 } } } });
    await expect(saveProfileOverride('kartra', own, 1)).resolves.toEqual({
      saved: false,
      errors: [{ path: 'colours.red.minLightness', problem: { code: 'aboveField', field: 'maxLightness' } }],
    });
    expect(await profileOverrideItem.getValue()).toBeNull();
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: null });
    await expect(saveProfileOverride('kartra', own, 2)).resolves.toEqual({ saved: true, errors: [] });
  });

  it('sets aside a saved override that the team profile makes invalid, and applies the team profile', async () => {
    await profileOverrideItem.setValue({ json: JSON.stringify({ version: 1, colours: { red: { minLightness: 0.6 } } }), savedAt: 3 });
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: { version: 1, colours: { red: { maxLightness: 0.5 } } } });
    const layers = await profileLayers('kartra');
    expect(stateOf(layers.layers)).toEqual({ 'built-in': 'applied', managed: 'applied', agent: 'invalid', taught: 'absent' });
    expect(layers.profile.colours.red).toEqual({ ...DEFAULT_SITE_PROFILE.colours.red, maxLightness: 0.5 });
  });
});

describe('an invalid team profile', () => {
  it('is ignored as a whole and reported with the parser’s problems, field and reason; the agent’s layer still applies', async () => {
    // bannerWords is fine, statusWords.connected is not: nothing of it applies, not even bannerWords.
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: { version: 1, bannerWords: ['team banner'], statusWords: { connected: [''] }, bannerWord: [] } });
    await saveAgent({ version: 1, statusWords: { needsAttention: ['token revoked'] } });
    const layers = await profileLayers('kartra');
    expect(stateOf(layers.layers)).toEqual({ 'built-in': 'applied', managed: 'invalid', agent: 'applied', taught: 'absent' });
    expect(layers.layers[1]!.errors).toEqual([
      { path: 'statusWords.connected[0]', problem: { code: 'empty' } },
      { path: 'bannerWord', problem: expect.objectContaining({ code: 'unknownField', suggestion: 'bannerWords' }) },
    ]);
    expect(layers.profile.bannerWords).toEqual(DEFAULT_SITE_PROFILE.bannerWords);
    expect(layers.profile.statusWords.needsAttention).toEqual(['token revoked']);
    expect(layers.agentBase).toEqual(DEFAULT_SITE_PROFILE);
  });

  it('reports broken JSON text, a wrong kind of value and a document of another version', async () => {
    const cases: [unknown, string][] = [
      ['{"version": 1, "bannerWords": [', 'invalidJsonAt'],
      [42, 'notObject'],
      [['a'], 'notObject'],
      ['{"version": 2}', 'otherVersion'],
      ['{"bannerWords": []}', 'versionMissing'],
    ];
    for (const [value, code] of cases) {
      await fakeManagedStorage.setPolicy({ kartraProfileOverride: value });
      const managed = (await profileLayers('kartra')).layers[1]!;
      expect(managed.state, JSON.stringify(value)).toBe('invalid');
      expect(managed.errors?.[0]?.problem.code, JSON.stringify(value)).toBe(code);
    }
  });

  it('leaves the other site’s team profile and the switch in force', async () => {
    const stripe = { version: 1, words: { connectButton: [{ pattern: '^verbinden$', why: 'German OAuth page.' }] } };
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: 'not json', stripeProfileOverride: stripe, allowAgentOverrides: false });
    expect((await profileLayers('kartra')).layers[1]!.state).toBe('invalid');
    const layers = await profileLayers('stripe');
    expect(layers.layers[1]!.state).toBe('applied');
    expect(layers.agentOverridesAllowed).toBe(false);
  });
});

describe('allowAgentOverrides: false', () => {
  it('does not apply the agent’s saved override, reports it as forbidden, and keeps the team profile', async () => {
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: TEAM_KARTRA, allowAgentOverrides: false });
    await saveAgent(AGENT_KARTRA);
    const layers = await profileLayers('kartra');
    expect(stateOf(layers.layers)).toEqual({ 'built-in': 'applied', managed: 'applied', agent: 'forbidden', taught: 'absent' });
    expect(layers.agentOverridesAllowed).toBe(false);
    expect(layers.profile.bannerWords).toEqual(['team banner']);
    expect(layers.parts.every((part) => part.source === 'managed')).toBe(true);
    expect((await activeSiteProfile('kartra')).profile.bannerWords).toEqual(['team banner']);
  });

  it('refuses a save with a reason code and writes nothing; clearing the agent’s own override stays possible', async () => {
    await fakeManagedStorage.setPolicy({ allowAgentOverrides: false });
    await expect(saveProfileOverride('kartra', JSON.stringify(AGENT_KARTRA), 1)).resolves.toEqual({ saved: false, errors: [], refused: 'forbidden-by-policy' });
    await expect(saveProfileOverride('stripe', '{"version": 1}', 1)).resolves.toMatchObject({ refused: 'forbidden-by-policy' });
    expect(await profileOverrideItem.getValue()).toBeNull();
    expect(await stripeProfileOverrideItem.getValue()).toBeNull();
    await saveAgent(AGENT_KARTRA);
    await clearProfileOverride('kartra');
    expect(await profileOverrideItem.getValue()).toBeNull();
  });

  it('reads a value that is not a boolean as "not allowed", and says it was wrong', async () => {
    await fakeManagedStorage.setPolicy({ allowAgentOverrides: 'false' });
    await saveAgent(AGENT_KARTRA);
    const layers = await profileLayers('kartra');
    expect(layers).toMatchObject({ agentOverridesAllowed: false, allowAgentOverridesInvalid: true });
    expect(layers.layers[2]!.state).toBe('forbidden');
  });

  it('is true when absent or true', async () => {
    await saveAgent(AGENT_KARTRA);
    for (const policy of [{}, { allowAgentOverrides: true }]) {
      await fakeManagedStorage.setPolicy(policy);
      expect((await profileLayers('kartra')).layers[2]!.state).toBe('applied');
    }
  });

  it('holds for the changes taught on the page too: applied last, onto the team profile; forbidden with the rest', async () => {
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: TEAM_KARTRA });
    await taughtChangesItem.setValue([{ id: 't1', at: 1, change: { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: 'Payments paused' } }]);
    const taught = await profileLayers('kartra');
    expect(stateOf(taught.layers)).toEqual({ 'built-in': 'applied', managed: 'applied', agent: 'absent', taught: 'applied' });
    expect(taught.profile.statusWords.needsAttention).toEqual([...DEFAULT_SITE_PROFILE.statusWords.needsAttention, 'Payments paused']);
    expect(taught.profile.bannerWords).toEqual(['team banner']);
    expect(taught.parts).toContainEqual({ path: 'statusWords.needsAttention', source: 'taught' });
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: TEAM_KARTRA, allowAgentOverrides: false });
    const forbidden = await profileLayers('kartra');
    expect(stateOf(forbidden.layers)).toEqual({ 'built-in': 'applied', managed: 'applied', agent: 'absent', taught: 'forbidden' });
    expect(forbidden.profile.statusWords.needsAttention).toEqual(DEFAULT_SITE_PROFILE.statusWords.needsAttention);
  });
});

describe('a policy change reaches open tabs', () => {
  it('tells every open Kartra and Stripe tab to ask for its profile again, as a saved override does', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    refreshContentScriptsOnChange(async () => [4, 9]);
    await fakeManagedStorage.setPolicy({ kartraProfileOverride: TEAM_KARTRA });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send).toHaveBeenCalledWith(4, { type: 'content/refresh', what: 'profile' }, { frameId: 0 });
    expect(send).toHaveBeenCalledWith(9, { type: 'content/refresh', what: 'profile' }, { frameId: 0 });
  });
});
