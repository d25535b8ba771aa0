/**
 * Warnings and their values checked by hand, for the readers that must not load zod (the extension pages' first paint
 * and the content scripts). Accepts exactly what MessageParamsSchema and GuideWarningSchema (guide-state.ts) accept.
 */
import { PARAM_NAMES, TEXT_LIMIT, WARNING_CODES } from './guide-values';
import { isNumberIn, isText, objectOf, oneOf, optional, partialRecordOf, type Check } from '../shape-checks';

export const isMessageParams: Check = partialRecordOf(PARAM_NAMES, (value) => isText(value, TEXT_LIMIT) || isNumberIn(value));

export const isGuideWarning: Check = objectOf({ code: oneOf(WARNING_CODES), params: optional(isMessageParams) });
