import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { replyErrorText } from '../text/reply-error';
import { sendToBackground } from '../../lib/messaging';
import type { ProfileSite } from '../../lib/protocol-values';

/** "Reset to built-in profile" (or to the team's, when a policy sets one), asked twice: removing an override cannot be
 *  undone from here. */
export function ResetOverride({
  site,
  savedWhen,
  onTeam,
  onReset,
}: {
  site: ProfileSite;
  savedWhen: string;
  onTeam: boolean;
  onReset(ok: boolean, error?: string): void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: onto "Yes" when asked, back to the first button when cancelled.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const reset = async () => {
    setBusy(true);
    const reply = await sendToBackground({ type: 'profile/clear-override', site });
    setBusy(false);
    setConfirming(false);
    onReset(reply.ok, reply.ok ? undefined : replyErrorText(reply.error));
  };

  if (!confirming) {
    return (
      <button type="button" ref={startRef} onClick={() => setConfirming(true)} data-testid="profile-reset">
        {onTeam ? t('options.layers.resetToTeam') : t('options.reset')}
      </button>
    );
  }
  return (
    <div
      class="callout warn"
      role="group"
      aria-labelledby={`${site}-reset-question`}
      onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}
    >
      <p id={`${site}-reset-question`}>{onTeam ? t('options.layers.resetQuestionTeam', { when: savedWhen }) : t('options.resetQuestion', { when: savedWhen })}</p>
      <div class="actions">
        <button type="button" class="primary" ref={confirmRef} onClick={reset} aria-disabled={busy} data-testid="profile-reset-confirm">
          {t('options.resetConfirm')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('options.cancel')}
        </button>
      </div>
    </div>
  );
}
