/**
 * How a site-profile override applies: merged onto the built-in profile (objects merge key by key, lists and values
 * replace). Kept apart from site-profile.ts, which validates with zod, because the Kartra content script applies the
 * (already validated) override too and must not carry zod.
 */

/** The largest override accepted anywhere: editor, message, storage and parser all use this one number. */
export const MAX_OVERRIDE_CHARS = 256 * 1024;

/** Objects merge key by key; anything else in the override replaces the default. Built on null-prototype objects so a
 *  `__proto__` key in the JSON stays an (unknown, rejected) key and never reaches a prototype. */
export function mergeOnto(base: unknown, override: unknown): unknown {
  if (!isPlainRecord(base) || !isPlainRecord(override)) return override;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(base)) define(out, key, base[key]);
  for (const key of Object.keys(override)) {
    const merged = Object.prototype.hasOwnProperty.call(base, key) ? mergeOnto(base[key], override[key]) : override[key];
    define(out, key, merged);
  }
  return out;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

