/**
 * The messageable form of an IntegrationsReport: no element references, every page-derived string clipped, and a zod
 * schema the receiving side can parse it with. Page text stays data: the side panel renders it as text, never HTML.
 */
import { z } from 'zod';
import type { DetectedIntegration, DetectionWarning, IntegrationsReport } from './detect-integrations.ts';
import { clipText } from '../dom/text.ts';
import { clipDetailTexts } from './evidence-detail.ts';
import { DecisionSchema, EvidenceDetailSchema } from './evidence-schema.ts';
import { KARTRA_OUTCOMES } from './outcomes.ts';

/** Display caps for page-derived strings. */
export const SERIAL_LIMITS = {
  name: 80,
  category: 40,
  bannerText: 300,
  outcomeText: 300,
  warning: 300,
  evidencePerTile: 12,
  warnings: 20,
  integrations: 10_000,
} as const;

const Status = z.enum(['needs-attention', 'connected', 'not-configured', 'unknown']);
const Points = z.enum(['needs-attention', 'connected', 'not-configured']);

const SerializableEvidenceSchema = z.strictObject({
  kind: z.enum(['colour', 'class', 'text', 'aria', 'icon', 'banner']),
  detail: EvidenceDetailSchema,
  points: Points,
  weight: z.number().min(0).max(10),
});

const count = z.number().int().min(0);
const WarningSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('page-truncated'), maxNodes: count }),
  z.strictObject({ code: z.literal('too-many-tiles'), maxTiles: count }),
  z.strictObject({ code: z.literal('several-stripe-tiles'), count, needsAttention: z.string().max(SERIAL_LIMITS.name).optional() }),
  z.strictObject({ code: z.literal('several-outcomes'), outcomes: z.array(z.enum(KARTRA_OUTCOMES)).max(KARTRA_OUTCOMES.length) }),
  z.strictObject({ code: z.literal('failed'), error: z.string().max(SERIAL_LIMITS.warning) }),
]);

const SerializableIntegrationSchema = z.strictObject({
  name: z.string().max(SERIAL_LIMITS.name),
  integration: z.string().max(SERIAL_LIMITS.name).optional(),
  category: z.string().max(SERIAL_LIMITS.category).optional(),
  status: Status,
  confidence: z.number().min(0).max(1),
  evidence: z.array(SerializableEvidenceSchema).max(SERIAL_LIMITS.evidencePerTile),
  decidedBy: DecisionSchema,
  isStripe: z.boolean(),
  inRepeatedList: z.boolean(),
  /** Position in `integrations`, so a later message can say "highlight tile 3". */
  index: z.number().int().min(0),
});

/** zod schema of toSerializable's output, for the messaging protocol. */
export const SerializableIntegrationsReportSchema = z.strictObject({
  integrations: z.array(SerializableIntegrationSchema).max(SERIAL_LIMITS.integrations),
  needsAttentionCount: z.number().int().min(0),
  stripe: z
    .discriminatedUnion('ambiguous', [
      z.strictObject({ ambiguous: z.literal(false), index: z.number().int().min(0) }),
      z.strictObject({
        ambiguous: z.literal(true),
        indexes: z.array(z.number().int().min(0)).max(SERIAL_LIMITS.integrations),
        needsAttentionIndex: z.number().int().min(0).optional(),
      }),
    ])
    .optional(),
  banner: z.strictObject({ text: z.string().max(SERIAL_LIMITS.bannerText), mentionsStripe: z.boolean() }).optional(),
  outcome: z.enum(KARTRA_OUTCOMES).optional(),
  outcomeText: z.string().max(SERIAL_LIMITS.outcomeText).optional(),
  warnings: z.array(WarningSchema).max(SERIAL_LIMITS.warnings),
  nodeCount: z.number().int().min(0),
  durationMs: z.number().min(0),
});

export type SerializableIntegration = z.infer<typeof SerializableIntegrationSchema>;
export type SerializableIntegrationsReport = z.infer<typeof SerializableIntegrationsReportSchema>;

/** Strip element references and clip strings so the report can cross a message boundary. Never throws. */
export function toSerializable(report: IntegrationsReport): SerializableIntegrationsReport {
  const list = report.integrations.slice(0, SERIAL_LIMITS.integrations);
  const indexOf = new Map<DetectedIntegration, number>(list.map((i, n) => [i, n]));
  const out: SerializableIntegrationsReport = {
    integrations: list.map((i, index) => serializeIntegration(i, index)),
    needsAttentionCount: clampCount(report.needsAttentionCount),
    warnings: report.warnings.slice(0, SERIAL_LIMITS.warnings).map(serializeWarning),
    nodeCount: clampCount(report.nodeCount),
    durationMs: Number.isFinite(report.durationMs) && report.durationMs > 0 ? report.durationMs : 0,
  };
  if (report.stripe) {
    if (report.stripe.ambiguous) {
      const indexes = report.stripe.tiles.map((t) => indexOf.get(t)).filter((n): n is number => n !== undefined);
      const needsAttentionIndex = report.stripe.needsAttention ? indexOf.get(report.stripe.needsAttention) : undefined;
      out.stripe = needsAttentionIndex === undefined ? { ambiguous: true, indexes } : { ambiguous: true, indexes, needsAttentionIndex };
    } else {
      const index = indexOf.get(report.stripe.tile);
      if (index !== undefined) out.stripe = { ambiguous: false, index };
    }
  }
  if (report.banner) out.banner = { text: clipText(report.banner.text, SERIAL_LIMITS.bannerText), mentionsStripe: report.banner.mentionsStripe === true };
  if (report.outcome) out.outcome = report.outcome;
  if (report.outcomeText) out.outcomeText = clipText(report.outcomeText, SERIAL_LIMITS.outcomeText);
  return out;
}

function serializeIntegration(i: DetectedIntegration, index: number): SerializableIntegration {
  const out: SerializableIntegration = {
    name: clipText(i.name, SERIAL_LIMITS.name),
    status: i.status,
    confidence: Number.isFinite(i.confidence) ? Math.min(1, Math.max(0, i.confidence)) : 0,
    evidence: i.evidence.slice(0, SERIAL_LIMITS.evidencePerTile).map((e) => ({
      kind: e.kind,
      detail: clipDetailTexts(e.detail),
      points: e.points,
      weight: Number.isFinite(e.weight) ? Math.min(10, Math.max(0, e.weight)) : 0,
    })),
    decidedBy: clipDetailTexts(i.decidedBy),
    isStripe: i.isStripe === true,
    inRepeatedList: i.inRepeatedList === true,
    index,
  };
  if (i.integration) out.integration = clipText(i.integration, SERIAL_LIMITS.name);
  if (i.category) out.category = clipText(i.category, SERIAL_LIMITS.category);
  return out;
}

function serializeWarning(warning: DetectionWarning): DetectionWarning {
  switch (warning.code) {
    case 'page-truncated':
      return { code: warning.code, maxNodes: clampCount(warning.maxNodes) };
    case 'too-many-tiles':
      return { code: warning.code, maxTiles: clampCount(warning.maxTiles) };
    case 'several-stripe-tiles':
      return {
        code: warning.code,
        count: clampCount(warning.count),
        ...(warning.needsAttention === undefined ? {} : { needsAttention: clipText(String(warning.needsAttention), SERIAL_LIMITS.name) }),
      };
    case 'several-outcomes':
      return { code: warning.code, outcomes: warning.outcomes.filter((o) => KARTRA_OUTCOMES.includes(o)).slice(0, KARTRA_OUTCOMES.length) };
    // A caller's unknown code is kept as a failure: the report still says something went wrong.
    default:
      return { code: 'failed', error: clipText(String((warning as { error?: unknown }).error ?? ''), SERIAL_LIMITS.warning) };
  }
}

function clampCount(n: number): number {
  return Number.isInteger(n) && n > 0 ? n : 0;
}
