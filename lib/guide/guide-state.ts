/**
 * The guide as it is stored: one zod schema, the types inferred from it, and the reader for whatever storage hands
 * back. Storage outlives releases and can be corrupted, so reading never throws: it migrates or says why it cannot.
 */
import { z } from 'zod';
import { KartraOutcomeSchema } from '../protocol';
import { migrateStoredGuide, GUIDE_MIGRATIONS, type GuideMigration } from './migrations';
import { STEP_IDS } from './steps';

export const GUIDE_SCHEMA_VERSION = 1;
/** History keeps the newest entries; older ones fall off so a long session cannot grow storage without bound. */
export const HISTORY_LIMIT = 200;
/** Tabs a guide can adopt (its Kartra tab, Stripe tabs, a redirect tab). */
export const TAB_LIMIT = 20;
export const TEXT_LIMIT = 500;

const text = (max: number) => z.string().max(max);
const timestamp = z.number().min(0);
const tabId = z.number().int().min(0).max(2 ** 31);

export const StepIdSchema = z.enum(STEP_IDS);

/** How the selected Stripe account compares with the key Kartra used (computed outside the guide). */
export const AccountVerdictSchema = z.enum([
  'same-key',
  'same-account',
  'different-account',
  'mode-mismatch',
  'cannot-tell',
  'invalid',
]);
export type AccountVerdict = z.infer<typeof AccountVerdictSchema>;

export const WarningCodeSchema = z.enum([
  'different-account',
  'mode-mismatch',
  'account-unverified',
  'key-invalid',
  'key-not-read',
  'wrong-integration',
  'stripe-tile-missing',
  'stripe-not-configured',
  'already-connected',
  'unexpected-outcome',
  'stripe-without-guide',
]);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

export const GuideWarningSchema = z.strictObject({ code: WarningCodeSchema, message: text(TEXT_LIMIT) });
export type GuideWarning = z.infer<typeof GuideWarningSchema>;

export const HistoryEntrySchema = z.strictObject({
  at: timestamp,
  /** The step the guide was on once this happened. */
  stepId: StepIdSchema,
  what: text(TEXT_LIMIT),
  source: z.enum(['observed', 'agent']),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const CandidateSchema = z.strictObject({
  name: text(120),
  accountId: text(64).optional(),
  verdict: AccountVerdictSchema.optional(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const StripeErrorSchema = z.strictObject({ error: text(80), description: text(TEXT_LIMIT) });
export type StripeError = z.infer<typeof StripeErrorSchema>;

/** The last Stripe dashboard tab seen, so "Before you begin" can say which account the agent is logged in to. */
export const DashboardSightingSchema = z.strictObject({
  tabId,
  at: timestamp,
  accountId: text(64).optional(),
  accountName: text(120).optional(),
  publishableKey: text(255).optional(),
});
export type DashboardSighting = z.infer<typeof DashboardSightingSchema>;

export const GuideStatusSchema = z.enum(['active', 'done', 'dismissed']);
export type GuideStatus = z.infer<typeof GuideStatusSchema>;

export const GuideStateSchema = z
  .strictObject({
    schemaVersion: z.literal(GUIDE_SCHEMA_VERSION),
    id: text(100).min(1),
    integration: text(80).min(1),
    /** The Kartra tab the guide was started in. */
    tabId,
    /** Every tab that belongs to this guide, the starting tab included. */
    tabIds: z.array(tabId).min(1).max(TAB_LIMIT),
    stepId: StepIdSchema,
    /** Which steps are done, and when they were first seen or marked done. */
    completed: z.partialRecord(StepIdSchema, timestamp),
    history: z.array(HistoryEntrySchema).max(HISTORY_LIMIT),
    /** Publishable key read from Kartra's Edit window: the account that must be reconnected. */
    originalKey: text(255).optional(),
    candidate: CandidateSchema.optional(),
    outcome: KartraOutcomeSchema.optional(),
    stripeError: StripeErrorSchema.optional(),
    warning: GuideWarningSchema.optional(),
    /** While troubleshooting: the step to retry from (where the attempt went wrong). */
    retryFrom: StepIdSchema.optional(),
    dashboard: DashboardSightingSchema.optional(),
    status: GuideStatusSchema,
    startedAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((guide) => guide.tabIds.includes(guide.tabId), { message: 'tabIds must include the starting tab' });
export type GuideState = z.infer<typeof GuideStateSchema>;

export type StoredGuideResult =
  | { ok: true; guide: GuideState; migratedFrom?: number }
  | { ok: false; reason: string };

/**
 * Reads a stored guide: an object (or its JSON text) of this or an older schema version. Returns the guide, migrated
 * if needed (`migratedFrom` then says from which version, so the caller can write it back), or why it was dropped.
 * Never throws.
 */
export function parseStoredGuide(
  raw: unknown,
  migrations: Readonly<Record<number, GuideMigration>> = GUIDE_MIGRATIONS,
): StoredGuideResult {
  try {
    const value = typeof raw === 'string' ? parseJson(raw) : raw;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, reason: 'The stored guide is not an object.' };
    }
    const suspicious = findSuspiciousShape(value, 0);
    if (suspicious) return { ok: false, reason: suspicious };
    const migrated = migrateStoredGuide(value as Record<string, unknown>, GUIDE_SCHEMA_VERSION, migrations);
    if (!migrated.ok) return migrated;
    const parsed = GuideStateSchema.safeParse(migrated.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.map(String).join('.') || 'guide';
      const reason = `The stored guide does not fit: ${where}: ${issue?.message ?? 'invalid'}`;
      return { ok: false, reason: reason.slice(0, TEXT_LIMIT) };
    }
    return migrated.from === GUIDE_SCHEMA_VERSION
      ? { ok: true, guide: parsed.data }
      : { ok: true, guide: parsed.data, migratedFrom: migrated.from };
  } catch {
    return { ok: false, reason: 'The stored guide could not be read.' };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * zod drops a `__proto__` key inside records instead of rejecting it, and a stored guide never has one legitimately,
 * so it is refused here. Real guides are 3 levels deep; anything much deeper is corrupt and not worth walking.
 */
function findSuspiciousShape(value: unknown, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > 6) return 'The stored guide is nested deeper than any guide.';
  if (Object.hasOwn(value, '__proto__')) return 'The stored guide carries a __proto__ key.';
  for (const child of Object.values(value)) {
    const found = findSuspiciousShape(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}
