/**
 * The export of taught changes: the changes themselves, and for each site they touch an override document that the
 * options page's override editor and a team policy (storage.managed `kartraProfileOverride` / `stripeProfileOverride`,
 * as JSON text) accept as it is. That is how a fix one agent taught on the page becomes the whole team's.
 *
 * Lists replace on merge (lib/kartra/merge-profile.ts), so each touched list is written in full: the built-in
 * default's list with the taught values added, computed from the built-in defaults, never from the agent's own
 * override (which is theirs, not the team's). Only changes that pass the same checks as a stored one are written:
 * nothing key-shaped ever leaves in an export.
 */
import { DEFAULT_SITE_PROFILE } from '../kartra/default-site-profile';
import type { SiteProfile } from '../kartra/site-profile';
import { DEFAULT_STRIPE_PROFILE, type StripeProfile } from '../stripe/default-stripe-profile';
import { ProfileChangeSchema } from './change-schema';
import { applyKartraChanges, applyStripeChanges, sameChange, type ProfileChange } from './profile-change';

export const TAUGHT_EXPORT_KIND = 'stripe-reconnect-assistant/taught-changes';
export const TAUGHT_EXPORT_VERSION = 1;

/** An override document: `{"version":1, …}` with only the touched lists, each in full. */
export type OverrideDocument = { version: number } & Record<string, unknown>;

export interface TaughtExport {
  kind: typeof TAUGHT_EXPORT_KIND;
  version: typeof TAUGHT_EXPORT_VERSION;
  exportedAt: string;
  changes: ProfileChange[];
  overrides: { kartra?: OverrideDocument; stripe?: OverrideDocument };
}

/** The built-in profiles the override documents are computed on (the shipped ones unless a test says otherwise). */
export interface ExportDefaults {
  kartra: SiteProfile;
  stripe: StripeProfile;
}

const BUILT_IN: ExportDefaults = { kartra: DEFAULT_SITE_PROFILE, stripe: DEFAULT_STRIPE_PROFILE };

export function buildTaughtExport(changes: readonly unknown[], exportedAt: Date, defaults: ExportDefaults = BUILT_IN): TaughtExport {
  const valid: ProfileChange[] = [];
  for (const raw of changes) {
    const parsed = ProfileChangeSchema.safeParse(raw);
    if (parsed.success && !valid.some((earlier) => sameChange(earlier, parsed.data))) valid.push(parsed.data);
  }
  const kartra = valid.filter((change) => change.site === 'kartra');
  const stripe = valid.filter((change) => change.site === 'stripe');
  const overrides: TaughtExport['overrides'] = {};
  if (kartra.length > 0) overrides.kartra = overrideDocument(defaults.kartra, applyKartraChanges(defaults.kartra, kartra), kartra);
  if (stripe.length > 0) overrides.stripe = overrideDocument(defaults.stripe, applyStripeChanges(defaults.stripe, stripe), stripe);
  return { kind: TAUGHT_EXPORT_KIND, version: TAUGHT_EXPORT_VERSION, exportedAt: exportedAt.toISOString(), changes: valid, overrides };
}

/** The export as the file holds it. */
export function taughtExportJson(doc: TaughtExport): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const FILE_PREFIX = 'taught-changes-';
const FILE_SUFFIX = '.json';

/** `taught-changes-2026-01-31.json`: the day, so several exports sort and do not overwrite each other at once. */
export function taughtExportFileName(exportedAt: Date): string {
  return `${FILE_PREFIX}${exportedAt.toISOString().slice(0, 10)}${FILE_SUFFIX}`;
}

/** Where in the profile a change's list lives; Kartra's Stripe aliases sit inside the integrations list, written whole. */
function pathOf(change: ProfileChange): [string] | [string, string] {
  if (change.site === 'kartra' && change.field === 'stripeAliases') return ['integrations'];
  const [group, key] = change.field.split('.') as [string, string];
  return [group, key];
}

function overrideDocument(base: { version: number }, changed: object, changes: readonly ProfileChange[]): OverrideDocument {
  const doc: OverrideDocument = { version: base.version };
  for (const change of changes) {
    const path = pathOf(change);
    if (path.length === 1) {
      doc[path[0]] = structuredClone((changed as Record<string, unknown>)[path[0]]);
      continue;
    }
    const [group, key] = path;
    const from = (changed as Record<string, Record<string, unknown>>)[group]!;
    const into = (doc[group] ??= {}) as Record<string, unknown>;
    into[key] = structuredClone(from[key]);
  }
  return doc;
}
