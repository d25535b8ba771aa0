/** zod schemas of what parseStripeKey returns, for contexts that validate parsed keys (and for the tests). */
import { z } from 'zod';
import type { InvalidKey, ParsedKey, ValidKey } from './stripe-key';

export const KeyKindSchema = z.enum(['publishable', 'secret', 'restricted']);
export const KeyModeSchema = z.enum(['live', 'test']);
export const KeyInvalidReasonSchema = z.enum(['empty', 'too-long', 'invisible-characters', 'look-alike-characters', 'not-a-stripe-key', 'malformed']);

export const ValidKeySchema: z.ZodType<ValidKey> = z.strictObject({
  valid: z.literal(true),
  kind: KeyKindSchema,
  mode: KeyModeSchema,
  accountRef: z
    .string()
    .regex(/^acct_1[A-Za-z0-9]{15}$/)
    .optional(),
  format: z.enum(['modern', 'legacy']),
  redacted: z.string(),
  normalized: z.string(),
});

export const InvalidKeySchema: z.ZodType<InvalidKey> = z.strictObject({
  valid: z.literal(false),
  reason: KeyInvalidReasonSchema,
  message: z.string(),
});

export const ParsedKeySchema: z.ZodType<ParsedKey> = z.union([ValidKeySchema, InvalidKeySchema]);
