/** The button in a page: progress, the files as links to download again, the summary copied or shown to copy. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SupportReportButton } from '../../../components/report/SupportReportButton';
import { profileLayers } from '../../../lib/background/profile-layers';
import { sendToBackground } from '../../../lib/messaging';
import { mount, waitFor } from '../options/render';

vi.mock('../../../lib/messaging', async (importOriginal) => ({ ...(await importOriginal<object>()), sendToBackground: vi.fn() }));
const send = vi.mocked(sendToBackground);

describe('SupportReportButton', () => {
  let clicks: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    // The background's answer for a tab that is gone (lib/background/report-capture.ts, tested on its own), and the
    // profiles in force as the real background computes them.
    send.mockImplementation((async (message: Parameters<typeof sendToBackground>[0]) =>
      message.type === 'profile/layers' ? { ok: true, value: await profileLayers(message.site) } : { ok: true, value: { missing: 'no-tab' } }) as never);
    clicks = [];
    // The downloads: anchors clicked with a blob URL and a file name.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
  });
  afterEach(() => document.body.replaceChildren());

  it('builds a report of a closed tab without a screenshot, downloads it, and copies the summary', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const page = await mount(<SupportReportButton tabId={7} />);
    page.$('[data-testid="report-button"]')!.click();
    await waitFor(() => page.$('[data-testid="report-status"][data-phase="built"]') !== null);
    expect(send).toHaveBeenCalledWith({ type: 'report/capture', tabId: 7 });
    expect(page.text('[data-testid="report-status"]')).toContain('without a screenshot: the tab is closed.');
    expect(page.text('[data-testid="report-status"]')).toContain('A summary is on the clipboard');
    expect(clicks).toEqual([expect.stringMatching(/^support-report-\d{8}-\d{6}\.md$/)]);
    expect(page.$('[data-testid="report-markdown"]')?.getAttribute('href')).toMatch(/^blob:/);
    expect(page.$('[data-testid="report-png"]')).toBeNull();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Screenshot: none, the tab is closed.'));
    vi.unstubAllGlobals();
  });

  it('shows the summary to copy by hand when the browser refuses the clipboard', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => Promise.reject(new Error('Document is not focused.')) } });
    const page = await mount(<SupportReportButton tabId={7} />);
    page.$('[data-testid="report-button"]')!.click();
    await waitFor(() => page.$('[data-testid="report-summary"]') !== null);
    expect(page.text('[data-testid="report-status"]')).toContain('copy the summary below by hand');
    expect((page.$('[data-testid="report-summary"]') as HTMLTextAreaElement).value).toMatch(/^Stripe reconnection support report, /);
    vi.unstubAllGlobals();
  });

  it('says clearly when the report cannot be built, and is off without a tab', async () => {
    send.mockResolvedValue({ ok: false, error: 'extension-no-answer' });
    const page = await mount(<SupportReportButton tabId={7} />);
    page.$('[data-testid="report-button"]')!.click();
    await waitFor(() => page.$('[data-testid="report-error"]') !== null);
    expect(page.text('[data-testid="report-error"]')).toBe('The support report could not be built: No answer from the extension (the message was not accepted).');
    const none = await mount(<SupportReportButton tabId={undefined} />);
    expect((none.$('[data-testid="report-button"]') as HTMLButtonElement).disabled).toBe(true);
  });
});
