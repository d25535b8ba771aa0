import type { GuideState } from '../../lib/guide/guide-state';
import { getStep } from '../../lib/guide/steps';
import { diagnoseOutcome } from '../../lib/diagnosis/from-outcome';
import { DiagnosisCard } from '../shared/DiagnosisCard';
import { AccountCheck } from './AccountCheck';
import { StripeTabsNote } from './StripeTabsNote';

interface Props {
  guide: GuideState;
  onShowMe(): void;
  onCheckInStripe(): void;
}

/** The step the agent is on: one sentence of what to do, the article's details, and the panels that step needs. */
export function CurrentStep({ guide, onShowMe, onCheckInStripe }: Props) {
  const step = getStep(guide.stepId);
  const diagnosis = guide.stepId === 'troubleshoot' ? diagnoseOutcome(guide) : undefined;
  const showAccount = ['choose-edit', 'connect-with-stripe', 'stripe-login', 'choose-account', 'confirm-connect', 'troubleshoot'].includes(guide.stepId);
  return (
    <section class="current" aria-labelledby="current-title" data-testid="current-step" data-step={guide.stepId}>
      <h2 id="current-title" tabIndex={-1}>
        {step.title}
      </h2>
      <p class="instruction">{step.instruction}</p>
      {step.detail && (
        <ul class="detail">
          {step.detail.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {guide.stepId === 'before-you-begin' && <StripeTabsNote guide={guide} />}
      {diagnosis && <DiagnosisCard entry={diagnosis} headingLevel={3} />}
      {guide.stepId === 'troubleshoot' && !diagnosis && guide.stripeError && (
        <p class="callout danger">
          Stripe said “{guide.stripeError.error}”: {guide.stripeError.description}
        </p>
      )}
      {showAccount && <AccountCheck guide={guide} onCheckInStripe={onCheckInStripe} />}
      {step.target && guide.status === 'active' && (
        <button type="button" onClick={onShowMe} data-testid="show-me">
          Show me on the page
        </button>
      )}
    </section>
  );
}
