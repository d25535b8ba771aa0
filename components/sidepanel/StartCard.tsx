import type { GuideState } from '../../lib/guide/guide-state';
import { reconnectTileOf } from '../../lib/health/reconnect-tile';
import { describeProgress } from '../../lib/guide/progress';
import { getStep } from '../../lib/guide/steps';
import type { TabHealth } from '../../lib/storage';
import { clockTime } from './clock-time';

interface Props {
  health: TabHealth | undefined;
  /** This tab already had a guide (closed by the agent): starting again means starting over in it. */
  hadGuide: boolean;
  /** A guide the agent can pick up again: this tab's closed one, or one whose tabs are gone (browser restarted). */
  resumable: GuideState | undefined;
  onStart(): void;
  onResume(): void;
}

/** No guide running for this tab: say what we see, and offer to start (or to resume where the agent left off). */
export function StartCard({ health, hadGuide, resumable, onStart, onResume }: Props) {
  const stripe = reconnectTileOf(health?.report);
  return (
    <section class="start" data-testid="start-card">
      {stripe?.status === 'needs-attention' ? (
        <p class="callout danger">The Stripe integration on this page needs attention.</p>
      ) : health?.report.stripeAmbiguous ? (
        <p class="callout warn" data-testid="stripe-ambiguous">
          Several tiles look like Stripe. Check the page yourself for the one to reconnect before you start.
        </p>
      ) : health?.report.onIntegrationsPage ? (
        <p class="callout">No Stripe integration needing attention is visible on this page.</p>
      ) : (
        <p class="muted">Open Kartra’s Settings › Integrations in this tab, or start the guide and it will take you there.</p>
      )}
      {resumable && resumable.status !== 'done' && (
        <div class="callout" data-testid="resume-offer">
          <p>
            A guide started at {clockTime(resumable.startedAt)} was left at step {describeProgress(resumable).index}: “
            {getStep(resumable.stepId).title}”.
          </p>
          <button type="button" class="primary" onClick={onResume} data-testid="resume-guide">
            Resume the reconnect guide
          </button>
        </div>
      )}
      <button type="button" class={resumable ? '' : 'primary'} onClick={onStart} data-testid="start-guide">
        {hadGuide ? 'Start over' : resumable ? 'Start a new guide instead' : 'Start the reconnect guide'}
      </button>
    </section>
  );
}
