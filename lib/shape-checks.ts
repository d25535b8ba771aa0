/**
 * Checks for stored values, written by hand for the extension pages' first paint, which must not wait for zod (about
 * 90 KB of the panel's script). Each accepts exactly what the zod 4 construct named in its comment accepts, edge
 * cases included: strings are measured in code points, numbers must be finite, an object's unknown keys are found
 * with `for…in`. The shape tests hold every check built from these to its zod schema.
 */
export type Check = (value: unknown) => boolean;

/** `z.string().min(min).max(max)`: lengths in code points, as zod counts them. */
export function isText(value: unknown, max: number, min = 0): value is string {
  if (typeof value !== 'string') return false;
  // A code point is one or two UTF-16 units: only a string over `max` units (or under twice `min`) needs counting.
  const length = value.length > max || value.length < min * 2 ? [...value].length : value.length;
  return length >= min && length <= max;
}

/** isText as a Check, for building object checks: `text(80)` is `z.string().max(80)`. */
export const text =
  (max: number, min = 0): Check =>
  (value) =>
    isText(value, max, min);

/** `z.number().min(min).max(max)`: zod's number is finite. */
export function isNumberIn(value: unknown, min = -Infinity, max = Infinity): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** `z.number().int().min(min).max(max)`: zod's int is a safe integer. */
export function isIntegerIn(value: unknown, min = -Infinity, max = Infinity): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

export const isBoolean: Check = (value) => typeof value === 'boolean';

/** `z.enum(values)`. */
export function oneOf<T extends string>(values: readonly T[]): (value: unknown) => value is T {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value): value is T => allowed.has(value);
}

/** `schema.optional()`. */
export const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);

/** `z.array(item).min(min).max(max)`. Holes count as `undefined`, as zod reads them (`every` would skip them). */
export function arrayOf(item: Check, max: number, min = 0): Check {
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
    return true;
  };
}

/** `z.strictObject(fields)`: no array, no key but the declared ones (own or inherited), every field passing. */
export function isStrictObject(value: unknown, fields: Readonly<Record<string, Check>>): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const object = value as Record<string, unknown>;
  for (const key in object) if (!Object.hasOwn(fields, key)) return false;
  return Object.entries(fields).every(([key, check]) => check(object[key]));
}

/** isStrictObject as a Check, for nesting: the fields are built once, not on every value checked. */
export const objectOf =
  (fields: Readonly<Record<string, Check>>): Check =>
  (value) =>
    isStrictObject(value, fields);

/** `z.partialRecord(z.enum(keys), item)`: a plain object whose keys are all in `keys` (zod skips `__proto__`). */
export function partialRecordOf(keys: readonly string[], item: Check): Check {
  const isKey = oneOf(keys);
  return (value) => {
    if (!isPlainObject(value)) return false;
    const object = value as Record<PropertyKey, unknown>;
    return Reflect.ownKeys(object).every(
      (key) => key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(object, key) || (isKey(key) && item(object[key])),
    );
  };
}

/** zod's `isPlainObject`: an object literal, a null-prototype object, or one whose constructor looks like Object. */
function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  if (typeof prototype !== 'object' || prototype === null || Array.isArray(prototype)) return false;
  return Object.hasOwn(prototype, 'isPrototypeOf');
}
