/**
 * Context for the detection budget: what one call of each DOM read the issue asks detection to make costs, next to the
 * walk's cost per element, on the same page. A pass must fit in twice the walk; this shows how many of those reads fit.
 */
import { formatNumber, type Table } from './report.ts';

export interface ReadCosts {
  elements: number;
  /** Nanoseconds per element of the bare walk, and per call of each read. */
  walkPerElementNs: number;
  perCallNs: Record<ReadName, number>;
}

export type ReadName = 'getAttribute' | 'textContent' | 'computedColour' | 'checkVisibility';

const READS: { name: ReadName; what: string }[] = [
  { name: 'getAttribute', what: "getAttribute('class') (class tokens, labels)" },
  { name: 'textContent', what: 'textContent of a leaf element (words)' },
  { name: 'computedColour', what: 'getComputedStyle(el).color (status colour)' },
  { name: 'checkVisibility', what: 'checkVisibility() as detection calls it (hidden evidence)' },
];

/** The reads measured, in table order; passed into the page, where module constants are not in scope. */
export const READ_NAMES: ReadName[] = READS.map((read) => read.name);

/** Runs in the page: minimum over two rounds of batches lasting ≥ 40 ms each, over every element of the page. */
export function measureReadCostsInPage(names: readonly ReadName[]): ReadCosts {
  const all = Array.from(document.querySelectorAll('*'));
  const leaves = all.filter((el) => el.childElementCount === 0);
  const options = { visibilityProperty: true, opacityProperty: true };
  let sink = 0;
  const runs: Record<ReadName | 'walk', () => number> = {
    walk: () => {
      for (const el of document.querySelectorAll('*')) sink += el.nodeType;
      return all.length;
    },
    getAttribute: () => {
      for (const el of all) sink += el.getAttribute('class')?.length ?? 0;
      return all.length;
    },
    textContent: () => {
      for (const el of leaves) sink += el.textContent?.length ?? 0;
      return leaves.length;
    },
    computedColour: () => {
      for (const el of all) sink += getComputedStyle(el).color.length;
      return all.length;
    },
    checkVisibility: () => {
      for (const el of all) sink += el.checkVisibility(options) ? 1 : 0;
      return all.length;
    },
  };
  const nsPerCall = (run: () => number): number => {
    let best = Infinity;
    for (let round = 0; round < 2; round++) {
      for (let k = 1; ; k *= 2) {
        const started = performance.now();
        let calls = 0;
        for (let i = 0; i < k; i++) calls += run();
        const took = performance.now() - started;
        if (took >= 40) {
          best = Math.min(best, (took * 1e6) / Math.max(calls, 1));
          break;
        }
      }
    }
    return best;
  };
  const perCallNs = {} as Record<ReadName, number>;
  for (const name of names) perCallNs[name] = nsPerCall(runs[name]);
  return { elements: all.length + (sink < 0 ? 1 : 0), walkPerElementNs: nsPerCall(runs.walk), perCallNs };
}

/** One row per read: its cost per call and in walk-elements, per page size; then how many fit in a 10-tile budget. */
export function readCostsTable(costs: { tiles: number; costs: ReadCosts }[], budgetRatio: number): { table: Table; notes: string[] } {
  const headers = ['Read (per call)', ...costs.map((c) => `${formatNumber(c.tiles, 0)} tiles`)];
  const rows = [
    ['bare walk, per element', ...costs.map((c) => `${formatNumber(c.costs.walkPerElementNs, 0)} ns`)],
    ...READS.map(({ name, what }) => [
      what,
      ...costs.map((c) => `${formatNumber(c.costs.perCallNs[name], 0)} ns = ${formatNumber(c.costs.perCallNs[name] / c.costs.walkPerElementNs, 1)} el`),
    ]),
  ];
  const notes: string[] = [];
  const smallest = costs[0];
  if (smallest) {
    const budgetUs = (budgetRatio * smallest.costs.walkPerElementNs * smallest.costs.elements) / 1000;
    const colourAndVisibility = smallest.costs.perCallNs.computedColour + smallest.costs.perCallNs.checkVisibility;
    notes.push(
      `"el" = walk-elements: a read that costs 6 el costs as much as walking six elements. At ${smallest.tiles} tiles the whole ` +
        `budget is ${formatNumber(budgetUs, 0)} µs a pass (${budgetRatio}× a walk of ${formatNumber(smallest.costs.elements, 0)} elements): ` +
        `room for ${formatNumber((budgetUs * 1000) / colourAndVisibility, 0)} colour-and-visibility reads and nothing else.`,
    );
  }
  return { table: { title: 'Budget context: cost of the reads detection is asked to make (same pages, page main world)', headers, rows }, notes };
}
