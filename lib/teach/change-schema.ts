/**
 * zod shapes of taught changes, for what crosses a boundary (the picker's message) and what is stored (the list of
 * applied changes). A value is short, not key-shaped, and its field belongs to its site: a compromised content
 * script can propose no more than one word list entry, which the agent can see and undo.
 */
import { z } from 'zod';
import { isKeyShaped } from './key-shape';
import { KARTRA_TEACH_FIELDS, MAX_CHANGE_VALUE, STRIPE_TEACH_FIELDS } from './profile-change';
import { TEACH_TARGET_TABLE, TEACH_TARGETS } from './teach-targets';

const Value = z
  .string()
  .trim()
  .min(1)
  .max(MAX_CHANGE_VALUE)
  .refine((value) => !isKeyShaped(value), 'key-shaped');

export const ProfileChangeSchema = z
  .discriminatedUnion('site', [
    z.strictObject({ site: z.literal('kartra'), target: z.enum(TEACH_TARGETS), field: z.enum(KARTRA_TEACH_FIELDS), value: Value }),
    z.strictObject({ site: z.literal('stripe'), target: z.enum(TEACH_TARGETS), field: z.enum(STRIPE_TEACH_FIELDS), value: Value }),
  ])
  // A target teaches its own site's lists only: a status word cannot arrive as a Connect button name.
  .refine((change) => TEACH_TARGET_TABLE[change.target].site === change.site && TEACH_TARGET_TABLE[change.target].fields.includes(change.field), 'field-of-another-target');

export const TaughtChangeSchema = z.strictObject({
  id: z.string().min(1).max(64),
  at: z.number(),
  change: ProfileChangeSchema,
});

/** At most this many changes are kept: teach mode fixes a miss or two, a redesign is a new profile. */
export const MAX_TAUGHT_CHANGES = 200;

/** The stored list, entry by entry: one corrupt entry is dropped, the others kept. */
export function parseTaughtChanges(raw: unknown): z.infer<typeof TaughtChangeSchema>[] {
  if (!Array.isArray(raw)) return [];
  const out: z.infer<typeof TaughtChangeSchema>[] = [];
  for (const entry of raw.slice(0, MAX_TAUGHT_CHANGES)) {
    const parsed = TaughtChangeSchema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
