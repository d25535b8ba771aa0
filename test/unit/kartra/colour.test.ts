import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyColour, hueWithin, parseCssColour, rgbToHsl } from '../../../lib/kartra/colour.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile.ts';

const bands = DEFAULT_SITE_PROFILE.colours;
const classify = (value: string): string => classifyColour(value, bands);

describe('parseCssColour', () => {
  test.each([
    ['#f00', { r: 255, g: 0, b: 0, a: 1 }],
    ['#ff000080', { r: 255, g: 0, b: 0, a: 128 / 255 }],
    ['rgb(229, 57, 53)', { r: 229, g: 57, b: 53, a: 1 }],
    ['rgba(229, 57, 53, 0.5)', { r: 229, g: 57, b: 53, a: 0.5 }],
    ['rgb(229 57 53 / 50%)', { r: 229, g: 57, b: 53, a: 0.5 }],
    ['rgb(100% 0% 0%)', { r: 255, g: 0, b: 0, a: 1 }],
    ['color(srgb 1 0 0)', { r: 255, g: 0, b: 0, a: 1 }],
    ['color(srgb 1 0 0 / 0.25)', { r: 255, g: 0, b: 0, a: 0.25 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['RGB(220, 20, 60)', { r: 220, g: 20, b: 60, a: 1 }],
  ])('%s', (value, expected) => {
    const parsed = parseCssColour(value);
    expect(parsed).toBeDefined();
    for (const key of ['r', 'g', 'b', 'a'] as const) expect(parsed?.[key]).toBeCloseTo(expected[key], 1);
  });

  test('hsl, oklch and lab land on the right hue', () => {
    expect(rgbToHsl(parseCssColour('hsl(354deg 70% 54%)')!).h).toBeCloseTo(354, 0);
    expect(rgbToHsl(parseCssColour('hsla(0.5turn, 50%, 50%, 1)')!).h).toBeCloseTo(180, 0);
    // Tailwind 4 red-500 and green-500, as Chromium reports them.
    expect(hueWithin(rgbToHsl(parseCssColour('oklch(0.637 0.237 25.331)')!).h, 340, 15)).toBe(true);
    expect(rgbToHsl(parseCssColour('oklch(72.3% 0.219 149.579)')!).h).toBeGreaterThan(120);
    expect(hueWithin(rgbToHsl(parseCssColour('lab(50% 70 50)')!).h, 340, 20)).toBe(true);
  });

  test.each(['', 'currentcolor', 'inherit', 'var(--red)', 'rgb(1,2)', '#12', 'rgb(a, b, c)', 'color(xyz 1 0 0)', 'x'.repeat(10_000)])(
    'unreadable: %s',
    (value) => expect(parseCssColour(value)).toBeUndefined(),
  );
});

describe('classifyColour', () => {
  test.each(['#f00', '#e53935', '#dc3545', 'rgb(211, 47, 47)', '#c62828', 'rgb(220, 20, 60)', 'hsl(350 80% 45%)', 'oklch(63.7% 0.237 25.331)', 'color(srgb 0.9 0.2 0.2)'])(
    'red: %s',
    (value) => expect(classify(value)).toBe('red'),
  );
  test.each(['#2e7d32', '#43a047', '#28a745', 'rgb(25, 135, 84)', 'rgb(0, 128, 0)', '#20c997', 'oklch(72.3% 0.219 149.579)'])('green: %s', (value) =>
    expect(classify(value)).toBe('green'),
  );
  test.each(['#9e9e9e', '#6c757d', '#cccccc', 'rgb(176, 183, 195)'])('grey: %s', (value) => expect(classify(value)).toBe('grey'));
  test.each(['#ffffff', '#000000', '#333333', '#1976d2', 'rgb(255, 165, 0)', '#fdecea', '#f8d7da'])('other: %s', (value) => expect(classify(value)).toBe('other'));
  test.each(['transparent', 'rgba(229, 57, 53, 0.05)', '', 'currentcolor'])('none: %s', (value) => expect(classify(value)).toBe('none'));
  // A browser's computed style never reports a colour by name, so names are not parsed: they read as no colour.
  test.each(['red', 'crimson', 'green', 'grey'])('a colour name reads as none: %s', (value) => expect(classify(value)).toBe('none'));

  test('the red band wraps through 0°', () => {
    expect(hueWithin(350, 340, 15)).toBe(true);
    expect(hueWithin(5, 340, 15)).toBe(true);
    expect(hueWithin(30, 340, 15)).toBe(false);
    expect(hueWithin(100, 75, 165)).toBe(true);
  });

  test('never throws and always answers one of the five', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(fc.integer({ min: -50, max: 300 }), fc.integer({ min: -50, max: 300 }), fc.integer({ min: -50, max: 300 }), fc.double({ noNaN: false })).map(
            ([r, g, b, a]) => `rgba(${r}, ${g}, ${b}, ${a})`,
          ),
          fc.tuple(fc.double(), fc.double(), fc.double()).map(([l, c, h]) => `oklch(${l} ${c} ${h})`),
        ),
        (value) => {
          expect(['red', 'green', 'grey', 'other', 'none']).toContain(classify(value));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
