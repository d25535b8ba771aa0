/**
 * The one way to words: `t(key, …)` looks a key of locales/en.yml up in the browser's language (the browser picks it,
 * falling back to English for a key a locale lacks). Keys are typed from en.yml, with their {named} parts and plural
 * counts, so a missing key or part is a type error. Page text goes in only as a part, never as a key.
 */
import { i18n } from '#i18n';

export const t = i18n.t;

/** The language the words are in, as a BCP 47 tag for `lang` attributes, dates and numbers ("es", "en-US"). */
export function uiLanguage(): string {
  return t('@@ui_locale').replace('_', '-') || 'en';
}
