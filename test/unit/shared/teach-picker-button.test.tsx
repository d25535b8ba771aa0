/**
 * "Show the extension what it missed" (components/shared/TeachPickerButton.tsx): sends 'teach/start' for its tab (and
 * target), says what became of it in a live region, and lets the popup close once the picker is open in the page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeachPickerButton } from '../../../components/shared/TeachPickerButton';
import { NO_ANSWER, sendToBackground } from '../../../lib/messaging';
import { click, mount, waitFor } from '../options/render';

vi.mock('../../../lib/messaging', async (importOriginal) => ({ ...(await importOriginal<object>()), sendToBackground: vi.fn() }));
const send = vi.mocked(sendToBackground);

describe('TeachPickerButton', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    send.mockReset();
  });

  it('asks for the picker in its tab, on the step\'s target, and says it is open', async () => {
    send.mockResolvedValue({ ok: true, value: 'opened' });
    const onOpened = vi.fn();
    const page = await mount(<TeachPickerButton tabId={7} target="edit-menu-item" onOpened={onOpened} />);
    expect(page.text('.teach-target')).toBe('For this step: Edit, in the menu.');
    expect(page.$('[data-testid="teach-open"]')?.getAttribute('aria-describedby')).toBe('teach-target-7');
    await click(page.$('[data-testid="teach-open"]')!);
    await waitFor(() => page.$('[data-testid="teach-progress"]')?.dataset.state === 'opened', 'opened');
    expect(send).toHaveBeenCalledWith({ type: 'teach/start', tabId: 7, target: 'edit-menu-item' });
    expect(page.text('[data-testid="teach-progress"]')).toMatch(/picker is open on the page/);
    expect(page.$('[data-testid="teach-progress"]')?.getAttribute('role')).toBe('status');
    expect(onOpened).toHaveBeenCalledOnce();
    page.unmount();
  });

  it.each([
    ['not-our-site', { ok: true, value: 'not-our-site' }, /not a Kartra or Stripe page/],
    ['failed', { ok: true, value: 'failed' }, /could not open on this page\. Reload the tab/],
    ['error', { ok: false, error: NO_ANSWER }, /could not open: /],
  ] as const)('%s: a clear sentence, and the popup stays open', async (state, reply, says) => {
    send.mockResolvedValue(reply as never);
    const onOpened = vi.fn();
    const page = await mount(<TeachPickerButton tabId={3} onOpened={onOpened} />);
    expect(page.$('.teach-target')).toBeNull();
    await click(page.$('[data-testid="teach-open"]')!);
    await waitFor(() => page.$('[data-testid="teach-progress"]')?.dataset.state === state, state);
    expect(send).toHaveBeenCalledWith({ type: 'teach/start', tabId: 3 });
    expect(page.text('[data-testid="teach-progress"]')).toMatch(says);
    expect(page.$('[data-testid="teach-progress"]')?.className).toContain('danger');
    expect(onOpened).not.toHaveBeenCalled();
    page.unmount();
  });
});
