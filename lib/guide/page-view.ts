/**
 * The slice of a guide a content script may see: enough to draw the step's overlay, nothing of the history, keys or
 * account ids. Codes and values only: the overlay words them (components/text/guide-text.ts). Validated on receipt
 * like any message.
 */
import type { GuideState } from './guide-state';
import type { PageView } from './page-view-shape';
import { describeProgress } from './progress';
import { getStep } from './steps';

export type { PageView } from './page-view-shape';

export function toPageView(guide: GuideState, showMeAt: number): PageView {
  const step = getStep(guide.stepId);
  const progress = describeProgress(guide);
  return {
    guideId: guide.id,
    stepId: guide.stepId,
    stepIndex: progress.index,
    stepCount: progress.total,
    site: step.site,
    target: step.target,
    warning: guide.warning,
    showMeAt,
  };
}
