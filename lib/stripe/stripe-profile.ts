/**
 * The Stripe site profile's validation: the same powers as Kartra's (lib/kartra/site-profile.ts). A zod schema with
 * strict objects (an unknown key is an error), a format version (another one is refused, never half-applied), and an
 * override parser that merges onto the built-in profile and reports every problem with its field and reason.
 * Background and extension pages only: the Stripe content script carries no zod.
 */
import { z } from 'zod';
import { isPlainRecord, MAX_OVERRIDE_CHARS, mergeOnto } from '../kartra/merge-profile';
import { locateJsonError } from '../kartra/json-error-position';
import { profilePatternSchema } from '../profile-pattern-schema';
import { formatPath, type ProfileError } from '../kartra/site-profile';
import { DEFAULT_STRIPE_PROFILE, type StripeProfile } from './default-stripe-profile';

export { DEFAULT_STRIPE_PROFILE, type StripeProfile };

/** The Stripe profile format this build reads. */
export const STRIPE_PROFILE_VERSION = 1;

// Word patterns run with the `u` flag (lib/stripe/page-words.ts), checked by the shared pattern builder.
const Pattern = profilePatternSchema('u');

const Rule = z.strictObject({
  pattern: Pattern,
  why: z.string().trim().min(1, 'must say why the rule is there').max(200, 'must be at most 200 characters'),
});
const Rules = z.array(Rule).min(1, 'must hold at least one rule').max(50, 'at most 50 entries');

export const StripeProfileSchema = z.strictObject({
  version: z.number().superRefine((v, ctx) => {
    if (v !== STRIPE_PROFILE_VERSION)
      ctx.addIssue({ code: 'custom', message: `this build reads Stripe profile version ${STRIPE_PROFILE_VERSION}, not ${String(v)}` });
  }),
  revision: z.string().max(80, 'must be at most 80 characters').optional(),
  words: z.strictObject({
    connectButton: Rules,
    cancelButton: Rules,
    signIn: Rules,
    publishableKeyLabels: Rules,
    accountSwitcherLabels: Rules,
    badges: Rules,
    genericGroupLabels: Rules,
    notAccountControls: Rules,
  }),
});

export type StripeProfileParseResult = { ok: true; profile: StripeProfile } | { ok: false; errors: ProfileError[] };

/**
 * Parse a Stripe profile override from JSON, merged onto DEFAULT_STRIPE_PROFILE (objects merge, lists replace), so an
 * override may be as small as `{"version":1,"words":{"connectButton":[…]}}`. Never throws.
 */
export function parseStripeProfileOverride(json: string): StripeProfileParseResult {
  const fail = (path: string, message: string): StripeProfileParseResult => ({ ok: false, errors: [{ path, message }] });
  try {
    if (typeof json !== 'string') return fail('', 'override must be a JSON text');
    if (json.length > MAX_OVERRIDE_CHARS) return fail('', `override is ${json.length} characters; the limit is ${MAX_OVERRIDE_CHARS}`);
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      const where = locateJsonError(json);
      return fail('', where ? `invalid JSON at line ${where.line}, column ${where.column}: ${where.reason}` : `invalid JSON: ${String(error)}`);
    }
    if (!isPlainRecord(raw)) return fail('', 'override must be a JSON object');
    if (!Object.prototype.hasOwnProperty.call(raw, 'version'))
      return fail('version', `required: the profile format this override was written for (this build reads ${STRIPE_PROFILE_VERSION})`);
    const result = StripeProfileSchema.safeParse(mergeOnto(DEFAULT_STRIPE_PROFILE, raw));
    if (result.success) return { ok: true, profile: result.data };
    return {
      ok: false,
      errors: result.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field' }))
          : [{ path: formatPath(issue.path), message: issue.message }],
      ),
    };
  } catch (error) {
    return fail('', `override could not be read: ${String(error)}`);
  }
}
