import { describe, expect, it } from 'vitest';
import { readCostsTable, type ReadCosts } from '../../../scripts/bench/read-costs.ts';

const costs = (walkPerElementNs: number, elements: number): ReadCosts => ({
  elements,
  walkPerElementNs,
  perCallNs: { getAttribute: 50, textContent: 40, computedColour: 1_000, checkVisibility: 1_000 },
});

describe('readCostsTable', () => {
  it('gives each read per call and in walk-elements, one column per page size', () => {
    const { table } = readCostsTable(
      [
        { tiles: 10, costs: costs(200, 300) },
        { tiles: 100, costs: costs(250, 1_700) },
      ],
      2,
    );
    expect(table.headers).toEqual(['Read (per call)', '10 tiles', '100 tiles']);
    expect(table.rows[0]).toEqual(['bare walk, per element', '200 ns', '250 ns']);
    const colour = table.rows.find((row) => String(row[0]).startsWith('getComputedStyle'));
    expect(colour).toEqual(['getComputedStyle(el).color (status colour)', '1,000 ns = 5.0 el', '1,000 ns = 4.0 el']);
  });

  it('says how many colour-and-visibility reads fit in the smallest page’s budget', () => {
    // Budget: 2 × 200 ns × 300 elements = 120 µs; one colour read plus one visibility check: 2 µs; 60 fit.
    const { notes } = readCostsTable([{ tiles: 10, costs: costs(200, 300) }], 2);
    expect(notes.join(' ')).toContain('budget is 120 µs a pass');
    expect(notes.join(' ')).toContain('room for 60 colour-and-visibility reads');
  });

  it('prints no budget note without measurements', () => {
    expect(readCostsTable([], 2).notes).toEqual([]);
  });
});
