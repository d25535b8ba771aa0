/**
 * The Stripe site profile's validation: the same powers as Kartra's (lib/kartra/site-profile.ts). A zod schema with
 * strict objects (an unknown key is an error), a format version (another one is refused, never half-applied), and an
 * override parser that merges onto the built-in profile and reports every problem with its field and reason.
 * Background and extension pages only: the Stripe content script carries no zod.
 */
import { z } from 'zod';
import { formatPath, formatVersion, parseProfileOverride, problemOfIssue, refusal, type ProfileParse } from '../profile-parse';
import { profilePatternSchema } from '../profile-pattern-schema';
import { DEFAULT_STRIPE_PROFILE, type StripeProfile } from './default-stripe-profile';

export { DEFAULT_STRIPE_PROFILE, type StripeProfile };

/** The Stripe profile format this build reads. */
export const STRIPE_PROFILE_VERSION = 1;

// Word patterns run with the `u` flag (lib/stripe/compiled-stripe-profile.ts), checked by the shared pattern builder.
const Pattern = profilePatternSchema('u');

// Sizes are reported by zod's own issue codes and limits (see problemOfIssue); rules of ours by refusal().
const Rule = z.strictObject({
  pattern: Pattern,
  why: z
    .string()
    .trim()
    .max(200)
    .refine((why) => why.length > 0, refusal({ code: 'noWhy' })),
});
const Rules = z
  .array(Rule)
  .max(50)
  .refine((rules) => rules.length > 0, refusal({ code: 'noRule' }));

export const StripeProfileSchema = z.strictObject({
  version: formatVersion(STRIPE_PROFILE_VERSION, 'stripe'),
  revision: z.string().max(80).optional(),
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
  hints: z.strictObject({
    emailInputNames: Rules,
    accountSwitcherTestIds: Rules,
    accountChooserLabels: Rules,
  }),
  urls: z.strictObject({
    apiKeysPath: Rules,
    testModePath: Rules,
    loginPath: Rules,
    continuesToConnect: Rules,
  }),
});

export type StripeProfileParseResult = ProfileParse<StripeProfile>;

/**
 * Parse a Stripe profile override from JSON, merged onto DEFAULT_STRIPE_PROFILE (objects merge, lists replace), so an
 * override may be as small as `{"version":1,"words":{"connectButton":[…]}}`. Never throws.
 */
export function parseStripeProfileOverride(json: string, base: StripeProfile = DEFAULT_STRIPE_PROFILE): StripeProfileParseResult {
  return parseProfileOverride<StripeProfile>(json, {
    version: STRIPE_PROFILE_VERSION,
    defaults: DEFAULT_STRIPE_PROFILE,
    schema: StripeProfileSchema,
    toErrors: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), problem: { code: 'unknownField' } }))
        : [{ path: formatPath(issue.path), problem: problemOfIssue(issue) }],
  }, base);
}
