/** Numbers for a progress bar. */
import type { GuideState } from './guide-state';
import { MAIN_PATH } from './steps';
import { findRetryStep } from './troubleshooting';

export interface Progress {
  /** 1-based position of the step shown, on the main path (troubleshooting counts as the step to retry). */
  index: number;
  total: number;
  /** 0 on the first step, 100 on the last or once done. */
  percent: number;
}

/** Where the guide stands. Troubleshooting is off the main path, so it shows the position of the step to retry. */
export function describeProgress(state: GuideState): Progress {
  const shown = state.stepId === 'troubleshoot' ? (state.retryFrom ?? findRetryStep(state)) : state.stepId;
  const position = Math.max(0, MAIN_PATH.indexOf(shown));
  const total = MAIN_PATH.length;
  const percent = state.status === 'done' ? 100 : Math.round((position / (total - 1)) * 100);
  return { index: position + 1, total, percent };
}
