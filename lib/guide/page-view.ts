/**
 * The slice of a guide a content script may see: enough to draw the step's overlay, nothing of the history, keys or
 * account ids. Validated on receipt like any message.
 */
import { z } from 'zod';
import type { GuideState } from './guide-state';
import { describeProgress } from './progress';
import { getStep } from './steps';

export const PageViewSchema = z.strictObject({
  guideId: z.string().max(100),
  stepId: z.string().max(40),
  stepLabel: z.string().max(40),
  title: z.string().max(120),
  instruction: z.string().max(300),
  site: z.enum(['kartra-app', 'stripe-connect', 'stripe-dashboard']).optional(),
  target: z.string().max(40).optional(),
  warning: z.string().max(500).optional(),
  /** Bumped by "Show me" in the side panel: show the overlay again even if the agent hid it. */
  showMeAt: z.number(),
});
export type PageView = z.infer<typeof PageViewSchema>;

export function toPageView(guide: GuideState, showMeAt: number): PageView {
  const step = getStep(guide.stepId);
  const progress = describeProgress(guide);
  return {
    guideId: guide.id,
    stepId: guide.stepId,
    stepLabel: `Step ${progress.index} of ${progress.total}`,
    title: step.title,
    instruction: step.instruction,
    site: step.site,
    target: step.target,
    warning: guide.warning?.message,
    showMeAt,
  };
}
