import { findCharacterProblem, trimAsciiWhitespace } from './text-safety';

/**
 * Reads a Stripe API key as an agent pastes it: tells what kind it is and, for modern keys, which account it belongs
 * to. Never throws, never echoes the key back except as `redacted` (last 4 only) and `normalized` (the trimmed key,
 * for the caller to compare and drop).
 *
 * Observed, not documented (see docs/quality.md, "Stripe keys"): modern keys are `<kind>_<mode>_51` + 15 characters + a random tail, and
 * those 15 characters are the account id without `acct_1`. Older keys carry no account id.
 */

/** Longer raw input is refused before any scan, so a 1 MB paste costs nothing. */
export const MAX_RAW_INPUT_LENGTH = 1024;
/** Real keys are about 110 characters; 255 leaves room for Stripe to grow them. */
export const MAX_KEY_LENGTH = 255;
/** Shorter bodies are surely cut off (the oldest keys have 24). */
const MIN_BODY_LENGTH = 16;
/**
 * A body starting with `51` is only read as modern when the tail after the 15 account characters is at least this long.
 * Modern tails are ~80 characters; a legacy body (24–32 characters) that happens to start with `51` must not invent an
 * account: "cannot tell" is safe, a made-up account is a wrong verdict.
 */
const MIN_MODERN_TAIL_LENGTH = 24;
const MODERN_MARKER = '51';
const ACCOUNT_SEGMENT_LENGTH = 15;

// Plain types, not zod: this module runs in the Stripe content script, whose size budget zod alone would exceed.
// stripe-key-schema.ts holds the matching zod schemas for the contexts (and tests) that validate parsed keys.
export type KeyKind = 'publishable' | 'secret' | 'restricted';
export type KeyMode = 'live' | 'test';
export type KeyInvalidReason = 'empty' | 'too-long' | 'invisible-characters' | 'look-alike-characters' | 'not-a-stripe-key' | 'malformed';

export interface ValidKey {
  valid: true;
  kind: KeyKind;
  mode: KeyMode;
  /** `acct_1` + 15 characters; only for modern keys. */
  accountRef?: string;
  format: 'modern' | 'legacy';
  /** e.g. `pk_live_…Ab12`: safe to show and to put in reports. */
  redacted: string;
  /** The key without surrounding whitespace. Secret material for sk_/rk_: compare it, never show or store it. */
  normalized: string;
}

/**
 * What exactly is wrong, as a code and the values its sentence needs (components/text/key-check.ts words it). Never
 * contains the key: a character is given by its code point and 1-based position only.
 */
export type KeyProblem =
  | {
      code:
        | 'not-text'
        | 'empty'
        | 'account-id'
        | 'client-id'
        | 'webhook-secret'
        | 'capital-prefix'
        | 'missing-mode'
        | 'not-a-key'
        | 'bad-characters'
        | 'too-short';
    }
  | { code: 'too-long'; maxLength: number }
  | { code: 'invisible-character' | 'look-alike-character'; codePoint: number; position: number }
  | { code: 'inner-whitespace'; position: number };

export interface InvalidKey {
  valid: false;
  reason: KeyInvalidReason;
  problem: KeyProblem;
}

export type ParsedKey = ValidKey | InvalidKey;

const KIND_BY_PREFIX: Readonly<Record<string, KeyKind>> = { pk: 'publishable', sk: 'secret', rk: 'restricted' };
const KEY_PREFIX = /^(pk|sk|rk)_(live|test)_/;
const KEY_PREFIX_ANY_CASE = /^(pk|sk|rk)_(live|test)_/i;
const KIND_ONLY_PREFIX = /^(pk|sk|rk)_/;

// Other Stripe identifiers an agent may paste by mistake: naming them is more helpful than "not a key".
const OTHER_STRIPE_IDS: ReadonlyArray<readonly [RegExp, KeyProblem]> = [
  [/^acct_/, { code: 'account-id' }],
  [/^ca_/, { code: 'client-id' }],
  [/^whsec_/, { code: 'webhook-secret' }],
];

function invalid(reason: KeyInvalidReason, problem: KeyProblem): InvalidKey {
  return { valid: false, reason, problem };
}

/** Parse a pasted Stripe API key. Total: returns `{ valid: false, … }` for anything that is not one. */
export function parseStripeKey(input: string): ParsedKey {
  if (typeof input !== 'string') return invalid('not-a-stripe-key', { code: 'not-text' });
  if (input.length > MAX_RAW_INPUT_LENGTH) return tooLong();
  const key = trimAsciiWhitespace(input);
  if (key === '') return invalid('empty', { code: 'empty' });
  if (key.length > MAX_KEY_LENGTH) return tooLong();

  const problem = findCharacterProblem(key);
  if (problem?.kind === 'invisible') {
    return invalid('invisible-characters', { code: 'invisible-character', codePoint: problem.codePoint, position: problem.position });
  }
  if (problem?.kind === 'look-alike') {
    return invalid('look-alike-characters', { code: 'look-alike-character', codePoint: problem.codePoint, position: problem.position });
  }
  for (const [pattern, other] of OTHER_STRIPE_IDS) if (pattern.test(key)) return invalid('not-a-stripe-key', other);

  const prefix = KEY_PREFIX.exec(key);
  if (!prefix) {
    if (KEY_PREFIX_ANY_CASE.test(key)) return invalid('malformed', { code: 'capital-prefix' });
    if (KIND_ONLY_PREFIX.test(key)) return invalid('malformed', { code: 'missing-mode' });
    return invalid('not-a-stripe-key', { code: 'not-a-key' });
  }
  if (problem?.kind === 'inner-whitespace') return invalid('malformed', { code: 'inner-whitespace', position: problem.position });
  const [whole, kindPrefix = '', mode = ''] = prefix;
  const body = key.slice(whole.length);
  if (!/^[A-Za-z0-9]*$/.test(body)) return invalid('malformed', { code: 'bad-characters' });
  if (body.length < MIN_BODY_LENGTH) return invalid('malformed', { code: 'too-short' });

  const kind = KIND_BY_PREFIX[kindPrefix] ?? 'publishable';
  const modern =
    body.startsWith(MODERN_MARKER) &&
    body.length >= MODERN_MARKER.length + ACCOUNT_SEGMENT_LENGTH + MIN_MODERN_TAIL_LENGTH;
  const redacted = `${kindPrefix}_${mode}_…${body.slice(-4)}`;
  const base = { valid: true as const, kind, mode: mode === 'live' ? ('live' as const) : ('test' as const), redacted, normalized: key };
  if (!modern) return { ...base, format: 'legacy' };
  const segment = body.slice(MODERN_MARKER.length, MODERN_MARKER.length + ACCOUNT_SEGMENT_LENGTH);
  return { ...base, format: 'modern', accountRef: `acct_1${segment}` };
}

function tooLong(): InvalidKey {
  return invalid('too-long', { code: 'too-long', maxLength: MAX_KEY_LENGTH });
}

/** `pk_live_…Ab12` for anything that parses as a key, else undefined (the caller says so in words): safe for logs and reports. */
export function redactKey(input: string): string | undefined {
  const parsed = parseStripeKey(input);
  return parsed.valid ? parsed.redacted : undefined;
}
