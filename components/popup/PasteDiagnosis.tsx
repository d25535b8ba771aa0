import { useState } from 'preact/hooks';
import { diagnoseFromText } from '../../lib/diagnosis/catalogue';
import { DiagnosisCard } from '../shared/DiagnosisCard';
import { diagnosisTitle } from '../text/diagnosis';

/** "What does this error mean?": the agent pastes what Kartra or Stripe showed and gets the catalogue entry. */
export function PasteDiagnosis() {
  const [text, setText] = useState('');
  const diagnosis = text.trim() ? diagnoseFromText(text) : undefined;
  return (
    <details class="paste-diagnosis">
      <summary>Diagnose an error message</summary>
      <label for="error-text">Paste the message Kartra or Stripe showed</label>
      <textarea id="error-text" rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} data-testid="error-text" />
      <div role="status" aria-live="polite">
        {diagnosis?.status === 'found' && <DiagnosisCard entry={diagnosis.entry} headingLevel={3} />}
        {diagnosis?.status === 'ambiguous' && (
          <p class="callout warn">That text matches several errors ({diagnosis.entries.map((e) => `“${diagnosisTitle(e)}”`).join(', ')}). Paste only the message itself.</p>
        )}
        {diagnosis?.status === 'none' && <p class="muted">Not one of the known Kartra or Stripe connection errors.</p>}
      </div>
    </details>
  );
}
