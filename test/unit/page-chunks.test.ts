import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { groupSharedPageCode, staticallyReachable } from '../../lib/build/page-chunks';

// A tiny module graph: static imports only (the graph's importedIds leave `import()` out, as Rolldown's do).
const GRAPH: Record<string, string[]> = {
  'sidepanel.html': ['sidepanel.tsx'],
  'sidepanel.tsx': ['preact', 'guide-shape.ts'],
  'popup.html': ['popup.tsx'],
  'popup.tsx': ['preact'],
  'options.html': ['options.tsx'],
  'options.tsx': ['preact', 'zod'],
};
const graph = { getModuleInfo: (id: string) => (id in GRAPH ? { importedIds: GRAPH[id]! } : { importedIds: [] }) };
const PAGES = [
  { type: 'sidepanel', inputPath: 'sidepanel.html' },
  { type: 'popup', inputPath: 'popup.html' },
  { type: 'options', inputPath: 'options.html' },
];

type Group = { name: (id: string, graph: unknown) => string | null; minShareCount: number };

function groupOf(config: InlineConfig): Group {
  const output = config.build?.rolldownOptions?.output as { codeSplitting: { groups: Group[] } };
  return output.codeSplitting.groups[0]!;
}

describe('groupSharedPageCode', () => {
  it('offers what the side panel or popup load up front to the shared chunk, and nothing else', () => {
    const config: InlineConfig = { build: { rolldownOptions: { output: { chunkFileNames: 'chunks/[name].js' } } } };
    groupSharedPageCode(PAGES, config);
    const group = groupOf(config);
    expect(group.minShareCount).toBe(2);
    expect(['preact', 'guide-shape.ts', 'popup.tsx'].map((id) => group.name(id, graph))).toEqual(['pages-shared', 'pages-shared', 'pages-shared']);
    expect(['zod', 'options.tsx'].map((id) => group.name(id, graph))).toEqual([null, null]);
    // WXT's own output options stay.
    expect(config.build?.rolldownOptions?.output).toMatchObject({ chunkFileNames: 'chunks/[name].js' });
  });

  it('leaves single-script builds (background, content scripts) alone', () => {
    const config: InlineConfig = { build: { rolldownOptions: { output: { format: 'iife' } } } };
    groupSharedPageCode([{ type: 'content-script', inputPath: 'kartra.content/index.ts' }], config);
    expect(config.build?.rolldownOptions?.output).toEqual({ format: 'iife' });
  });
});

describe('staticallyReachable', () => {
  it('follows static imports from the roots, cycles included', () => {
    const cyclic = { getModuleInfo: (id: string) => ({ importedIds: id === 'a' ? ['b'] : id === 'b' ? ['a', 'c'] : [] }) };
    expect([...staticallyReachable(['a'], cyclic)].sort()).toEqual(['a', 'b', 'c']);
    expect(staticallyReachable(['popup.html'], graph)).toEqual(new Set(['popup.html', 'popup.tsx', 'preact']));
  });
});
