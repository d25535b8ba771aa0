/**
 * What the background tells a content script about its tab's guide: codes and numbers, worded by the overlay. Checked
 * by hand rather than with zod because it is read in content scripts, whose size budget zod alone would blow; the
 * sender is our own background anyway.
 */
import type { GuideWarning } from './guide-state';
import { isGuideWarning } from './message-shape';
import { STEP_IDS, STEP_SITES, STEP_TARGETS, type StepId, type StepSite, type StepTarget } from './steps';
import { isIntegerIn, oneOf } from '../shape-checks';

export interface PageView {
  guideId: string;
  stepId: StepId;
  /** The step's place on the main path, 1-based, and the path's length: "Step 3 of 11". */
  stepIndex: number;
  stepCount: number;
  site?: StepSite;
  target?: StepTarget;
  warning?: GuideWarning;
  /** Bumped by "Show me" in the side panel: show the overlay again even if the agent hid it. */
  showMeAt: number;
}

const isStepId = oneOf(STEP_IDS);
const isSite = oneOf<StepSite>(STEP_SITES);
const isTarget = oneOf<StepTarget>(STEP_TARGETS);

export function isPageView(value: unknown): value is PageView {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.guideId === 'string' &&
    v.guideId.length <= 100 &&
    isStepId(v.stepId) &&
    isIntegerIn(v.stepIndex, 1, 100) &&
    isIntegerIn(v.stepCount, 1, 100) &&
    (v.site === undefined || isSite(v.site)) &&
    (v.target === undefined || isTarget(v.target)) &&
    (v.warning === undefined || isGuideWarning(v.warning)) &&
    typeof v.showMeAt === 'number' &&
    Number.isFinite(v.showMeAt)
  );
}
