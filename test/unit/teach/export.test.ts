/**
 * The export of taught changes (lib/teach/export.ts): each override document is what the options page's editor and a
 * team policy accept, parsed by the site's real override parser, and it gives the same profile as applying the
 * changes to the built-in default.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/default-site-profile';
import { SITE_PROFILES } from '../../../lib/site-profiles';
import { DEFAULT_STRIPE_PROFILE } from '../../../lib/stripe/default-stripe-profile';
import { buildTaughtExport, TAUGHT_EXPORT_KIND, taughtExportFileName, taughtExportJson } from '../../../lib/teach/export';
import { applyKartraChanges, applyStripeChanges, KARTRA_TEACH_FIELDS, type ProfileChange } from '../../../lib/teach/profile-change';
import { TEACH_TARGET_TABLE, TEACH_TARGETS } from '../../../lib/teach/teach-targets';

const AT = new Date('2026-01-31T10:20:30.000Z');

/** One change for every field of every target: each list a change may touch. */
const EVERY_FIELD: ProfileChange[] = TEACH_TARGETS.flatMap((target) =>
  TEACH_TARGET_TABLE[target].fields.map((field, i) => ({ site: TEACH_TARGET_TABLE[target].site, target, field, value: `Taught ${target} ${i}` }) as ProfileChange),
);

describe('buildTaughtExport', () => {
  it('writes the kind, version, date and the changes', () => {
    const change: ProfileChange = { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: 'Payments paused' };
    const doc = buildTaughtExport([change], AT);
    expect(doc).toMatchObject({ kind: TAUGHT_EXPORT_KIND, version: 1, exportedAt: '2026-01-31T10:20:30.000Z', changes: [change] });
    expect(doc.overrides.stripe).toBeUndefined();
    expect(doc.overrides.kartra).toEqual({ version: 1, statusWords: { needsAttention: [...DEFAULT_SITE_PROFILE.statusWords.needsAttention, 'Payments paused'] } });
  });

  it('covers every list a change may touch (the table and the export agree)', () => {
    const kartraFields = EVERY_FIELD.filter((c) => c.site === 'kartra').map((c) => c.field);
    expect(new Set(kartraFields)).toEqual(new Set(KARTRA_TEACH_FIELDS));
  });

  for (const site of ['kartra', 'stripe'] as const) {
    it(`${site}: the override document parses with the site's own parser and gives the changes applied to the default`, () => {
      const changes = EVERY_FIELD.filter((c) => c.site === site);
      const doc = buildTaughtExport(EVERY_FIELD, AT).overrides[site];
      expect(doc).toBeDefined();
      const parsed = SITE_PROFILES[site].parseOverride(JSON.stringify(doc));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const expected = site === 'kartra' ? applyKartraChanges(DEFAULT_SITE_PROFILE, changes) : applyStripeChanges(DEFAULT_STRIPE_PROFILE, changes);
      expect(parsed.profile).toEqual(expected);
      // And the built-in lists are all there: a policy made from the export loses nothing the default finds.
      expect(parsed.profile).not.toEqual(SITE_PROFILES[site].defaultProfile);
    });
  }

  it('writes Kartra\'s Stripe aliases as the whole integrations list (lists replace on merge)', () => {
    const doc = buildTaughtExport([{ site: 'kartra', target: 'stripe-tile', field: 'stripeAliases', value: 'Stripe Checkout' }], AT);
    const integrations = doc.overrides.kartra?.integrations as typeof DEFAULT_SITE_PROFILE.integrations;
    expect(integrations).toHaveLength(DEFAULT_SITE_PROFILE.integrations.length);
    expect(integrations.find((i) => i.isStripe)?.aliases).toEqual([...DEFAULT_SITE_PROFILE.integrations[0]!.aliases, 'Stripe Checkout']);
    expect(integrations.slice(1)).toEqual(DEFAULT_SITE_PROFILE.integrations.slice(1));
  });

  it('writes Stripe values as whole-phrase rules', () => {
    const doc = buildTaughtExport([{ site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Grant access' }], AT);
    const rules = (doc.overrides.stripe?.words as { connectButton: { pattern: string }[] }).connectButton;
    expect(rules.at(-1)?.pattern).toBe('^grant access$');
    expect(rules.slice(0, -1)).toEqual(DEFAULT_STRIPE_PROFILE.words.connectButton);
  });

  it('drops what a stored change could not be: key-shaped, another target\'s field, junk, and duplicates', () => {
    const good: ProfileChange = { site: 'kartra', target: 'edit-menu-item', field: 'steps.editMenuItemNames', value: 'Modify' };
    const doc = buildTaughtExport(
      [
        good,
        { ...good, value: 'MODIFY' },
        { ...good, value: 'pk_live_51Habcdefghijklmnop' },
        { ...good, field: 'statusWords.connected' },
        { site: 'stripe', target: 'edit-menu-item', field: 'words.connectButton', value: 'Go' },
        'junk',
        null,
      ],
      AT,
    );
    expect(doc.changes).toEqual([good]);
    expect(doc.overrides.stripe).toBeUndefined();
  });

  it('an empty list exports no override documents', () => {
    expect(buildTaughtExport([], AT)).toEqual({ kind: TAUGHT_EXPORT_KIND, version: 1, exportedAt: AT.toISOString(), changes: [], overrides: {} });
  });

  it('leaves the frozen built-in profiles as they were', () => {
    const before = JSON.stringify([DEFAULT_SITE_PROFILE, DEFAULT_STRIPE_PROFILE]);
    buildTaughtExport(EVERY_FIELD, AT);
    expect(JSON.stringify([DEFAULT_SITE_PROFILE, DEFAULT_STRIPE_PROFILE])).toBe(before);
  });

  it('is written as JSON text that reads back the same, under a dated file name', () => {
    const doc = buildTaughtExport(EVERY_FIELD, AT);
    expect(JSON.parse(taughtExportJson(doc))).toEqual(doc);
    expect(taughtExportFileName(AT)).toBe('taught-changes-2026-01-31.json');
  });
});
