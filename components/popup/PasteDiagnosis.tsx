import { useState } from 'preact/hooks';
import { diagnoseFromText } from '../../lib/diagnosis/catalogue';
import { t } from '../../lib/i18n';
import { DiagnosisCard } from '../shared/DiagnosisCard';
import { diagnosisTitle } from '../text/diagnosis';

/** "What does this error mean?": the agent pastes what Kartra or Stripe showed and gets the catalogue entry. */
export function PasteDiagnosis() {
  const [text, setText] = useState('');
  const diagnosis = text.trim() ? diagnoseFromText(text) : undefined;
  return (
    <details class="paste-diagnosis">
      <summary>{t('popup.diagnoseSummary')}</summary>
      <label for="error-text">{t('popup.pasteLabel')}</label>
      <textarea id="error-text" rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} data-testid="error-text" />
      <div role="status" aria-live="polite">
        {diagnosis?.status === 'found' && <DiagnosisCard entry={diagnosis.entry} headingLevel={3} />}
        {diagnosis?.status === 'ambiguous' && (
          <p class="callout warn">
            {t('popup.pasteAmbiguous', { titles: diagnosis.entries.map((e) => t('popup.quotedTitle', { title: diagnosisTitle(e) })).join(', ') })}
          </p>
        )}
        {diagnosis?.status === 'none' && <p class="muted">{t('popup.pasteUnknown')}</p>}
      </div>
    </details>
  );
}
