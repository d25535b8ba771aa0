import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The overlay's stylesheet is injected into a closed shadow root as text; a broken rule fails silently there.
const css = readFileSync('components/overlay/overlay.css', 'utf8');

describe('overlay stylesheet', () => {
  it('has balanced braces', () => {
    expect(css.split('{').length).toBe(css.split('}').length);
  });

  it('keeps every part bordered and visible in forced-colours (high contrast) mode', () => {
    const block = css.slice(css.indexOf('@media (forced-colors: active)'));
    const body = block.slice(block.indexOf('{') + 1, block.indexOf('\n}'));
    expect(body).toMatch(/\.card, \.marker, \.marker-note, \.badge \{ border: 2px solid CanvasText; \}/);
    expect(body).not.toMatch(/position:|background:/);
  });
});
