/**
 * What the background tells a content script about its tab's guide. Checked by hand rather than with zod because it
 * is read in content scripts, whose size budget zod alone would blow; the sender is our own background anyway.
 */
export interface PageView {
  guideId: string;
  stepId: string;
  stepLabel: string;
  title: string;
  instruction: string;
  site?: 'kartra-app' | 'stripe-connect' | 'stripe-dashboard';
  target?: string;
  warning?: string;
  /** Bumped by "Show me" in the side panel: show the overlay again even if the agent hid it. */
  showMeAt: number;
}

const SITES = new Set(['kartra-app', 'stripe-connect', 'stripe-dashboard']);
const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isOptionalText = (value: unknown, max: number) => value === undefined || isText(value, max);

export function isPageView(value: unknown): value is PageView {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    isText(v.guideId, 100) &&
    isText(v.stepId, 40) &&
    isText(v.stepLabel, 40) &&
    isText(v.title, 120) &&
    isText(v.instruction, 300) &&
    (v.site === undefined || SITES.has(v.site as string)) &&
    isOptionalText(v.target, 40) &&
    isOptionalText(v.warning, 500) &&
    typeof v.showMeAt === 'number' &&
    Number.isFinite(v.showMeAt)
  );
}
