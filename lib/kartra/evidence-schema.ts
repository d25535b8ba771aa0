/**
 * zod schemas of evidence-detail.ts's codes and values, for the messages that carry them (lib/protocol.ts,
 * serialize-report.ts): strict objects and every string capped (clipDetailTexts clips to the same cap), so a
 * compromised content script cannot send more.
 */
import { z } from 'zod';
import { MAX_DETAIL_TEXT, type Decision, type EvidenceDetail } from './evidence-detail.ts';

const value = z.string().max(MAX_DETAIL_TEXT);
const status = z.enum(['needs-attention', 'connected', 'not-configured']);

const ElementPlaceSchema = z.discriminatedUnion('on', [z.strictObject({ on: z.literal('tile') }), z.strictObject({ on: z.literal('inside'), tag: value })]);
const GeneratedPlaceSchema = z.strictObject({ pseudo: z.enum(['::before', '::after']), tag: value });
const ColourPlaceSchema = z.discriminatedUnion('on', [
  z.strictObject({ on: z.literal('tile') }),
  z.strictObject({
    on: z.literal('probe'),
    tag: value,
    small: z.boolean(),
    round: z.boolean(),
    label: z.strictObject({ attribute: value, value }).optional(),
  }),
  z.strictObject({ on: z.literal('generated'), pseudo: z.enum(['::before', '::after']), tag: value }),
]);

export const EvidenceDetailSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.enum(['text', 'icon-title', 'icon-glyph']), text: value }),
  z.strictObject({ code: z.literal('symbol'), symbol: value, in: GeneratedPlaceSchema.optional() }),
  z.strictObject({ code: z.literal('generated-text'), text: value, in: GeneratedPlaceSchema }),
  z.strictObject({ code: z.literal('colour'), colour: z.enum(['red', 'green', 'grey']), property: value, value, at: ColourPlaceSchema }),
  z.strictObject({ code: z.literal('class-token'), token: value, at: ElementPlaceSchema }),
  z.strictObject({ code: z.literal('icon-class'), token: value, tag: value }),
  z.strictObject({ code: z.literal('label'), attribute: value, value, at: ElementPlaceSchema }),
  z.strictObject({ code: z.literal('data-status'), attribute: value, value, tag: value }),
  z.strictObject({ code: z.enum(['icon-reference', 'image']), name: value }),
  z.strictObject({ code: z.literal('action-label'), tag: value, text: value }),
  z.strictObject({ code: z.literal('banner'), integration: value, text: value }),
]);

const StatusEvidenceSchema = z.strictObject({ status, strongest: EvidenceDetailSchema.optional() });

export const DecisionSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('no-evidence') }),
  z.strictObject({ code: z.literal('weak-evidence'), strongest: EvidenceDetailSchema.optional() }),
  z.strictObject({ code: z.literal('conflict'), leader: StatusEvidenceSchema, runnerUp: StatusEvidenceSchema }),
  z.strictObject({
    code: z.literal('evidence'),
    strongest: EvidenceDetailSchema.optional(),
    alsoAgreeing: z.number().int().min(0).max(1_000),
    outweighs: StatusEvidenceSchema.optional(),
  }),
]);

// The schemas describe exactly the types the detector builds: a change to one without the other fails tsc here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agreeDetail: Same<z.infer<typeof EvidenceDetailSchema>, EvidenceDetail> = true;
const agreeDecision: Same<z.infer<typeof DecisionSchema>, Decision> = true;
void agreeDetail;
void agreeDecision;
