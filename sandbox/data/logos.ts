/**
 * Integration logos as small SVG files served by the Kartra host (a real app serves images; nothing external).
 * A brand-coloured rounded square with the brand's initial: recognisable in a screenshot, no trademarks copied.
 */
import type { CatalogIntegration } from './integrations-catalog.ts';

export function logoSvg(brand: CatalogIntegration['brand']): string {
  const light = isLight(brand.color);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">
<rect width="40" height="40" rx="9" fill="${brand.color}"/>
<text x="20" y="27" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="20" font-weight="700" fill="${light ? '#1a1a1a' : '#ffffff'}">${brand.glyph}</text>
</svg>`;
}

function isLight(hex: string): boolean {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 170;
}
