/**
 * What the guide stores instead of sentences: a code and the values it is worded with. Values are kept small and
 * safe to show: page text clipped, keys by their last four characters, nothing empty.
 */
import type { EventCode, MessageParams } from './guide-state';
import { TEXT_LIMIT } from './guide-values';

/** A history entry's substance: what happened and with which values. */
export interface GuideEvent {
  event: EventCode;
  params?: MessageParams;
}

export function guideEvent(event: EventCode, params: MessageParams = {}): GuideEvent {
  const kept = withoutEmpty(params);
  return Object.keys(kept).length > 0 ? { event, params: kept } : { event };
}

/** Drops empty and missing values and clips text, so stored params stay small and never blank. */
export function withoutEmpty(params: MessageParams): MessageParams {
  const kept: MessageParams = {};
  for (const [name, value] of Object.entries(params) as [keyof MessageParams, string | number | undefined][]) {
    if (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.trim() !== '') {
      kept[name] = typeof value === 'string' ? value.trim().slice(0, TEXT_LIMIT) : value;
    }
  }
  return kept;
}

/** A publishable key by its last four characters: all a warning or history entry ever keeps of it. */
export const keyEnd = (key: string | undefined): string => (key ? key.slice(-4) : '');
