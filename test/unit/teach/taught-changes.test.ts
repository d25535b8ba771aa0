/**
 * The background's list of taught changes (lib/background/taught-changes.ts): accepted after the same checks as the
 * stored list, refused with a reason, undone one by one; corrupt stored entries dropped; and the profile in force
 * (activeSiteProfile) applies them after the agent's override, and gives them back up on undo. Then the same through
 * the real message router, where an undo from a page is only for what that tab applied.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeSiteProfile, saveProfileOverride } from '../../../lib/background/profile-override';
import { taughtChangeFits } from '../../../lib/background/profile-layers';
import { startBackground } from '../../../lib/background/start-background';
import { taughtChanges, teachChange, undoTaughtChange, type TaughtChangesDeps } from '../../../lib/background/taught-changes';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/default-site-profile';
import { taughtChangesItem } from '../../../lib/storage';
import { DEFAULT_STRIPE_PROFILE } from '../../../lib/stripe/default-stripe-profile';
import { MAX_TAUGHT_CHANGES } from '../../../lib/teach/change-schema';
import { stripeRuleOf, type ProfileChange } from '../../../lib/teach/profile-change';

const PAUSED: ProfileChange = { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: 'Payments paused' };
const GRANT: ProfileChange = { site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Grant access' };

function deps(over: Partial<TaughtChangesDeps> = {}): TaughtChangesDeps {
  let n = 0;
  return { mayTeach: async () => true, stillValid: taughtChangeFits, now: () => 1_700_000_000_000, newId: () => `taught-${++n}`, ...over };
}

describe('teachChange / undoTaughtChange', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies a change: stored with its id and time, and listed', async () => {
    await expect(teachChange(PAUSED, deps())).resolves.toEqual({ applied: true, id: 'taught-1' });
    await expect(taughtChanges()).resolves.toEqual([{ id: 'taught-1', at: 1_700_000_000_000, change: PAUSED }]);
  });

  it('refuses the same change twice (whatever its case)', async () => {
    const d = deps();
    await teachChange(PAUSED, d);
    await expect(teachChange({ ...PAUSED, value: 'PAYMENTS PAUSED' }, d)).resolves.toEqual({ applied: false, refused: 'duplicate' });
    expect(await taughtChanges()).toHaveLength(1);
  });

  it('refuses every change when the team does not let agents teach, and stores nothing', async () => {
    await expect(teachChange(PAUSED, deps({ mayTeach: async () => false }))).resolves.toEqual({ applied: false, refused: 'forbidden' });
    await expect(taughtChanges()).resolves.toEqual([]);
  });

  it('refuses what is not a change (key-shaped, another target\'s field, junk) before asking anything else', async () => {
    const mayTeach = vi.fn(async () => true);
    for (const raw of [{ ...PAUSED, value: 'pk_live_abcdef' }, { ...PAUSED, field: 'steps.editMenuItemNames' }, 'junk', { ...PAUSED, extra: true }]) {
      await expect(teachChange(raw, deps({ mayTeach }))).resolves.toEqual({ applied: false, refused: 'invalid' });
    }
    expect(mayTeach).not.toHaveBeenCalled();
    await expect(taughtChanges()).resolves.toEqual([]);
  });

  it('refuses a change that would leave the profile invalid', async () => {
    // stillValid is profile-override.ts's check that the profile with the change still validates.
    await expect(teachChange(PAUSED, deps({ stillValid: async () => false }))).resolves.toEqual({ applied: false, refused: 'invalid' });
  });

  it('refuses a change past the cap', async () => {
    const full = Array.from({ length: MAX_TAUGHT_CHANGES }, (_, i) => ({ id: `t${i}`, at: 1, change: { ...PAUSED, value: `word ${i}` } }));
    await taughtChangesItem.setValue(full);
    await expect(teachChange(GRANT, deps())).resolves.toEqual({ applied: false, refused: 'full' });
  });

  it('undoes one change by id, and says false for an id it does not have', async () => {
    const d = deps();
    await teachChange(PAUSED, d);
    await teachChange(GRANT, d);
    await expect(undoTaughtChange('taught-1')).resolves.toBe(true);
    expect((await taughtChanges()).map((t) => t.id)).toEqual(['taught-2']);
    await expect(undoTaughtChange('taught-1')).resolves.toBe(false);
    await expect(undoTaughtChange('nope')).resolves.toBe(false);
  });

  it('drops corrupt stored entries, keeps the good ones, and the next change is stored after them', async () => {
    await (taughtChangesItem.setValue as (v: unknown) => Promise<void>)([{ id: 'good', at: 1, change: PAUSED }, { id: 'bad', at: 1, change: { ...PAUSED, value: 'sk_live_x' } }, 'junk', { id: 7 }]);
    expect((await taughtChanges()).map((t) => t.id)).toEqual(['good']);
    await teachChange(GRANT, deps());
    expect((await taughtChanges()).map((t) => t.id)).toEqual(['good', 'taught-1']);
  });

  it('reads a store that is not a list as empty', async () => {
    await (taughtChangesItem.setValue as (v: unknown) => Promise<void>)({ not: 'a list' });
    await expect(taughtChanges()).resolves.toEqual([]);
  });
});

describe('the profile in force with taught changes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('includes the taught change, and undo restores the profile as it was', async () => {
    const before = await activeSiteProfile('kartra');
    expect(before).toEqual({ profile: DEFAULT_SITE_PROFILE, source: 'default' });
    const reply = await teachChange(PAUSED, deps());
    const taught = await activeSiteProfile('kartra');
    expect(taught.profile.statusWords.needsAttention).toEqual([...DEFAULT_SITE_PROFILE.statusWords.needsAttention, 'Payments paused']);
    // Only Kartra's: Stripe's profile is its own.
    expect(await activeSiteProfile('stripe')).toEqual({ profile: DEFAULT_STRIPE_PROFILE, source: 'default' });
    await undoTaughtChange(reply.applied ? reply.id : '');
    expect(await activeSiteProfile('kartra')).toEqual(before);
  });

  it('applies taught changes after the agent\'s own override (the override\'s list, plus the taught value)', async () => {
    await saveProfileOverride('kartra', JSON.stringify({ version: 1, statusWords: { needsAttention: ['broken'] } }), 5);
    await teachChange(PAUSED, deps());
    expect((await activeSiteProfile('kartra')).profile.statusWords.needsAttention).toEqual(['broken', 'Payments paused']);
  });

  it('makes a Stripe value a rule of the Stripe profile', async () => {
    await teachChange(GRANT, deps());
    expect((await activeSiteProfile('stripe')).profile.words.connectButton.at(-1)).toEqual(stripeRuleOf(GRANT));
  });
});

describe('teach messages through the background\'s router', () => {
  const kartraTab = (id: number): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: 'https://app.kartra.com/integrations', frameId: 0, tab: { id } as Browser.tabs.Tab });
  const extensionPage: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}options.html`.replace(/([^:])\/\//, '$1/') };
  const send = async (message: unknown, sender: Browser.runtime.MessageSender) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
    // A refused message gets no answer at all (the router stays silent to senders it does not trust).
    return replies.find((reply) => reply !== undefined) as { ok: boolean; value?: unknown } | undefined;
  };

  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });
  afterEach(() => vi.restoreAllMocks());

  it('a Kartra tab applies a Kartra change; only that tab or the options page may undo it', async () => {
    const applied = await send({ type: 'teach/apply', change: PAUSED }, kartraTab(3));
    expect(applied).toMatchObject({ ok: true, value: { applied: true } });
    const id = (applied?.value as { id: string }).id;
    expect(await send({ type: 'teach/undo', id }, kartraTab(4))).toEqual({ ok: true, value: false });
    expect(await taughtChanges()).toHaveLength(1);
    expect(await send({ type: 'teach/undo', id }, kartraTab(3))).toEqual({ ok: true, value: true });
    expect(await taughtChanges()).toHaveLength(0);
  });

  it('the options page undoes any change', async () => {
    const applied = await send({ type: 'teach/apply', change: PAUSED }, kartraTab(3));
    const id = (applied?.value as { id: string }).id;
    expect(await send({ type: 'teach/undo', id }, extensionPage)).toEqual({ ok: true, value: true });
  });

  it('a Kartra tab cannot teach Stripe\'s profile, nor can an extension page apply', async () => {
    expect(await send({ type: 'teach/apply', change: GRANT }, kartraTab(3))).toBeUndefined();
    expect(await send({ type: 'teach/apply', change: PAUSED }, extensionPage)).toBeUndefined();
    await expect(taughtChanges()).resolves.toEqual([]);
  });
});
