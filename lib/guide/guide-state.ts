/**
 * The guide as it is stored: one zod schema, the types inferred from it, and the background's reader for whatever
 * storage hands back. Storage outlives releases and can be corrupted, so reading never throws: it migrates or says why
 * it cannot. Extension pages read guides with guide-shape.ts instead, which accepts exactly the same and needs no zod.
 */
import { z } from 'zod';
import { KartraOutcomeSchema } from '../protocol';
import {
  ACCOUNT_VERDICTS,
  EVENT_CODES,
  GUIDE_SCHEMA_VERSION,
  GUIDE_STATUSES,
  HISTORY_LIMIT,
  HISTORY_SOURCES,
  PARAM_NAMES,
  TAB_ID_MAX,
  TAB_LIMIT,
  TEXT_LIMIT,
  WARNING_CODES,
} from './guide-values';
import { GUIDE_MIGRATIONS, type GuideMigration } from './migrations';
import { prepareStoredGuide } from './stored-guide-input';
import { STEP_IDS } from './steps';

export { GUIDE_SCHEMA_VERSION, HISTORY_LIMIT, TAB_LIMIT, TEXT_LIMIT } from './guide-values';

const text = (max: number) => z.string().max(max);
const timestamp = z.number().min(0);
const tabId = z.number().int().min(0).max(TAB_ID_MAX);

export const StepIdSchema = z.enum(STEP_IDS);

/** How the selected Stripe account compares with the key Kartra used (computed outside the guide). */
export const AccountVerdictSchema = z.enum(ACCOUNT_VERDICTS);
export type AccountVerdict = z.infer<typeof AccountVerdictSchema>;

export const WarningCodeSchema = z.enum(WARNING_CODES);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

/** The values a code is worded with (guide-values.ts says which); the words are made where they are shown. */
export const MessageParamsSchema = z.partialRecord(z.enum(PARAM_NAMES), z.union([text(TEXT_LIMIT), z.number()]));
export type MessageParams = z.infer<typeof MessageParamsSchema>;

export const GuideWarningSchema = z.strictObject({ code: WarningCodeSchema, params: MessageParamsSchema.optional() });
export type GuideWarning = z.infer<typeof GuideWarningSchema>;

export const EventCodeSchema = z.enum(EVENT_CODES);
export type EventCode = z.infer<typeof EventCodeSchema>;

export const HistoryEntrySchema = z.strictObject({
  at: timestamp,
  /** The step the guide was on once this happened. */
  stepId: StepIdSchema,
  event: EventCodeSchema,
  params: MessageParamsSchema.optional(),
  /** The warning a `warning-raised` entry raised. */
  warning: GuideWarningSchema.optional(),
  source: z.enum(HISTORY_SOURCES),
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

export const GuideStatusSchema = z.enum(GUIDE_STATUSES);
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
    /** The name of the account that holds `originalKey`, as the agent's Stripe dashboard showed it (original-account.ts). */
    originalAccountName: text(120).optional(),
    /** A later reading of Kartra's window that differs from `originalKey`, kept until the agent chooses between them. */
    newerKey: text(255).optional(),
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
    const prepared = prepareStoredGuide(raw, migrations);
    if (!prepared.ok) return prepared;
    const parsed = GuideStateSchema.safeParse(prepared.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.map(String).join('.') || 'guide';
      const reason = `The stored guide does not fit: ${where}: ${issue?.message ?? 'invalid'}`;
      return { ok: false, reason: reason.slice(0, TEXT_LIMIT) };
    }
    return prepared.from === GUIDE_SCHEMA_VERSION
      ? { ok: true, guide: parsed.data }
      : { ok: true, guide: parsed.data, migratedFrom: prepared.from };
  } catch {
    return { ok: false, reason: 'The stored guide could not be read.' };
  }
}
