/**
 * Guides stored by version 1 (English sentences) read by this version (codes): from raw stored objects, as
 * storage hands them back, through both readers (zod in the background, the hand check in the pages).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkStoredGuide } from '../../../lib/guide/guide-shape';
import { parseStoredGuide, type GuideState } from '../../../lib/guide/guide-state';
import { applyCommand } from '../../../lib/guide/machine';
import { historyText } from '../../../components/text/history-text';
import { warningText } from '../../../components/text/warning-text';
import { useTestLocale } from '../support/fake-browser-gaps';

const T0 = 1_700_000_000_000;
const KEY = 'pk_live_51AbCdEfGhIjKlMnOxyzTAIL1234';
const NEWER = 'pk_live_51ZyXwVuTsRqPoNmLkJiHgFeDcBa9876';

/** Exactly what version 1 wrote for a guide in progress, waiting for the agent to settle two keys. */
function storedV1(): Record<string, unknown> {
  const said = (what: string, stepId = 'choose-account', source = 'observed') => ({ at: T0, stepId, what, source });
  return {
    schemaVersion: 1,
    id: 'g1',
    integration: 'Stripe',
    tabId: 11,
    tabIds: [11, 22],
    stepId: 'choose-account',
    completed: { 'open-integrations': T0, 'find-red-tile': T0, 'open-tile-menu': T0, 'choose-edit': T0, 'connect-with-stripe': T0, 'stripe-login': T0 },
    history: [
      said('The guide was started.', 'why-reconnect', 'agent'),
      said('Marked “Why reconnect Stripe” done; now: Before you begin.', 'before-you-begin', 'agent'),
      said('The Integrations page shows Stripe with a red status.', 'open-tile-menu'),
      said("Kartra's Edit window is open. Its Publishable key ends in …1234.", 'connect-with-stripe'),
      said('Stripe lists 2 accounts to choose from.'),
      said('Account “Acme Ltd” was selected, but it is not the account Kartra used before.', 'confirm-connect'),
      said('Kartra shows “Stripe account does not match”.', 'troubleshoot'),
      said('A Stripe Connect page was reached without starting the guide. Start the guide from the Kartra tab so each step can be checked.'),
      said("Kartra's Edit window showed a different Publishable key (…9876); the first one (…1234) is kept until you choose."),
      said('Something a later patch of version 1 wrote.'),
    ],
    originalKey: KEY,
    newerKey: NEWER,
    candidate: { name: 'Acme Ltd', accountId: 'acct_1X', verdict: 'different-account' },
    warning: {
      code: 'original-key-changed',
      message:
        "Kartra's window now shows a different Publishable key (…9876) from the one first read (…1234). The page may have changed it. Check which is right and choose in the side panel; until then the first key is used.",
    },
    stripeError: { error: 'invalid_request', description: 'Stripe sent the agent back to Kartra with an error.' },
    status: 'active',
    startedAt: T0,
    updatedAt: T0,
  };
}

const readers = [
  ['zod (background)', parseStoredGuide],
  ['hand check (pages)', checkStoredGuide],
] as const;

afterEach(() => useTestLocale('en'));

describe.each(readers)('a version-1 guide read by the %s', (_name, read) => {
  const migrated = (): GuideState => {
    const result = read(storedV1());
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBe(1);
    return result.guide;
  };

  it('resumes at the same step, with its progress, keys and account choice', () => {
    const guide = migrated();
    expect(guide).toMatchObject({ schemaVersion: 2, stepId: 'choose-account', status: 'active', originalKey: KEY, newerKey: NEWER });
    expect(guide.completed).toEqual(storedV1().completed);
    expect(guide.candidate).toEqual(storedV1().candidate);
  });

  it('reads each sentence back into its code and values', () => {
    expect(migrated().history.map(({ event, params, warning }) => ({ event, params, warning }))).toEqual([
      { event: 'started', params: undefined, warning: undefined },
      { event: 'marked-done', params: { step: 'why-reconnect', next: 'before-you-begin' }, warning: undefined },
      { event: 'tile-red', params: { integration: 'Stripe' }, warning: undefined },
      { event: 'edit-opened-key', params: { keyEnd: '1234' }, warning: undefined },
      { event: 'picker-shown', params: { count: 2 }, warning: undefined },
      { event: 'account-selected-other', params: { name: 'Acme Ltd' }, warning: undefined },
      { event: 'kartra-outcome', params: { outcome: 'account-mismatch' }, warning: undefined },
      { event: 'warning-raised', params: undefined, warning: { code: 'stripe-without-guide' } },
      { event: 'edit-key-changed', params: { newKeyEnd: '9876', firstKeyEnd: '1234' }, warning: undefined },
      { event: 'legacy', params: { text: 'Something a later patch of version 1 wrote.' }, warning: undefined },
    ]);
  });

  it('words every entry as version 1 did, in English', () => {
    const v1 = (storedV1().history as { what: string }[]).map((entry) => entry.what);
    expect(migrated().history.map(historyText)).toEqual(v1);
    expect(warningText(migrated().warning!)).toBe((storedV1().warning as { message: string }).message);
  });

  it('reads in Spanish too, with no English sentence left but the one it could not read', () => {
    useTestLocale('es');
    const texts = migrated().history.map(historyText);
    expect(texts[1]).toBe('Se marcó «Por qué reconectar Stripe» como hecho; ahora: Antes de empezar.');
    expect(texts[4]).toBe('Stripe muestra 2 cuentas para elegir.');
    // Kartra's own words stay as Kartra writes them.
    expect(texts[6]).toBe('Kartra muestra «Stripe account does not match».');
    expect(texts.at(-1)).toBe('Something a later patch of version 1 wrote.');
    expect(warningText(migrated().warning!)).toMatch(/^La ventana de Kartra muestra ahora otra clave publicable \(…9876\)/);
  });

  it('drops version 1 words stored for a missing Stripe description, so the page words it', () => {
    expect(migrated().stripeError).toEqual({ error: 'invalid_request', description: '' });
  });

  it('takes the decision that was waiting: the agent can still settle the two keys', () => {
    const settled = applyCommand(migrated(), 'keep-original-key', T0 + 1).state;
    expect(settled).toMatchObject({ originalKey: KEY });
    expect(settled.newerKey).toBeUndefined();
    expect(historyText(settled.history.at(-1)!)).toBe('You chose the first Publishable key (…1234).');
  });
});

describe.each(readers)('version-1 input that is not a good guide, read by the %s', (_name, read) => {
  it('nothing stored: no guide, a reason, no throw', () => {
    for (const raw of [undefined, null, '', 'not json', 42, []]) expect(read(raw).ok).toBe(false);
  });

  it('a corrupt history entry is dropped, the rest of the guide kept', () => {
    const raw = storedV1();
    raw.history = [...(raw.history as unknown[]), null, { at: T0, stepId: 'choose-account', what: 7, source: 'observed' }, 'text'];
    const result = read(raw);
    expect(result.ok && result.guide.history).toHaveLength(10);
  });

  it('a warning of an unknown code drops the guide with a reason, as version 1 would have', () => {
    const raw = { ...storedV1(), warning: { code: 'made-up', message: 'x' } };
    expect(read(raw)).toMatchObject({ ok: false });
  });

  it('a warning whose sentence does not read back takes its values from the guide', () => {
    const raw = { ...storedV1(), warning: { code: 'different-account', message: 'edited by hand' } };
    const result = read(raw);
    expect(result.ok && result.guide.warning).toEqual({ code: 'different-account', params: { name: 'Acme Ltd', integration: 'Stripe' } });
  });

  it('a page value that looks like a sentence part stays a value', () => {
    const raw = storedV1();
    raw.history = [{ at: T0, stepId: 'confirm-connect', what: 'Account “{name} $1” was selected.', source: 'observed' }];
    const result = read(raw);
    expect(result.ok && result.guide.history[0]).toMatchObject({ event: 'account-selected', params: { name: '{name} $1' } });
    expect(result.ok && historyText(result.guide.history[0]!)).toBe('Account “{name} $1” was selected.');
  });
});
