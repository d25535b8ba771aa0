import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messaging';
import type { TeachTarget } from '../../lib/teach/teach-targets';
import { replyErrorText } from '../text/reply-error';
import { teachTargetLabel } from '../text/teach-text';

/** Where asking for the picker stands: asked, open in the page, or why not (the background's answer or a send error). */
type Progress = { state: 'idle' | 'opening' | 'opened' | 'not-our-site' | 'failed' } | { state: 'error'; error: string };

function progressText(progress: Progress): string {
  switch (progress.state) {
    case 'idle':
      return '';
    case 'opening':
      return t('teach.opening');
    case 'opened':
      return t('teach.openedInPage');
    case 'not-our-site':
      return t('teach.startNotOurSite');
    case 'failed':
      return t('teach.startFailed');
    case 'error':
      return t('teach.startError', { error: replyErrorText(progress.error) });
  }
}

/**
 * "Show the extension what it missed": opens teach mode's picker in `tabId` (the background injects it), on `target`
 * when the guide's step says what was missed. The picker then speaks in the page; `onOpened` lets the popup close.
 */
export function TeachPickerButton({ tabId, target, onOpened }: { tabId: number; target?: TeachTarget | undefined; onOpened?: () => void }) {
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const start = async () => {
    if (progress.state === 'opening') return;
    setProgress({ state: 'opening' });
    const reply = await sendToBackground({ type: 'teach/start', tabId, ...(target ? { target } : {}) });
    const next: Progress = reply.ok ? { state: reply.value } : { state: 'error', error: reply.error };
    setProgress(next);
    if (next.state === 'opened') onOpened?.();
  };
  const failed = progress.state === 'not-our-site' || progress.state === 'failed' || progress.state === 'error';
  return (
    <div class="teach-start" data-testid="teach-start">
      <button type="button" onClick={start} aria-disabled={progress.state === 'opening'} aria-describedby={target ? `teach-target-${tabId}` : undefined} data-testid="teach-open">
        {t('teach.pickerLabel')}
      </button>
      {target && (
        <p class="muted teach-target" id={`teach-target-${tabId}`}>
          {t('teach.pickerFor', { target: teachTargetLabel(target) })}
        </p>
      )}
      <p role="status" aria-live="polite" class={failed ? 'callout danger' : 'muted'} data-testid="teach-progress" data-state={progress.state}>
        {progressText(progress)}
      </p>
    </div>
  );
}
