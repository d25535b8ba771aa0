/**
 * Shows the guide's current step on this page: a spotlight on the step's element with its one-sentence instruction.
 * Hidden for steps that belong to another site, re-shown when the step changes or the agent presses "Show me".
 */
import type { PageView } from '../guide/page-view-shape';
import { stepOf, stepText } from '../../components/text/step-text';
import { warningText } from '../../components/text/warning-text';
import type { AnchoredOverlay } from './anchored-overlay';
import { sendToBackground } from '../messaging';
import { teachTargetOfStep } from '../teach/teach-targets';
import type { StepTarget } from '../guide/steps';

const BESIDE_TARGETS = new Set(['stripe-account-picker', 'edit-menu-item']);

export interface StepOverlayOptions {
  site: 'kartra-app' | 'stripe-connect' | 'stripe-dashboard';
  findTarget(target: string): Element | undefined;
  /** Targets with nothing to do on this page right now (e.g. "go to Integrations" while already there). */
  skipTarget?(target: string): boolean;
}

export function createStepOverlay(overlay: AnchoredOverlay, options: StepOverlayOptions) {
  let view: PageView | undefined;
  let shownFor = '';

  const sync = () => {
    const wanted = view && view.site === options.site && view.target && !options.skipTarget?.(view.target) ? view : undefined;
    if (!wanted) {
      if (overlay.visible) overlay.hide();
      shownFor = '';
      return;
    }
    const key = `${wanted.guideId}|${wanted.stepId}|${wanted.showMeAt}`;
    const warning = wanted.warning ? warningText(wanted.warning) : undefined;
    if (key === shownFor) {
      overlay.update({ warning });
      return;
    }
    shownFor = key;
    const target = wanted.target!;
    const words = stepText(wanted.stepId);
    overlay.show({
      variant: 'spotlight',
      // Lists and menus: keep the other options under the target free to click.
      placement: BESIDE_TARGETS.has(target) ? 'beside' : 'below',
      stepLabel: stepOf(wanted.stepIndex, wanted.stepCount),
      title: words.title,
      instruction: words.instruction,
      warning,
      find: () => options.findTarget(target),
      // "I can't find this on the page": the agent can show it, and the extension learns to find it.
      ...teachOption(target),
    });
  };

  const teachOption = (target: string) => {
    const teach = teachTargetOfStep(target as StepTarget);
    return teach ? { teachable: true, onTeach: () => void sendToBackground({ type: 'teach/start-here', target: teach }) } : {};
  };

  return {
    setView(next: PageView | undefined) {
      view = next;
      sync();
    },
    /** The page changed: a skipped step may now need showing (or the reverse). */
    refresh() {
      sync();
    },
  };
}
