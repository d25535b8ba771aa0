import { describe, expect, test } from 'vitest';
import { clipText, wordsOf } from '../../../lib/dom/text.ts';
import { classTokenGroups, compilePhrases, matchPhrases } from '../../../lib/kartra/text-match.ts';

const matcher = compilePhrases(
  [
    { label: 'attention', phrases: ['needs attention', 'disconnected', 'error', 're-connect'] },
    { label: 'ok', phrases: ['connected', 'active'] },
    { label: 'idle', phrases: ['not connected', 'connect', 'set up'] },
  ],
  ['no', 'not'],
);
const labels = (text: string): string[] => matchPhrases(wordsOf(text), matcher).map((h) => h.label);

describe('phrase matching', () => {
  test('whole words, longest phrase first', () => {
    expect(labels('Needs attention')).toEqual(['attention']);
    expect(labels('Disconnected')).toEqual(['attention']);
    expect(labels('Not connected')).toEqual(['idle']);
    expect(labels('Connected')).toEqual(['ok']);
    expect(labels('ActiveCampaign')).toEqual([]);
    expect(labels('Re-connect now')).toEqual(['attention']);
    expect(labels('Set-up')).toEqual(['idle']);
  });

  test('a negated single word says nothing', () => {
    expect(labels('No errors')).toEqual([]);
    expect(labels('no error today')).toEqual([]);
  });

  test('class names split on separators and camel case, one class at a time', () => {
    expect(classTokenGroups('statusDot is-error text-red-500 not-connected')).toEqual([
      ['status', 'dot'],
      ['is', 'error'],
      ['text', 'red', '500'],
      ['not', 'connected'],
    ]);
    const hits = classTokenGroups('badge not-connected').flatMap((g) => matchPhrases(g, matcher).map((h) => h.label));
    expect(hits).toEqual(['idle']);
  });

  test('clipText cleans page text for display', () => {
    expect(clipText('  Stripe\u202E \n  legacy\u0000 ', 80)).toBe('Stripe legacy');
    expect(clipText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(clipText('Stripe', 80)).toBe('Stripe');
    expect(clipText('a'.repeat(2_000_000), 80)).toHaveLength(80);
  });
});
