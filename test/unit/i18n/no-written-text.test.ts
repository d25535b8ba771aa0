/**
 * Words are written in locales/, not in code (find-written-text.ts says what counts). A file either has none, or is
 * one of the few whose strings are not ours to show: the site profiles hold what Kartra and Stripe write on their
 * pages (matched, never shown as our words), an old release's sentences are read back into codes by its migration,
 * diagnostic reasons are for developers, and the build plugins run in Node.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWrittenText } from './find-written-text';

// outcomes.ts is the table of Kartra's outcome messages, word for word, that the default site profile is built from;
// profile-change.ts writes the `why` of a taught Stripe rule, profile data for developers like the default profile's.
const SITE_WORDS = new Set(['lib/kartra/default-site-profile.ts', 'lib/stripe/default-stripe-profile.ts', 'lib/kartra/outcomes.ts', 'lib/teach/profile-change.ts']);
const OLD_RELEASE_WORDS = new Set(['lib/guide/migrate-v1.ts']);
/**
 * Reasons for developers and support, never shown to the agent: why a sender was refused (logged) and why a stored
 * guide was set aside (a diagnostic record; the side panel says only that something was set aside, in words).
 */
const DIAGNOSTIC_REASONS = new Set([
  'lib/trust.ts',
  'lib/guide/guide-shape.ts',
  'lib/guide/guide-state.ts',
  'lib/guide/migrations.ts',
  'lib/guide/stored-guide-input.ts',
  'lib/guide/stored-guides.ts',
]);
const NOT_SHOWN_PREFIXES = ['lib/build/'];


function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const checked = ['components', 'lib', 'entrypoints']
  .flatMap(sourceFiles)
  .filter((file) => !SITE_WORDS.has(file) && !OLD_RELEASE_WORDS.has(file) && !DIAGNOSTIC_REASONS.has(file) && !NOT_SHOWN_PREFIXES.some((prefix) => file.startsWith(prefix)));

describe('words live in locales/', () => {
  it.each(checked)('%s writes no words of its own', (file) => {
    const found = findWrittenText(file, readFileSync(file, 'utf8')).map((hit) => `${hit.line}: ${hit.text}`);
    expect(found).toEqual([]);
  });

  it('finds words where they are: JSX text, shown fields and attributes, sentences (else the check proves nothing)', () => {
    const sample = [
      'const a = <p>Open the guide</p>;',
      'const b = <button title="Copy">{icon}</button>;',
      "const c = { label: 'Copy' };",
      "const d = `Account ${name} was selected`;",
      "const e = 'copy, paste';",
    ].join('\n');
    expect(findWrittenText('sample.tsx', sample).map((hit) => hit.line)).toEqual([1, 2, 3, 4, 5]);
    const silent = [
      "import x from 'some module';",
      'const a = <p class="muted small">{t(\'popup.title\')}</p>;',
      "console.warn('not for the agent');",
      "const s = 'button, [role=\"button\"]';",
      "type K = 'two words';",
      "const m = { description: '__MSG_shortcutOpenGuide__' };",
      "const tags = 'input, textarea';",
    ].join('\n');
    expect(findWrittenText('silent.tsx', silent)).toEqual([]);
  });
});
