/**
 * Our English sentences that a Spanish screen must not show: every fixed part (between {parts}) of at least 12
 * characters of every English message whose Spanish differs. Site labels quoted in both languages ("Connect with
 * Stripe") are in the Spanish too, so they are not counted.
 */
import { parseLocale } from '../unit/support/locale-messages.ts';

function texts(message: ReturnType<typeof parseLocale>[number]): string[] {
  return message.type === 'plural' ? Object.values(message.plurals) : [message.message];
}

export function englishOnlyFragments(locale: string): string[] {
  const translated = parseLocale(locale).flatMap(texts).join('\n');
  const fragments = parseLocale('en')
    .filter((message) => !message.key[0]!.startsWith('@@'))
    .flatMap(texts)
    .flatMap((text) => text.split(/\{\w+\}|\$\d/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 12 && !translated.includes(fragment));
  return [...new Set(fragments)];
}

/**
 * The English fragments found in `shown` (a page's visible text). What Spanish text quotes «like this» is the page's
 * own words (a tile's status text, an account name), shown as seen: it is left out.
 */
export function englishIn(shown: string, fragments: readonly string[]): string[] {
  const ours = shown.replace(/«[^»]*»/g, '«»');
  return fragments.filter((fragment) => ours.includes(fragment));
}
