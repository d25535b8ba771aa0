/** zod schemas of what parseStripeKey returns, for contexts that validate parsed keys (and for the tests). */
import { z } from 'zod';
import type { InvalidKey, KeyProblem, ParsedKey, ValidKey } from './stripe-key';

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

const position = z.number().int().positive();

export const KeyProblemSchema: z.ZodType<KeyProblem> = z.union([
  z.strictObject({
    code: z.enum(['not-text', 'empty', 'account-id', 'client-id', 'webhook-secret', 'capital-prefix', 'missing-mode', 'not-a-key', 'bad-characters', 'too-short']),
  }),
  z.strictObject({ code: z.literal('too-long'), maxLength: z.number().int().positive() }),
  z.strictObject({ code: z.enum(['invisible-character', 'look-alike-character']), codePoint: z.number().int().nonnegative(), position }),
  z.strictObject({ code: z.literal('inner-whitespace'), position }),
]);

export const InvalidKeySchema: z.ZodType<InvalidKey> = z.strictObject({
  valid: z.literal(false),
  reason: KeyInvalidReasonSchema,
  problem: KeyProblemSchema,
});

export const ParsedKeySchema: z.ZodType<ParsedKey> = z.union([ValidKeySchema, InvalidKeySchema]);
