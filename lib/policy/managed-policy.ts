/**
 * What a team's administrator may set for every agent through enterprise policy (`storage.managed`): each site's
 * profile override, in the options page's own format, and whether agents may add their own on top. Chrome checks
 * values against public/managed_schema.json before the extension sees them; Firefox's managed-storage manifest and
 * policies.json are not checked by anyone but us, so every key is read here on its own: one bad key is reported and
 * ignored, and the others still apply. Background and tests only: it carries zod.
 */
import { z } from 'zod';
import { isPlainRecord, MAX_OVERRIDE_CHARS } from '../kartra/merge-profile';
import { errorText } from '../profile-parse';
import type { ProfileError } from '../profile-problem';
import { PROFILE_SITES, type ProfileSite } from '../protocol-values';

/** The policy key holding each site's profile override. */
export const MANAGED_OVERRIDE_KEYS = {
  kartra: 'kartraProfileOverride',
  stripe: 'stripeProfileOverride',
} as const satisfies Record<ProfileSite, string>;

// JSON text as the options page takes it (Chrome's schema says "string"), or the same document as a JSON object,
// which Firefox's policies.json and managed-storage manifest let an administrator write directly.
const ManagedOverride = z.union([z.string().max(MAX_OVERRIDE_CHARS), z.record(z.string(), z.unknown())]);

/**
 * Every key the extension reads from managed storage. public/managed_schema.json declares the same keys
 * (test/unit/policy/managed-schema.test.ts); a key in managed storage that is not here is ignored.
 */
export const ManagedPolicySchema = z.object({
  [MANAGED_OVERRIDE_KEYS.kartra]: ManagedOverride.optional(),
  [MANAGED_OVERRIDE_KEYS.stripe]: ManagedOverride.optional(),
  /** Absent: agents may. */
  allowAgentOverrides: z.boolean().optional(),
});
export type ManagedPolicyKey = keyof typeof ManagedPolicySchema.shape;

/** One site's managed override: none set, its JSON text (an object is turned into text), or a value of the wrong kind. */
export type ManagedOverrideValue = { state: 'absent' } | { state: 'set'; json: string } | { state: 'invalid'; errors: ProfileError[] };

export interface ManagedPolicy {
  overrides: Record<ProfileSite, ManagedOverrideValue>;
  allowAgentOverrides: boolean;
  /** `allowAgentOverrides` held something other than true or false (read as false: see readManagedPolicy). */
  allowAgentOverridesInvalid: boolean;
}

export const NO_POLICY: ManagedPolicy = {
  overrides: { kartra: { state: 'absent' }, stripe: { state: 'absent' } },
  allowAgentOverrides: true,
  allowAgentOverridesInvalid: false,
};

/**
 * The policy in managed storage, key by key. Never throws. A site's override that is neither text nor an object is
 * `invalid` with the reason (its JSON and profile checks come later, with the site's parser). `allowAgentOverrides`
 * that is not a boolean (e.g. the text "false" in a hand-written policies.json) is read as false: an administrator
 * who set the key at all meant to restrict, and the options page says the value was wrong.
 */
export function readManagedPolicy(raw: unknown): ManagedPolicy {
  if (!isPlainRecord(raw)) return NO_POLICY;
  const overrides = Object.fromEntries(
    PROFILE_SITES.map((site): [ProfileSite, ManagedOverrideValue] => [site, readOverride(raw[MANAGED_OVERRIDE_KEYS[site]])]),
  ) as Record<ProfileSite, ManagedOverrideValue>;
  const allow = raw.allowAgentOverrides;
  const allowValid = ManagedPolicySchema.shape.allowAgentOverrides.safeParse(allow).success;
  return {
    overrides,
    allowAgentOverrides: allowValid ? allow !== false : false,
    allowAgentOverridesInvalid: !allowValid,
  };
}

function readOverride(value: unknown): ManagedOverrideValue {
  if (value === undefined || value === null) return { state: 'absent' };
  const parsed = ManagedOverride.safeParse(value);
  if (!parsed.success) {
    if (typeof value === 'string') return { state: 'invalid', errors: [{ path: '', problem: { code: 'overrideTooLong', length: value.length, max: MAX_OVERRIDE_CHARS } }] };
    const kind = Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'null';
    return { state: 'invalid', errors: [{ path: '', problem: { code: 'notObject', kind } }] };
  }
  if (typeof parsed.data === 'string') return { state: 'set', json: parsed.data };
  try {
    return { state: 'set', json: JSON.stringify(parsed.data) };
  } catch (error) {
    return { state: 'invalid', errors: [{ path: '', problem: { code: 'unreadable', detail: errorText(error) } }] };
  }
}
