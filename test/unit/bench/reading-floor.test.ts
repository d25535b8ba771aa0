import { describe, expect, it } from 'vitest';
import { readingFloorTable, type ReadingFloor } from '../../../scripts/bench/reading-floor.ts';

const floor = (walkMs: number, scanMs: number, tileReadMs: number): ReadingFloor => ({ walkMs, scanMs, tileReadMs, tiles: 10 });

describe('readingFloorTable', () => {
  it('gives the floor’s parts and total in walks, what the budget leaves, and detection’s own ratio', () => {
    const { table } = readingFloorTable([{ tiles: 10, floor: floor(0.05, 0.02, 0.05), detectionRatio: 20 }], 2);
    expect(table.headers).toEqual(['Tiles', 'Page scan', 'Tile reads', 'Floor', 'Left', 'Detection']);
    // 0.02 / 0.05 = 0.4; 0.05 / 0.05 = 1; together 1.4, leaving 0.6 of a 2× budget.
    expect(table.rows[0]).toEqual(['10', '0.40 ×', '1.00 ×', '1.40 ×', '0.60 ×', '20.00 ×']);
  });

  it('names the page sizes where the floor alone is over the budget', () => {
    const { notes, table } = readingFloorTable(
      [
        { tiles: 10, floor: floor(1, 0.4, 1), detectionRatio: 20 },
        { tiles: 1_000, floor: floor(1, 0.3, 2.1), detectionRatio: 3 },
      ],
      2,
    );
    expect(table.rows[1]?.[4]).toBe('-0.40 ×');
    expect(notes.join(' ')).toContain('At 1,000 tiles the reading floor alone is over the 2× budget.');
  });

  it('prints a floor a hair over the budget as nothing left, not minus zero', () => {
    const { table } = readingFloorTable([{ tiles: 5_000, floor: floor(1, 0.3, 1.7001), detectionRatio: 2.2 }], 2);
    expect(table.rows[0]?.[4]).toBe('0.00 ×');
  });

  it('says nothing is over when every floor fits', () => {
    const { notes } = readingFloorTable([{ tiles: 10, floor: floor(1, 0.4, 1), detectionRatio: 20 }], 2);
    expect(notes.join(' ')).not.toContain('over the');
  });
});
