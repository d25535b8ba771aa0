/**
 * Where the tooltip card goes, always inside the viewport. Below the target if it fits, else above, else beside;
 * with `prefer: 'beside'` (lists and menus, where the options under the target must stay clickable) beside first.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement = 'below' | 'beside';

export function placeCard(
  target: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 12,
  prefer: Placement = 'below',
): { top: number; left: number } {
  const clampLeft = (left: number) => Math.max(8, Math.min(left, viewport.width - card.width - 8));
  const clampTop = (top: number) => Math.max(8, Math.min(top, viewport.height - card.height - 8));
  if (prefer === 'beside') {
    const right = target.left + target.width + gap;
    if (right + card.width <= viewport.width - 8) return { top: clampTop(target.top), left: right };
    const left = target.left - gap - card.width;
    if (left >= 8) return { top: clampTop(target.top), left };
  }
  const below = target.top + target.height + gap;
  if (below + card.height <= viewport.height - 8) return { top: below, left: clampLeft(target.left) };
  const above = target.top - gap - card.height;
  if (above >= 8) return { top: above, left: clampLeft(target.left) };
  const right = target.left + target.width + gap;
  if (right + card.width <= viewport.width - 8) return { top: clampTop(target.top), left: right };
  return { top: clampTop(target.top), left: clampLeft(target.left - card.width - gap) };
}
