import type { GuideState } from '../../lib/guide/guide-state';
import { MAIN_PATH } from '../../lib/guide/steps';
import { t } from '../../lib/i18n';
import { stepTitle } from '../text/step-text';
import { clockTimeWithSeconds } from './clock-time';

/** Every step of the article with what is done (and when), what is current, and what is still ahead. */
export function StepList({ guide }: { guide: GuideState }) {
  return (
    <ol class="steps" aria-label={t('sidepanel.allSteps')}>
      {MAIN_PATH.map((id, index) => {
        const doneAt = guide.completed[id];
        const current = guide.stepId === id || (guide.stepId === 'troubleshoot' && guide.retryFrom === id);
        const state = current ? 'current' : doneAt !== undefined ? 'done' : 'todo';
        return (
          <li key={id} class={`step ${state}`} data-step={id} data-state={state} aria-current={current ? 'step' : undefined}>
            <span class="marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span class="label">{stepTitle(id)}</span>
            {doneAt !== undefined && (
              <time class="muted" dateTime={new Date(doneAt).toISOString()}>
                {clockTimeWithSeconds(doneAt)}
              </time>
            )}
            <span class="sr-only">{state === 'done' ? t('sidepanel.stepDone') : state === 'current' ? t('sidepanel.stepCurrent') : ''}</span>
          </li>
        );
      })}
    </ol>
  );
}
