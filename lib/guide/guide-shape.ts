/**
 * The stored guide checked by hand, for the extension pages: the side panel paints its first screen from storage and
 * must not wait for zod to load. It accepts exactly what GuideStateSchema (guide-state.ts) accepts; the background
 * keeps reading with zod, and test/unit/guide/guide-shape.test.ts holds the two to each other.
 */
import { KARTRA_OUTCOMES } from '../protocol-values';
import type { GuideState, StoredGuideResult } from './guide-state';
import {
  ACCOUNT_VERDICTS,
  EVENT_CODES,
  GUIDE_SCHEMA_VERSION,
  GUIDE_STATUSES,
  HISTORY_LIMIT,
  HISTORY_SOURCES,
  TAB_ID_MAX,
  TAB_LIMIT,
  TEXT_LIMIT,
} from './guide-values';
import { isGuideWarning, isMessageParams } from './message-shape';
import { prepareStoredGuide } from './stored-guide-input';
import { STEP_IDS } from './steps';
import { arrayOf, isIntegerIn, isNumberIn, isStrictObject, objectOf, oneOf, optional, partialRecordOf, text, type Check } from '../shape-checks';

const timestamp: Check = (value) => isNumberIn(value, 0);
const tabId: Check = (value) => isIntegerIn(value, 0, TAB_ID_MAX);
const isStepId = oneOf(STEP_IDS);
const params = optional(isMessageParams);

/** The fields of GuideStateSchema, in its order; the test checks that both name the same keys. */
export const GUIDE_FIELDS: Readonly<Record<string, Check>> = {
  schemaVersion: (value) => value === GUIDE_SCHEMA_VERSION,
  id: text(100, 1),
  integration: text(80, 1),
  tabId,
  tabIds: arrayOf(tabId, TAB_LIMIT, 1),
  stepId: isStepId,
  completed: partialRecordOf(STEP_IDS, timestamp),
  history: arrayOf(
    objectOf({ at: timestamp, stepId: isStepId, event: oneOf(EVENT_CODES), params, warning: optional(isGuideWarning), source: oneOf(HISTORY_SOURCES) }),
    HISTORY_LIMIT,
  ),
  originalKey: optional(text(255)),
  originalAccountName: optional(text(120)),
  newerKey: optional(text(255)),
  candidate: optional(objectOf({ name: text(120), accountId: optional(text(64)), verdict: optional(oneOf(ACCOUNT_VERDICTS)) })),
  outcome: optional(oneOf(KARTRA_OUTCOMES)),
  stripeError: optional(objectOf({ error: text(80), description: text(TEXT_LIMIT) })),
  warning: optional(isGuideWarning),
  retryFrom: optional(isStepId),
  dashboard: optional(
    objectOf({ tabId, at: timestamp, accountId: optional(text(64)), accountName: optional(text(120)), publishableKey: optional(text(255)) }),
  ),
  status: oneOf(GUIDE_STATUSES),
  startedAt: timestamp,
  updatedAt: timestamp,
};

export function isGuideState(value: unknown): value is GuideState {
  return isStrictObject(value, GUIDE_FIELDS) && (value.tabIds as number[]).includes(value.tabId as number);
}

/**
 * parseStoredGuide without zod: the same guides are accepted, a dropped one with a plainer reason. An accepted guide
 * comes back as stored rather than copied (zod copies). Never throws.
 */
export function checkStoredGuide(raw: unknown): StoredGuideResult {
  try {
    const prepared = prepareStoredGuide(raw);
    if (!prepared.ok) return prepared;
    if (!isGuideState(prepared.value)) return { ok: false, reason: 'The stored guide does not fit the guide’s shape.' };
    return prepared.from === GUIDE_SCHEMA_VERSION ? { ok: true, guide: prepared.value } : { ok: true, guide: prepared.value, migratedFrom: prepared.from };
  } catch {
    return { ok: false, reason: 'The stored guide could not be read.' };
  }
}
