/**
 * The reading floor: what a detection pass costs before it analyses or decides anything, on the same pages. It is
 * the page scan any detector needs (every text node, for names; every element's shadow root, for tiles in open
 * shadow roots) plus one read of what the issue names as evidence on every node of every tile found (tag, class,
 * aria-label and title of each element, the data of each text node). No word matching, no grouping, no visibility
 * or colour reads: a lower bound for a detector that reads each tile once. Tiles are taken from the detector's own
 * report, so finding them costs nothing here.
 */
import type { DetectorBundleApi } from './detection-cost.ts';
import { formatNumber, type Table } from './report.ts';

export interface ReadingFloor {
  walkMs: number;
  scanMs: number;
  tileReadMs: number;
  tiles: number;
}

/** Runs in the page (the detector bundle loaded as SRADetect): minimum over three rounds of batches lasting ≥ 40 ms. */
export function measureReadingFloorInPage(): ReadingFloor {
  const api = (globalThis as unknown as { SRADetect: DetectorBundleApi }).SRADetect;
  const compiled = api.compileProfile(api.DEFAULT_SITE_PROFILE);
  const report = api.detectIntegrations(document, api.DEFAULT_SITE_PROFILE, { compiled });
  const tiles = (report.integrations as { element: Element }[]).map((i) => i.element);
  let sink = 0;
  const walk = (): void => {
    for (const el of document.querySelectorAll('*')) sink += el.nodeType;
  };
  const scan = (): void => {
    const texts = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) sink += (node as Text).data.length;
    const elements = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
    for (let node = elements.nextNode(); node; node = elements.nextNode()) if ((node as Element).shadowRoot) sink++;
  };
  const readTiles = (): void => {
    for (const tile of tiles) {
      const nodes = document.createTreeWalker(tile, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = tile; node; node = nodes.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          sink += (node as Text).data.length;
          continue;
        }
        const el = node as Element;
        sink += el.localName.length + (el.getAttribute('class')?.length ?? 0) + (el.getAttribute('aria-label')?.length ?? 0) + (el.getAttribute('title')?.length ?? 0);
      }
    }
  };
  const msPerRun = (run: () => void): number => {
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      for (let k = 1; ; k *= 2) {
        const started = performance.now();
        for (let i = 0; i < k; i++) run();
        const took = performance.now() - started;
        if (took >= 40) {
          best = Math.min(best, took / k);
          break;
        }
      }
    }
    return best;
  };
  return { walkMs: msPerRun(walk), scanMs: msPerRun(scan), tileReadMs: msPerRun(readTiles), tiles: tiles.length + (sink < 0 ? 1 : 0) };
}

/** The floor in walks: page scan plus tile reads, over the walk timed beside them. */
export function floorRatio(floor: ReadingFloor): number {
  return (floor.scanMs + floor.tileReadMs) / floor.walkMs;
}

/** One row per page size: the floor's parts and total in walks, what the budget leaves for everything else, and detection's own ratio. */
export function readingFloorTable(floors: { tiles: number; floor: ReadingFloor; detectionRatio: number }[], budgetRatio: number): { table: Table; notes: string[] } {
  const rows = floors.map(({ tiles, floor, detectionRatio }) => {
    const total = floorRatio(floor);
    // Rounded before printing, so a floor a hair over the budget reads 0.00, not -0.00.
    const left = Math.round((budgetRatio - total) * 100) / 100 || 0;
    return [
      formatNumber(tiles, 0),
      `${formatNumber(floor.scanMs / floor.walkMs, 2)} ×`,
      `${formatNumber(floor.tileReadMs / floor.walkMs, 2)} ×`,
      `${formatNumber(total, 2)} ×`,
      `${formatNumber(left, 2)} ×`,
      `${formatNumber(detectionRatio, 2)} ×`,
    ];
  });
  const over = floors.filter(({ floor }) => floorRatio(floor) > budgetRatio).map(({ tiles }) => formatNumber(tiles, 0));
  const notes = [
    'Reading floor: the page scan any detector needs plus one read of each tile node’s tag, class, aria-label, title or text, with no analysis, ' +
      'no visibility and no colour reads (scripts/bench/reading-floor.ts). "Left" is what the budget leaves for all the rest: finding tiles, ' +
      'matching words, checking that evidence is visible, reading colours, deciding.',
  ];
  if (over.length) notes.push(`At ${over.join(', ')} tiles the reading floor alone is over the ${budgetRatio}× budget.`);
  return {
    table: {
      title: `Reading floor: the cost of reading each tile once, before any analysis (÷ walk; budget ${budgetRatio}×)`,
      headers: ['Tiles', 'Page scan', 'Tile reads', 'Floor', 'Left', 'Detection'],
      rows,
    },
    notes,
  };
}
