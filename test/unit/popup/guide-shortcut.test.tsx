import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import packageJson from '../../../package.json' with { type: 'json' };
import { GuideShortcutNote } from '../../../components/popup/GuideShortcutNote';
import { VersionNote } from '../../../components/shared/VersionNote';
import { startBackground } from '../../../lib/background/start-background';
import { CHROME_GUIDE_COMMAND, FIREFOX_GUIDE_COMMAND, GUIDE_SHORTCUT_KEY } from '../../../lib/guide-shortcut-manifest';
import { readGuideShortcut } from '../../../lib/pages/guide-shortcut';
import { fakeCommands } from '../support/fake-browser-gaps';
import { mount, waitFor } from '../options/render';

const TAB = { id: 7, index: 0, windowId: 1, active: true } as Parameters<typeof fakeCommands.trigger>[1];

describe('the guide shortcut in the background (Chrome)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });

  it('registers its listener when the background starts', () => {
    expect(fakeCommands.listenerCount()).toBe(1);
  });

  it('opens the side panel for the tab the shortcut was pressed in, before any await (the gesture ends there)', () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    // Not awaited: the call must already have happened when the listener returns.
    void fakeCommands.trigger(CHROME_GUIDE_COMMAND, TAB);
    expect(open).toHaveBeenCalledExactlyOnceWith({ tabId: 7 });
  });

  it('does nothing for another command, or with no tab to open the guide for', async () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    await fakeCommands.trigger('something-else', TAB);
    await fakeCommands.trigger(CHROME_GUIDE_COMMAND, undefined);
    expect(open).not.toHaveBeenCalled();
  });

  it('survives the browser refusing to open the panel', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    await expect(fakeCommands.trigger(CHROME_GUIDE_COMMAND, TAB)).resolves.toBeDefined();
  });
});

describe('readGuideShortcut', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the key the browser assigned to each browser’s command', async () => {
    expect(await readGuideShortcut('chrome')).toEqual({ state: 'set', keys: GUIDE_SHORTCUT_KEY, browser: 'chrome' });
    fakeCommands.declareFor('firefox');
    expect(await readGuideShortcut('firefox')).toEqual({ state: 'set', keys: GUIDE_SHORTCUT_KEY, browser: 'firefox' });
  });

  it('says "unset" when the agent removed the key or the browser found it taken', async () => {
    fakeCommands.setShortcut(CHROME_GUIDE_COMMAND, '');
    expect(await readGuideShortcut('chrome')).toEqual({ state: 'unset', browser: 'chrome' });
  });

  it('says "unknown" when the command is missing or the API fails, rather than guess', async () => {
    expect(await readGuideShortcut('firefox')).toEqual({ state: 'unknown' });
    vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('no commands'));
    expect(await readGuideShortcut('chrome')).toEqual({ state: 'unknown' });
  });
});

describe('the popup’s shortcut note', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the key', async () => {
    fakeCommands.setShortcut(CHROME_GUIDE_COMMAND, 'Ctrl+Shift+U');
    const page = await mount(<GuideShortcutNote on="chrome" />);
    await waitFor(() => page.$('kbd') !== null, 'the shortcut');
    expect(page.text('kbd')).toBe('Ctrl+Shift+U');
    expect(page.$('[data-testid="guide-shortcut"]')?.dataset.state).toBe('set');
    page.unmount();
  });

  it.each([
    ['chrome', CHROME_GUIDE_COMMAND, 'chrome://extensions/shortcuts'],
    ['firefox', FIREFOX_GUIDE_COMMAND, 'Manage Extension Shortcuts'],
  ] as const)('in %s, says where to set a key when there is none', async (browserName, command, where) => {
    fakeCommands.declareFor(browserName);
    fakeCommands.setShortcut(command, '');
    const page = await mount(<GuideShortcutNote on={browserName} />);
    await waitFor(() => page.$('[data-testid="guide-shortcut"]') !== null, 'the note');
    expect(page.text('[data-testid="guide-shortcut"]')).toContain(where);
    expect(page.$('kbd')).toBeNull();
    page.unmount();
  });

  it('shows nothing when the browser would not say', async () => {
    const getAll = vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('no commands'));
    const page = await mount(<GuideShortcutNote on="chrome" />);
    await waitFor(() => getAll.mock.calls.length > 0, 'the lookup');
    await waitFor(() => true); // one more turn for the rejection to settle into state
    expect(page.root.textContent).toBe('');
    page.unmount();
  });
});

describe('the version in the footers', () => {
  it('is the manifest’s, which WXT takes from package.json', async () => {
    const page = await mount(<VersionNote />);
    expect(page.text('[data-testid="extension-version"]')).toBe(`Version ${packageJson.version}`);
    page.unmount();
  });
});
