import type { GuideState } from '../../lib/guide/guide-state';
import { reconnectTileOf } from '../../lib/health/reconnect-tile';
import { describeProgress } from '../../lib/guide/progress';
import { t } from '../../lib/i18n';
import { stepTitle } from '../text/step-text';
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
        <p class="callout danger">{t('sidepanel.start.needsAttention')}</p>
      ) : health?.report.stripeAmbiguous ? (
        <p class="callout warn" data-testid="stripe-ambiguous">
          {t('sidepanel.start.ambiguous')}
        </p>
      ) : health?.report.onIntegrationsPage ? (
        <p class="callout">{t('sidepanel.start.noneNeedsAttention')}</p>
      ) : (
        <p class="muted">{t('sidepanel.start.openIntegrations')}</p>
      )}
      {resumable && resumable.status !== 'done' && (
        <div class="callout" data-testid="resume-offer">
          <p>
            {t('sidepanel.start.resumeOffer', {
              time: clockTime(resumable.startedAt),
              index: describeProgress(resumable).index,
              title: stepTitle(resumable.stepId),
            })}
          </p>
          <button type="button" class="primary" onClick={onResume} data-testid="resume-guide">
            {t('sidepanel.start.resume')}
          </button>
        </div>
      )}
      <button type="button" class={resumable ? '' : 'primary'} onClick={onStart} data-testid="start-guide">
        {hadGuide ? t('sidepanel.startOver') : resumable ? t('sidepanel.start.startNewInstead') : t('sidepanel.start.start')}
      </button>
    </section>
  );
}
