/**
 * What every site profile's override parser does the same way (lib/kartra/site-profile.ts, lib/stripe/stripe-profile.ts):
 * read the JSON text (size cap, line and column of a syntax error), require the format version, merge onto the
 * built-in profile and validate the result with the site's zod schema. Never throws. Background and extension pages
 * only: it carries zod.
 */
import { z } from 'zod';
import { locateJsonError } from './kartra/json-error-position';
import { isPlainRecord, MAX_OVERRIDE_CHARS, mergeOnto } from './kartra/merge-profile';

/** One problem in an override: where (dotted path, `[n]` for list items; empty for the whole document) and why. */
export interface ProfileError {
  path: string;
  message: string;
}

export type ProfileParse<P> = { ok: true; profile: P } | { ok: false; errors: ProfileError[] };

export interface ProfileFormat<P> {
  /** The format version this build reads; named in the error when an override has none. */
  version: number;
  defaults: P;
  schema: z.ZodType<P>;
  /** One zod issue as the agent reads it (a site may suggest the field it meant). */
  toErrors(issue: z.core.$ZodIssue): ProfileError[];
}

export function parseProfileOverride<P>(json: string, format: ProfileFormat<P>): ProfileParse<P> {
  try {
    if (typeof json !== 'string') return fail('', 'override must be a JSON text');
    if (json.length > MAX_OVERRIDE_CHARS) return fail('', `override is ${json.length} characters; the limit is ${MAX_OVERRIDE_CHARS}`);
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      const where = locateJsonError(json);
      const message = where ? `invalid JSON at line ${where.line}, column ${where.column}: ${where.reason}` : `invalid JSON: ${errorText(error)}`;
      return fail('', message);
    }
    if (!isPlainRecord(raw)) return fail('', `override must be a JSON object, not ${describeJsonType(raw)}`);
    if (!Object.prototype.hasOwnProperty.call(raw, 'version'))
      return fail('version', `required: the profile format this override was written for (this build reads ${format.version})`);
    const result = format.schema.safeParse(mergeOnto(format.defaults, raw));
    if (result.success) return { ok: true, profile: result.data };
    return { ok: false, errors: result.error.issues.flatMap((issue) => format.toErrors(issue)) };
  } catch (error) {
    return fail('', `override could not be read: ${errorText(error)}`);
  }
}

/** The version field: another format is refused, never half-applied. */
export function formatVersion(version: number, what: string) {
  return z.number().superRefine((v, ctx) => {
    if (v !== version) ctx.addIssue({ code: 'custom', message: `this build reads ${what} version ${version}, not ${String(v)}` });
  });
}

/** Render a zod path as `steps.menuButtonNames[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function fail(path: string, message: string): { ok: false; errors: ProfileError[] } {
  return { ok: false, errors: [{ path, message }] };
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
