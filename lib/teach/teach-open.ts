/**
 * The one message the background sends the picker once it is loaded: open, on this target if the agent came from a
 * step the extension could not find. Checked by hand, exactly: the picker carries no zod.
 */
import { isTeachTarget, type TeachTarget } from './teach-targets';

export const TEACH_OPEN = 'teach/open';
export interface TeachOpenMessage {
  type: typeof TEACH_OPEN;
  target?: TeachTarget;
}

export function isTeachOpenMessage(value: unknown): value is TeachOpenMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, target } = value as { type?: unknown; target?: unknown };
  const keys = Object.keys(value).length;
  return type === TEACH_OPEN && (target === undefined ? keys === 1 : keys === 2 && isTeachTarget(target));
}
