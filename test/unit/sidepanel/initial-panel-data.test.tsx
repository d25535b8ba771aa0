import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readInitialPanelData } from '../../../components/sidepanel/initial-panel-data';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { tabHealthItem } from '../../../lib/session-storage';
import { type TabHealth, guidesItem, storageNoticesItem } from '../../../lib/storage';

describe('the side panel data read before its first render', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the guides, tab health and notices, and takes the tab from ?tabId=', async () => {
    await guidesItem.setValue({ g1: { not: 'checked here' } });
    await tabHealthItem.setValue({ 12: { url: 'https://app.kartra.com/integrations' } as TabHealth });
    await storageNoticesItem.setValue(['set aside']);
    expect(await readInitialPanelData('?tabId=12')).toEqual({
      tabId: 12,
      guides: { g1: { not: 'checked here' } },
      health: { 12: { url: 'https://app.kartra.com/integrations' } },
      notices: ['set aside'],
    });
  });

  it('takes the active tab of the panel window when there is no ?tabId=', async () => {
    const windowId = (await browser.windows.create({ focused: true }))?.id;
    await browser.tabs.create({ windowId, url: 'https://example.com/' });
    const kartra = await browser.tabs.create({ windowId, url: 'https://app.kartra.com/integrations', active: true });
    expect((await readInitialPanelData('')).tabId).toBe(kartra.id);
  });

  it('leaves a read that fails undefined, for the panel to read again, and still returns the others', async () => {
    await storageNoticesItem.setValue(['set aside']);
    vi.spyOn(guidesItem, 'getValue').mockRejectedValue(new Error('storage is gone'));
    const data = await readInitialPanelData('?tabId=3');
    expect(data).toMatchObject({ tabId: 3, guides: undefined, health: {}, notices: ['set aside'] });
  });

  it('lets the panel render with that data the first time it renders, with no "Loading…" in between', () => {
    const root = document.createElement('div');
    render(<SidePanelApp fixedTabId={3} initial={{ tabId: 3, guides: {}, health: {}, notices: [] }} />, root);
    expect(root.textContent).not.toContain('Loading…');
    expect(root.querySelector('h1')?.textContent).toBe('Reconnect Stripe');
    render(null, root);
  });
});
