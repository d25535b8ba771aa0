/**
 * The first half of reading a stored guide, shared by both readers (zod in the background, guide-shape.ts in the
 * extension pages): JSON text or object in, a migrated object of the current version out, or why not. Never throws
 * on its own account; a migration that throws is the caller's to catch.
 */
import { GUIDE_MIGRATIONS, migrateStoredGuide, type GuideMigration, type MigrationResult } from './migrations';
import { GUIDE_SCHEMA_VERSION } from './guide-values';

export function prepareStoredGuide(
  raw: unknown,
  migrations: Readonly<Record<number, GuideMigration>> = GUIDE_MIGRATIONS,
): MigrationResult {
  const value = typeof raw === 'string' ? parseJson(raw) : raw;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'The stored guide is not an object.' };
  }
  const suspicious = findSuspiciousShape(value, 0);
  if (suspicious) return { ok: false, reason: suspicious };
  return migrateStoredGuide(value as Record<string, unknown>, GUIDE_SCHEMA_VERSION, migrations);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * zod drops a `__proto__` key inside records instead of rejecting it, and a stored guide never has one legitimately,
 * so it is refused here. Real guides are 3 levels deep; anything much deeper is corrupt and not worth walking.
 */
function findSuspiciousShape(value: unknown, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > 6) return 'The stored guide is nested deeper than any guide.';
  if (Object.hasOwn(value, '__proto__')) return 'The stored guide carries a __proto__ key.';
  for (const child of Object.values(value)) {
    const found = findSuspiciousShape(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}
