/**
 * The side panel reads stored guides with the hand-written check (lib/guide/guide-shape.ts) so its first paint needs
 * no zod; the background reads them with GuideStateSchema. Both must accept exactly the same guides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStoredGuide, GUIDE_FIELDS, isGuideState } from '../../../lib/guide/guide-shape';
import { GuideStateSchema, HISTORY_LIMIT, parseStoredGuide, TAB_LIMIT } from '../../../lib/guide/guide-state';
import { readStoredGuides } from '../../../lib/guide/stored-guides';
import { anyValue, edgeValue, expectSameVerdicts, nearValues } from '../shape-agreement';
import { fullGuide, guideAt, KEY, makeGuide, T0 } from './fixtures';

const FULL = fullGuide();

const zodAccepts = (value: unknown) => GuideStateSchema.safeParse(value).success;
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('isGuideState agrees with GuideStateSchema', () => {
  it('checks the same fields', () => {
    expect(Object.keys(GUIDE_FIELDS)).toEqual(Object.keys(GuideStateSchema.shape));
  });

  it('accepts the guides the machine keeps', () => {
    for (const guide of [FULL, makeGuide(), guideAt('choose-account', { originalKey: KEY }), guideAt('troubleshoot')]) {
      expect(zodAccepts(guide)).toBe(true);
      expect(isGuideState(guide)).toBe(true);
    }
  });

  it('decides like zod on guides changed near the edges of its rules', () => {
    expectSameVerdicts(nearValues(FULL, [0, 1, 2, TAB_LIMIT, TAB_LIMIT + 1, HISTORY_LIMIT, HISTORY_LIMIT + 1]), isGuideState, zodAccepts, 5_000);
  });

  it('decides like zod on anything at all', () => {
    expectSameVerdicts(anyValue, isGuideState, zodAccepts, 1_000);
  });

  it.each([
    ['a 100-code-point id of emoji (200 UTF-16 units)', { id: '😀'.repeat(100) }, true],
    ['a 101-code-point id', { id: '😀'.repeat(101) }, false],
    ['an empty integration', { integration: '' }, false],
    ['a fractional tab id', { tabId: 11.5, tabIds: [11.5] }, false],
    ['tab id 2^31', { tabId: 2 ** 31, tabIds: [2 ** 31] }, true],
    ['a tab list without the starting tab', { tabIds: [22] }, false],
    ['an infinite timestamp', { updatedAt: Number.POSITIVE_INFINITY }, false],
    ['-0 as a timestamp', { startedAt: -0 }, true],
    ['an unknown step in completed', { completed: { 'no-such-step': T0 } }, false],
    ['an unknown top-level key', { extra: 1 }, false],
    ['an explicit undefined optional field', { candidate: undefined }, true],
  ])('%s: same verdict as zod', (_label, change, expected) => {
    const value = { ...FULL, ...change };
    expect(zodAccepts(value)).toBe(expected);
    expect(isGuideState(value)).toBe(expected);
  });

  it('rejects an inherited unknown key, as zod does', () => {
    const value = Object.assign(Object.create({ inherited: 1 }) as object, FULL);
    expect(zodAccepts(value)).toBe(false);
    expect(isGuideState(value)).toBe(false);
  });
});

describe('checkStoredGuide reads what parseStoredGuide reads', () => {
  it('returns the same guides and drops the same ones', () => {
    fc.assert(
      fc.property(fc.oneof(nearValues(FULL, [0, 1, TAB_LIMIT + 1]), edgeValue), (value) => {
        for (const raw of [value, JSON.stringify(value) ?? '']) {
          const byHand = checkStoredGuide(raw);
          const byZod = parseStoredGuide(raw);
          expect(byHand.ok).toBe(byZod.ok);
          // zod copies, the hand check hands back what was stored: the same as far as JSON goes (zod drops, say, a
          // named property on an array, which nothing reads).
          if (byHand.ok && byZod.ok) expect(asJson(byHand.guide)).toEqual(asJson(byZod.guide));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('drops a guide carrying __proto__ before looking further, like the background', () => {
    const raw = JSON.parse(`{"candidate":{"name":"x","__proto__":{"polluted":true}}}`) as object;
    expect(checkStoredGuide({ ...FULL, ...raw }).ok).toBe(false);
  });

  it('reads a whole stored record the same way', () => {
    const record = { good: FULL, bad: { ...FULL, tabIds: [] }, text: JSON.stringify(makeGuide({ id: 'g2' })) };
    const byHand = readStoredGuides(record, checkStoredGuide);
    const byZod = readStoredGuides(record, parseStoredGuide);
    expect(byHand.guides).toEqual(byZod.guides);
    expect(byHand.dropped).toHaveLength(1);
    expect(byZod.dropped).toHaveLength(1);
  });
});
