import { describe, expect, it } from 'vitest';
import { findGuideInOtherTab } from '../../../lib/guide/routing';
import { tabSituation } from '../../../lib/pages/tab-situation';
import { makeGuide } from '../guide/fixtures';

describe('what the popup says about its tab', () => {
  it.each([
    [undefined, 'running', 'kartra-app', 'no-tab'],
    [3, undefined, 'kartra-app', 'checking'],
    [3, 'needs-reload', 'kartra-app', 'needs-reload'],
    [3, 'stopped', 'stripe-connect', 'stopped'],
    [3, 'not-our-site', undefined, 'not-our-site'],
    [3, 'starting', 'kartra-app', 'loading'],
    [3, 'running', 'kartra-app', 'kartra-page'],
    [3, 'running', 'stripe-connect', 'stripe-page'],
    [3, 'running', 'stripe-dashboard', 'stripe-page'],
  ] as const)('tab %s, %s on %s: %s', (tabId, state, role, expected) => {
    expect(tabSituation(tabId, state, role)).toBe(expected);
  });
});

describe('a guide in another tab', () => {
  const open = (...ids: number[]) => new Set(ids);

  it('is the latest active guide with an open tab other than this one', () => {
    const older = makeGuide({ id: 'old', tabId: 4, tabIds: [4], updatedAt: 10 });
    const newer = makeGuide({ id: 'new', tabId: 5, tabIds: [5, 6], updatedAt: 20 });
    expect(findGuideInOtherTab([older, newer], 9, open(4, 5, 6, 9))).toMatchObject({ guide: { id: 'new' }, tabId: 5 });
  });

  it('points to another of its tabs when the starting one is closed', () => {
    const guide = makeGuide({ tabId: 5, tabIds: [5, 6] });
    expect(findGuideInOtherTab([guide], 9, open(6, 9))).toMatchObject({ tabId: 6 });
  });

  it('is none when this tab has its own active guide, or the other guide is finished or has no open tab', () => {
    expect(findGuideInOtherTab([makeGuide({ tabId: 9, tabIds: [9] }), makeGuide({ id: 'b', tabId: 5, tabIds: [5] })], 9, open(5, 9))).toBeUndefined();
    expect(findGuideInOtherTab([makeGuide({ tabId: 5, tabIds: [5], status: 'done' })], 9, open(5, 9))).toBeUndefined();
    expect(findGuideInOtherTab([makeGuide({ tabId: 5, tabIds: [5] })], 9, open(9))).toBeUndefined();
  });

  it('still points to the running guide when this tab had one that finished', () => {
    const finished = makeGuide({ id: 'done', tabId: 9, tabIds: [9], status: 'done', updatedAt: 30 });
    const running = makeGuide({ id: 'run', tabId: 5, tabIds: [5], updatedAt: 20 });
    expect(findGuideInOtherTab([finished, running], 9, open(5, 9))).toMatchObject({ guide: { id: 'run' } });
  });
});
