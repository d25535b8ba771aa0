import type { ComponentChildren } from 'preact';
import type { GuideState } from '../../lib/guide/guide-state';
import { getStep } from '../../lib/guide/steps';
import { t } from '../../lib/i18n';
import { stepText } from '../text/step-text';
import { stripeErrorDescription } from '../text/history-text';
import { diagnoseOutcome } from '../../lib/diagnosis/from-outcome';
import { DiagnosisCard } from '../shared/DiagnosisCard';
import { AccountCheck } from './AccountCheck';
import { StripeTabsNote } from './StripeTabsNote';

interface Props {
  guide: GuideState;
  onShowMe(): void;
  onCheckInStripe(): void;
  /** Shown last in the card: the way to teach the extension what this step could not find. */
  children?: ComponentChildren;
}

/** The step the agent is on: one sentence of what to do, the article's details, and the panels that step needs. */
export function CurrentStep({ guide, onShowMe, onCheckInStripe, children }: Props) {
  const step = getStep(guide.stepId);
  const words = stepText(guide.stepId);
  const diagnosis = guide.stepId === 'troubleshoot' ? diagnoseOutcome(guide) : undefined;
  const showAccount = ['choose-edit', 'connect-with-stripe', 'stripe-login', 'choose-account', 'confirm-connect', 'troubleshoot'].includes(guide.stepId);
  return (
    <section class="current" aria-labelledby="current-title" data-testid="current-step" data-step={guide.stepId}>
      <h2 id="current-title" tabIndex={-1}>
        {words.title}
      </h2>
      <p class="instruction">{words.instruction}</p>
      {words.detail.length > 0 && (
        <ul class="detail">
          {words.detail.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {guide.stepId === 'before-you-begin' && <StripeTabsNote guide={guide} />}
      {diagnosis && <DiagnosisCard entry={diagnosis} headingLevel={3} />}
      {guide.stepId === 'troubleshoot' && !diagnosis && guide.stripeError && (
        <p class="callout danger">
          {t('sidepanel.stripeSaid', { error: guide.stripeError.error, description: stripeErrorDescription(guide.stripeError.description) })}
        </p>
      )}
      {showAccount && <AccountCheck guide={guide} onCheckInStripe={onCheckInStripe} />}
      {step.target && guide.status === 'active' && (
        <button type="button" onClick={onShowMe} data-testid="show-me">
          {t('sidepanel.showMe')}
        </button>
      )}
      {children}
    </section>
  );
}
