/**
 * How the values stored with a code read inside a sentence. A value that came from a page is only ever filled in,
 * never read as a sentence; a missing one reads as a fallback word, never as "{name}".
 */
import type { MessageParams } from '../../lib/guide/guide-state';
import { KARTRA_OUTCOMES, isKartraFailure, kartraMessageFor, type KartraOutcome } from '../../lib/kartra/outcomes';
import { t } from '../../lib/i18n';

/** Values as text; a missing one reads as empty rather than as "{name}". */
export const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

export const integrationOf = (p: MessageParams) => text(p.integration) || 'Stripe';
export const nameOr = (p: MessageParams, fallback: () => string) => text(p.name) || fallback();

/** Kartra's words for an outcome code, as Kartra writes them; an unknown code reads as "a result". */
export function kartraText(outcome: string | number | undefined): string {
  const known = typeof outcome === 'string' && (KARTRA_OUTCOMES as readonly string[]).includes(outcome);
  return known && isKartraFailure(outcome as KartraOutcome) ? kartraMessageFor(outcome as Parameters<typeof kartraMessageFor>[0]) : t('guide.aResult');
}
