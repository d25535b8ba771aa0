/**
 * The options page's "Taught on the page": each stored change in plain words with its site, Undo through the real
 * background (the list follows storage), the empty state, and the export copied as JSON.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TaughtChanges } from '../../../components/options/TaughtChanges';
import { startBackground } from '../../../lib/background/start-background';
import { taughtChangesItem } from '../../../lib/storage';
import { TAUGHT_EXPORT_KIND } from '../../../lib/teach/export';
import type { ProfileChange } from '../../../lib/teach/profile-change';
import { click, mount, waitFor } from './render';

const PAUSED: ProfileChange = { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: 'Payments paused' };
const GRANT: ProfileChange = { site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Grant access' };
const OPTIONS_PAGE = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/options.html' };

/** runtime.sendMessage delivered to the real background as from the options page. */
function routeToBackground() {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, { ...OPTIONS_PAGE, url: `${fakeBrowser.runtime.getURL('/')}options.html`.replace(/([^:/])\/\//, '$1/') }, () => undefined);
    return replies.find((reply) => reply !== undefined);
  }) as never);
}

describe('Taught on the page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
    routeToBackground();
  });
  afterEach(() => vi.restoreAllMocks());

  it('says nothing is taught yet, and offers no export', async () => {
    const page = await mount(<TaughtChanges />);
    await waitFor(() => page.$('[data-testid="taught-empty"]') !== null, 'the empty state');
    expect(page.text('[data-testid="taught-empty"]')).toMatch(/Nothing taught yet/);
    expect(page.$('[data-testid="taught-export-download"]')).toBeNull();
    page.unmount();
  });

  it('lists each change in plain words with its site, undoes one, and skips a corrupt entry', async () => {
    await (taughtChangesItem.setValue as (v: unknown) => Promise<void>)([
      { id: 'a', at: Date.UTC(2026, 0, 31, 10), change: PAUSED },
      { id: 'bad', at: 1, change: { ...PAUSED, value: 'pk_live_zzz' } },
      { id: 'b', at: Date.UTC(2026, 1, 1, 9), change: GRANT },
    ]);
    const page = await mount(<TaughtChanges />);
    await waitFor(() => page.$$('[data-testid="taught-change"]').length === 2, 'two changes');
    const rows = page.$$('[data-testid="taught-change"]');
    expect(rows[0]?.textContent).toContain('Treat the text «Payments paused» as needs attention');
    expect(rows[0]?.textContent).toMatch(/Kartra · taught .*2026/);
    expect(rows[1]?.textContent).toContain("Treat «Grant access» as Stripe's Connect button");
    const undo = page.$$('[data-testid="taught-undo"]');
    expect(undo[0]?.getAttribute('aria-label')).toBe('Undo: Treat the text «Payments paused» as needs attention');

    await click(undo[0]!);
    await waitFor(() => page.$$('[data-testid="taught-change"]').length === 1, 'one change left');
    expect(page.text('[data-testid="taught-status"]')).toBe('Undone: Treat the text «Payments paused» as needs attention');
    // Undo writes back the parsed list: the corrupt entry goes with it.
    expect((await taughtChangesItem.getValue()).map((entry) => (entry as { id: string }).id)).toEqual(['b']);
    // Focus moved to the Undo that is left, not to the top of the page.
    expect(document.activeElement?.getAttribute('data-undo')).toBe('b');
    page.unmount();
  });

  it('copies the export as JSON: the changes and an override per site', async () => {
    await taughtChangesItem.setValue([{ id: 'a', at: 1, change: PAUSED }]);
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const page = await mount(<TaughtChanges />);
    await waitFor(() => page.$('[data-testid="taught-export-copy"]') !== null, 'the export');
    await click(page.$('[data-testid="taught-export-copy"]')!);
    await waitFor(() => writeText.mock.calls.length === 1, 'the copy');
    const doc = JSON.parse(writeText.mock.calls[0]![0]) as { kind: string; changes: unknown[]; overrides: Record<string, unknown> };
    expect(doc.kind).toBe(TAUGHT_EXPORT_KIND);
    expect(doc.changes).toEqual([PAUSED]);
    expect(Object.keys(doc.overrides)).toEqual(['kartra']);
    expect(page.text('[data-testid="taught-status"]')).toMatch(/Copied/);
    page.unmount();
  });
});
