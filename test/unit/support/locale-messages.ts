/**
 * The browser's i18n as the tests see it: locales/<lang>.yml turned into the messages.json the build ships (by
 * @wxt-dev/i18n's own converter), and getMessage as browsers implement it ($1…$9 filled in, $$ is a dollar, an
 * unknown name gives ""). Used by the fake browser and by the locale tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText, type ChromeMessage, type ParsedMessage } from '@wxt-dev/i18n/build';

// The tests run from the project root (vitest.config.ts); happy-dom's URL does not take file: URLs.
export const LOCALES_DIR = resolve('locales');

/** Every locale with a file in locales/, English first. */
export function availableLocales(): string[] {
  const found = readdirSync(LOCALES_DIR).filter((name) => name.endsWith('.yml')).map((name) => name.slice(0, -4));
  return found.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

export function parseLocale(locale: string): ParsedMessage[] {
  return parseMessagesText(readFileSync(join(LOCALES_DIR, `${locale}.yml`), 'utf8'), 'YAML');
}

export function loadChromeMessages(locale: string): Record<string, ChromeMessage> {
  return generateChromeMessages(parseLocale(locale));
}

export function chromeGetMessage(
  messages: Readonly<Record<string, ChromeMessage>>,
  name: string,
  substitutions: string | string[] | undefined,
  locale: string,
): string {
  if (name === '@@ui_locale') return locale;
  const message = Object.hasOwn(messages, name) ? messages[name]!.message : '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_match, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}
