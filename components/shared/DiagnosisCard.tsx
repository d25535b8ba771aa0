import type { CatalogueEntry } from '../../lib/diagnosis/catalogue';
import { t } from '../../lib/i18n';
import { diagnosisText } from '../text/diagnosis';

/** One diagnosed error: what happened, why, and the fix as numbered steps. Page-derived text is rendered as text. */
export function DiagnosisCard({ entry, headingLevel = 2 }: { entry: CatalogueEntry; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const text = diagnosisText(entry);
  return (
    <section class="callout danger diagnosis" aria-label={t('diagnosis.cardLabel', { title: text.title })} data-testid="diagnosis" data-diagnosis={entry.id}>
      <Heading>{t('diagnosis.quotedTitle', { title: text.title })}</Heading>
      <p>
        <strong>{t('diagnosis.whatHappenedLabel')} </strong>
        {text.whatHappened}
      </p>
      <p>
        <strong>{t('diagnosis.whyLabel')} </strong>
        {text.why}
      </p>
      <p>
        <strong>{t('diagnosis.fixLabel')}</strong>
      </p>
      <ol>
        {text.fix.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
