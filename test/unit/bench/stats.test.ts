import { describe, expect, test } from 'vitest';
import { linearFit, max, median, percentile, sum } from '../../../scripts/bench/stats.ts';

describe('bench statistics', () => {
  test('median of odd and even lists, unsorted input left alone', () => {
    const input = [5, 1, 3];
    expect(median(input)).toBe(3);
    expect(input).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('percentiles interpolate between ranks and clamp p', () => {
    const xs = [10, 20, 30, 40, 50];
    expect(percentile(xs, 0)).toBe(10);
    expect(percentile(xs, 100)).toBe(50);
    expect(percentile(xs, 95)).toBeCloseTo(48);
    expect(percentile(xs, 150)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
  });

  test('max and sum', () => {
    expect(max([3, -1, 9, 2])).toBe(9);
    expect(max([])).toBeNaN();
    expect(sum([1, 2, 3.5])).toBe(6.5);
  });

  test('a perfect line fits with R² = 1', () => {
    const fit = linearFit([292, 1702, 15802, 78470], [292, 1702, 15802, 78470].map((x) => 0.0007 * x + 0.5));
    expect(fit.slope).toBeCloseTo(0.0007, 10);
    expect(fit.intercept).toBeCloseTo(0.5, 8);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  test('noise lowers R²; a curve fits worse than a line', () => {
    const xs = [1, 2, 3, 4, 5, 6];
    const noisy = linearFit(xs, [2.1, 3.9, 6.2, 7.8, 10.1, 12]);
    expect(noisy.r2).toBeGreaterThan(0.99);
    expect(noisy.r2).toBeLessThan(1);
    const quadratic = linearFit(xs, xs.map((x) => x * x * x));
    expect(quadratic.r2).toBeLessThan(noisy.r2);
  });

  test('flat data and bad input', () => {
    expect(linearFit([1, 2, 3], [4, 4, 4])).toEqual({ slope: 0, intercept: 4, r2: 1 });
    expect(() => linearFit([1], [1])).toThrow();
    expect(() => linearFit([1, 2], [1])).toThrow();
    expect(() => linearFit([2, 2], [1, 3])).toThrow();
  });
});
