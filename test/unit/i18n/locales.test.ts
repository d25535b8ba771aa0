/**
 * The message files hold together: every locale has every English key with the same {parts} and plural forms, no
 * message is empty, and every key is used somewhere in the code or the manifest (an unused key is text nobody sees
 * and nobody will keep up to date).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedMessage } from '@wxt-dev/i18n/build';
import { availableLocales, parseLocale } from '../support/locale-messages';

// The parser adds the browser's predefined messages (@@ui_locale and the like): those are not ours to write.
const byKey = (messages: ParsedMessage[]) =>
  new Map(messages.filter((message) => !message.key[0]!.startsWith('@@')).map((message) => [message.key.join('.'), message]));
const english = byKey(parseLocale('en'));
const others = availableLocales().filter((locale) => locale !== 'en');

function texts(message: ParsedMessage): string[] {
  if (message.type === 'plural') return Object.values(message.plurals);
  return [message.message];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('has Spanish next to English', () => {
    expect(availableLocales()).toEqual(['en', 'es']);
  });

  it('names every key with the letters a message name may have', () => {
    for (const key of english.keys()) expect(key, key).toMatch(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/);
  });

  it.each(['en', ...others])('%s: no message is empty or only spaces', (locale) => {
    for (const message of byKey(parseLocale(locale)).values()) {
      for (const text of texts(message)) expect(text.trim(), message.key.join('.')).not.toBe('');
    }
  });

  describe.each(others)('%s', (locale) => {
    const translated = byKey(parseLocale(locale));

    it('has exactly the English keys', () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('has the same {parts}, $ substitutions and plural forms as English, key by key', () => {
      for (const [key, source] of english) {
        const target = translated.get(key);
        if (!target) continue;
        expect({ type: target.type, named: [...target.namedSubstitutions].sort(), subs: target.substitutions }, key).toEqual({
          type: source.type,
          named: [...source.namedSubstitutions].sort(),
          subs: source.substitutions,
        });
        if (source.type === 'plural' && target.type === 'plural') {
          expect(Object.keys(target.plurals).sort(), key).toEqual(Object.keys(source.plurals).sort());
        }
      }
    });
  });

  it('uses every key: in a t() call of the code or as __MSG_key__ in the manifest', () => {
    const code = [...['lib', 'components', 'entrypoints'].flatMap(sourceFiles), 'wxt.config.ts']
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = [...english.keys()].filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key.replaceAll('.', '_')}__`));
    expect(unused).toEqual([]);
  });
});
