/**
 * Upgrades of stored guides, one schema version at a time. A guide lives in extension storage across updates, so an
 * update must read what the previous release wrote, or drop it with a reason; never crash the background on it.
 */

import { migrateV1 } from './migrate-v1';

/** Turns a stored guide of version N into version N + 1. Its input is untrusted: check before reading. */
export type GuideMigration = (stored: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Keyed by the version a migration starts from. To add version N + 1: set GUIDE_SCHEMA_VERSION, change
 * GuideStateSchema (and guide-shape.ts), then add `N: migrateVN` here, with tests that feed raw version-N objects.
 */
export const GUIDE_MIGRATIONS: Readonly<Record<number, GuideMigration>> = { 1: migrateV1 };

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; from: number }
  | { ok: false; reason: string };

/** Runs the migrations from the stored version up to `target`. Missing `schemaVersion` counts as version 0. */
export function migrateStoredGuide(
  stored: Record<string, unknown>,
  target: number,
  migrations: Readonly<Record<number, GuideMigration>> = GUIDE_MIGRATIONS,
): MigrationResult {
  const from = stored.schemaVersion === undefined ? 0 : stored.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    return { ok: false, reason: 'The stored guide has an unreadable schema version.' };
  }
  if (from > target) {
    return { ok: false, reason: `The stored guide was written by a newer version (schema ${from}).` };
  }
  let value = stored;
  for (let version = from; version < target; version++) {
    // Own-property lookup: a version such as "constructor" must not find Object.prototype's members.
    const migrate = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!migrate) return { ok: false, reason: `No migration from guide schema ${version}.` };
    value = migrate(value);
    if (value.schemaVersion !== version + 1) {
      return { ok: false, reason: `The migration from guide schema ${version} did not produce schema ${version + 1}.` };
    }
  }
  return { ok: true, value, from };
}
