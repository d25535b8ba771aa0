import { describe, expect, test } from 'vitest';
import { decodeVlqSegment, fragmentsBySource, packageOf, shortSourceName, sourceLocator, UNMAPPED } from '../../../scripts/bench/source-map.ts';

describe('source map reading for the bundle breakdown', () => {
  test('decodes Base64 VLQ segments, signs and continuation digits', () => {
    expect(decodeVlqSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlqSegment('CAAC')).toEqual([1, 0, 0, 1]);
    expect(decodeVlqSegment('D')).toEqual([-1]);
    expect(decodeVlqSegment('gB')).toEqual([16]);
    expect(decodeVlqSegment('2HwBA')).toEqual([123, 24, 0]);
    expect(() => decodeVlqSegment('g')).toThrow(/truncated/);
    expect(() => decodeVlqSegment('A!')).toThrow(/bad Base64/);
  });

  test('charges each generated segment to its source up to the next segment', () => {
    // Line 1: col 0 → source 0, col 4 → source 1, col 8 → no source (1-field segment). Line 2: col 2 → source 0.
    const code = 'aaaabbbbcc\nxxyy';
    const map = { version: 3, sources: ['../../../lib/a.ts', '../../../node_modules/pkg/b.js'], mappings: 'AAAA,ICAA,I;EDAA' };
    const fragments = fragmentsBySource(code, map);
    expect(fragments.get('../../../lib/a.ts')?.join('')).toBe('aaaayy');
    expect(fragments.get('../../../node_modules/pkg/b.js')?.join('')).toBe('bbbb');
    expect(fragments.get(UNMAPPED)?.join('')).toBe('cc\nxx');
    const total = [...fragments.values()].flat().join('').length;
    expect(total).toBe(code.length);
  });

  test('groups sources by package or own folder', () => {
    expect(packageOf('../../../node_modules/preact/dist/preact.mjs')).toBe('preact');
    expect(packageOf('../../../node_modules/@wxt-dev/storage/dist/index.mjs')).toBe('@wxt-dev/storage');
    expect(packageOf('../../../node_modules/a/node_modules/zod/v4/core/util.js')).toBe('zod');
    expect(packageOf('../../../lib/kartra/scan-page.ts')).toBe('lib/kartra');
    expect(packageOf('../../../lib/storage.ts')).toBe('lib');
    expect(packageOf(UNMAPPED)).toBe(UNMAPPED);
    expect(shortSourceName('../../../lib/kartra/scan-page.ts')).toBe('lib/kartra/scan-page.ts');
    expect(shortSourceName('../../../node_modules/preact/dist/preact.mjs')).toBe('preact/dist/preact.mjs');
  });

  test('locates the source of a generated line and column', () => {
    const map = { version: 3, sources: ['../../../lib/a.ts', '../../../node_modules/pkg/b.js'], mappings: 'AAAA,ICAA,I;EDAA' };
    const at = sourceLocator(map);
    expect(at(0, 0)).toBe('../../../lib/a.ts');
    expect(at(0, 3)).toBe('../../../lib/a.ts');
    expect(at(0, 5)).toBe('../../../node_modules/pkg/b.js');
    expect(at(0, 9)).toBe(UNMAPPED);
    expect(at(1, 0)).toBe(UNMAPPED);
    expect(at(1, 2)).toBe('../../../lib/a.ts');
    expect(at(7, 0)).toBe(UNMAPPED);
  });
});
