import { describeCodePoint, findCharacterProblem, trimAsciiWhitespace } from './text-safety';

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

export interface InvalidKey {
  valid: false;
  reason: KeyInvalidReason;
  /** Plain English for an agent; never contains the key. */
  message: string;
}

export type ParsedKey = ValidKey | InvalidKey;

const KIND_BY_PREFIX: Readonly<Record<string, KeyKind>> = { pk: 'publishable', sk: 'secret', rk: 'restricted' };
const KEY_PREFIX = /^(pk|sk|rk)_(live|test)_/;
const KEY_PREFIX_ANY_CASE = /^(pk|sk|rk)_(live|test)_/i;
const KIND_ONLY_PREFIX = /^(pk|sk|rk)_/;

// Other Stripe identifiers an agent may paste by mistake: naming them is more helpful than "not a key".
const OTHER_STRIPE_IDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^acct_/, 'This is a Stripe account id (acct_…), not an API key.'],
  [/^ca_/, 'This is a Stripe Connect client id (ca_…), not an API key.'],
  [/^whsec_/, 'This is a webhook signing secret (whsec_…), not an API key. Do not share it.'],
];

function invalid(reason: KeyInvalidReason, message: string): InvalidKey {
  return { valid: false, reason, message };
}

/** Parse a pasted Stripe API key. Total: returns `{ valid: false, … }` for anything that is not one. */
export function parseStripeKey(input: string): ParsedKey {
  if (typeof input !== 'string') return invalid('not-a-stripe-key', 'Nothing readable was given as a key.');
  if (input.length > MAX_RAW_INPUT_LENGTH) return tooLong();
  const key = trimAsciiWhitespace(input);
  if (key === '') return invalid('empty', 'No key was entered.');
  if (key.length > MAX_KEY_LENGTH) return tooLong();

  const problem = findCharacterProblem(key);
  if (problem?.kind === 'invisible') {
    return invalid(
      'invisible-characters',
      `The key contains an invisible character (${describeCodePoint(problem.codePoint)}) at position ${problem.position}. ` +
        'It was probably picked up while copying. Copy the key again straight from Stripe or Kartra, or type it.',
    );
  }
  if (problem?.kind === 'look-alike') {
    return invalid(
      'look-alike-characters',
      `The key contains a character that only looks like a normal letter or sign (${describeCodePoint(problem.codePoint)}) ` +
        `at position ${problem.position}. Stripe keys use plain English letters, digits and "_" only. Copy the key again from its source.`,
    );
  }
  for (const [pattern, message] of OTHER_STRIPE_IDS) if (pattern.test(key)) return invalid('not-a-stripe-key', message);

  const prefix = KEY_PREFIX.exec(key);
  if (!prefix) {
    if (KEY_PREFIX_ANY_CASE.test(key)) {
      return invalid('malformed', 'The start of the key has capital letters. Stripe keys start in lower case, e.g. "pk_live_".');
    }
    if (KIND_ONLY_PREFIX.test(key)) {
      return invalid('malformed', 'The key must continue with "live_" or "test_" after its first three characters.');
    }
    return invalid(
      'not-a-stripe-key',
      'This is not a Stripe API key. Keys start with "pk_live_", "pk_test_" (publishable), "sk_" (secret) or "rk_" (restricted).',
    );
  }
  if (problem?.kind === 'inner-whitespace') {
    return invalid(
      'malformed',
      `The key has a space or line break inside it (position ${problem.position}). Copy it again in one piece.`,
    );
  }
  const [whole, kindPrefix = '', mode = ''] = prefix;
  const body = key.slice(whole.length);
  if (!/^[A-Za-z0-9]*$/.test(body)) {
    return invalid('malformed', 'The key contains characters Stripe keys never have (only letters and digits follow the prefix).');
  }
  if (body.length < MIN_BODY_LENGTH) {
    return invalid('malformed', 'The key is too short: it looks cut off. Copy the whole key (use the copy button next to it).');
  }

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
  return invalid(
    'too-long',
    `That is far longer than a Stripe key (over ${MAX_KEY_LENGTH} characters). Paste only the key itself.`,
  );
}

/** `pk_live_…Ab12` for anything that parses as a key, else a fixed placeholder: safe for logs and reports. */
export function redactKey(input: string): string {
  const parsed = parseStripeKey(input);
  return parsed.valid ? parsed.redacted : '(not a valid key)';
}
