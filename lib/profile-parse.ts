/**
 * What every site profile's override parser does the same way (lib/kartra/site-profile.ts, lib/stripe/stripe-profile.ts):
 * read the JSON text (size cap, line and column of a syntax error), require the format version, merge onto the
 * built-in profile and validate the result with the site's zod schema. Never throws. Every problem is a code and its
 * values (lib/profile-problem.ts), zod's own issues included: the options page words them. Background and extension
 * pages only: it carries zod.
 */
import { z } from 'zod';
import { locateJsonError } from './kartra/json-error-position';
import { isPlainRecord, MAX_OVERRIDE_CHARS, mergeOnto } from './kartra/merge-profile';
import type { JsonKind, ProfileError, ProfileProblem } from './profile-problem';
import type { ProfileSite } from './protocol-values';

export type { ProfileError, ProfileProblem };

export type ProfileParse<P> = { ok: true; profile: P } | { ok: false; errors: ProfileError[] };

export interface ProfileFormat<P> {
  /** The format version this build reads; named in the error when an override has none. */
  version: number;
  defaults: P;
  schema: z.ZodType<P>;
  /** One zod issue as problems (a site may list the known fields and suggest the one it meant). */
  toErrors(issue: z.core.$ZodIssue): ProfileError[];
}

/** `base`: the profile the override is merged onto; the built-in defaults unless a layer below it applies (a team's
 *  managed profile under the agent's own override, lib/background/profile-layers.ts). */
export function parseProfileOverride<P>(json: string, format: ProfileFormat<P>, base: P = format.defaults): ProfileParse<P> {
  try {
    if (typeof json !== 'string') return fail('', { code: 'notJsonText' });
    if (json.length > MAX_OVERRIDE_CHARS) return fail('', { code: 'overrideTooLong', length: json.length, max: MAX_OVERRIDE_CHARS });
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      const where = locateJsonError(json);
      return fail('', where ? { code: 'invalidJsonAt', line: where.line, column: where.column, syntax: where.problem } : { code: 'invalidJson', detail: errorText(error) });
    }
    if (!isPlainRecord(raw)) return fail('', { code: 'notObject', kind: jsonKindOf(raw) as Exclude<JsonKind, 'object'> });
    if (!Object.prototype.hasOwnProperty.call(raw, 'version')) return fail('version', { code: 'versionMissing', reads: format.version });
    // reportInput: a wrong type is told with the kind of value found, which zod keeps only in its English message.
    const result = format.schema.safeParse(mergeOnto(base, raw), { reportInput: true });
    if (result.success) return { ok: true, profile: result.data };
    return { ok: false, errors: result.error.issues.flatMap((issue) => format.toErrors(issue)) };
  } catch (error) {
    return fail('', { code: 'unreadable', detail: errorText(error) });
  }
}

/** zod's issue as a problem: its code and limits, or the problem a check of ours put in its params (see `refusal`). */
export function problemOfIssue(issue: z.core.$ZodIssue): ProfileProblem {
  switch (issue.code) {
    case 'custom':
      return (issue.params as { problem?: ProfileProblem } | undefined)?.problem ?? { code: 'invalid' };
    case 'invalid_type': {
      if (issue.expected === 'int') return { code: 'wholeNumber' };
      if (!isJsonKind(issue.expected)) return { code: 'invalid' };
      if (issue.input === undefined) return { code: 'missing', expected: issue.expected };
      return { code: 'wrongType', expected: issue.expected, received: jsonKindOf(issue.input) };
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { code: 'empty' };
      if (issue.origin === 'number') return { code: 'atLeast', min: Number(issue.minimum) };
      return { code: 'invalid' };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'tooLong', max: Number(issue.maximum) };
      if (issue.origin === 'array') return { code: 'tooManyEntries', max: Number(issue.maximum) };
      if (issue.origin === 'number') return { code: 'atMost', max: Number(issue.maximum) };
      return { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** zod check options that refuse with `problem`: `.refine(test, refusal({ code: 'noRule' }))`. */
export function refusal(problem: ProfileProblem): { params: { problem: ProfileProblem } } {
  return { params: { problem } };
}

/** The version field: another format is refused, never half-applied. */
export function formatVersion(version: number, site: ProfileSite) {
  return z.number().superRefine((v, ctx) => {
    if (v !== version) ctx.addIssue({ code: 'custom', ...refusal({ code: 'otherVersion', site, reads: version, found: String(v) }) });
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

function fail(path: string, problem: ProfileProblem): { ok: false; errors: ProfileError[] } {
  return { ok: false, errors: [{ path, problem }] };
}

const JSON_KINDS: ReadonlySet<string> = new Set<JsonKind>(['string', 'number', 'boolean', 'array', 'object', 'null']);

function isJsonKind(kind: string): kind is JsonKind {
  return JSON_KINDS.has(kind);
}

/** What a parsed JSON value is, named as zod names it. */
function jsonKindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  return isJsonKind(kind) ? kind : 'object';
}

/** An error's own message (the browser's words, passed on as a detail), or undefined when it has none to give. */
export function errorText(error: unknown): string | undefined {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return undefined;
  }
}
