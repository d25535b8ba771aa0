import { describe, expect, it } from 'vitest';
import { placeCard } from '../../components/overlay/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 120 };

describe('placeCard', () => {
  it('puts the card below a target with room under it', () => {
    expect(placeCard({ top: 100, left: 50, width: 40, height: 40 }, card, viewport)).toEqual({ top: 152, left: 50 });
  });
  it('goes above a target near the bottom', () => {
    expect(placeCard({ top: 700, left: 50, width: 40, height: 40 }, card, viewport)).toEqual({ top: 568, left: 50 });
  });
  it('stays inside the viewport at the right edge', () => {
    expect(placeCard({ top: 100, left: 950, width: 40, height: 40 }, card, viewport).left).toBe(692);
  });
  it('goes beside a list target when asked, keeping the options below it clickable', () => {
    expect(placeCard({ top: 100, left: 200, width: 400, height: 60 }, card, viewport, 12, 'beside')).toEqual({ top: 100, left: 612 });
    expect(placeCard({ top: 100, left: 300, width: 400, height: 60 }, card, viewport, 12, 'beside')).toEqual({ top: 172, left: 300 });
    expect(placeCard({ top: 100, left: 500, width: 400, height: 60 }, card, viewport, 12, 'beside')).toEqual({ top: 100, left: 188 });
  });
  it('goes beside a target as tall as the viewport', () => {
    expect(placeCard({ top: 0, left: 100, width: 100, height: 800 }, card, viewport)).toEqual({ top: 8, left: 212 });
  });
});
