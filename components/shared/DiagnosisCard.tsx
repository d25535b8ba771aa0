import type { CatalogueEntry } from '../../lib/diagnosis/catalogue';

/** One diagnosed error: what happened, why, and the fix as numbered steps. Page-derived text is rendered as text. */
export function DiagnosisCard({ entry, headingLevel = 2 }: { entry: CatalogueEntry; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="callout danger diagnosis" aria-label={`Diagnosis: ${entry.title}`} data-testid="diagnosis" data-diagnosis={entry.id}>
      <Heading>“{entry.title}”</Heading>
      <p>
        <strong>What happened: </strong>
        {entry.whatHappened}
      </p>
      <p>
        <strong>Why: </strong>
        {entry.why}
      </p>
      <p>
        <strong>Fix:</strong>
      </p>
      <ol>
        {entry.fix.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
