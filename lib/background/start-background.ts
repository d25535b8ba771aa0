/**
 * The background's composition root: build the services, then register every listener synchronously (an MV3 worker
 * or Firefox event page that wakes for an event must find its listener registered in the first turn).
 */
import { browser } from 'wxt/browser';
import { createGuideService } from './guide-service';
import { createMessageRouter } from './message-router';
import { createSerialQueue } from './serial-queue';
import { listenForGuideShortcut } from './guide-shortcut';
import { openSidePanelForTab } from './side-panel';
import { createTabHealth } from './tab-health';
import { paintToolbarBadge } from './toolbar-badge';
import { activeSiteProfile, clearProfileOverride, saveProfileOverride } from './profile-override';
import { createTabsToReload } from './tabs-to-reload';
import { leaveLocalStorage } from './leave-local-storage';
import { refreshContentScriptsOnChange } from './content-refresh';
import { captureCoveredTab } from './report-capture';
import { openTeachPicker, type TeachPickerApi } from './open-teach-picker';
import { teachChange, undoTaughtChange } from './taught-changes';
import { buildTaughtExport, taughtExportJson } from '../teach/export';
import { profileLayers, taughtChangeFits } from './profile-layers';
import { readManagedStorage } from '../policy/managed-storage';

export function startBackground(): void {
  const enqueue = createSerialQueue();
  const now = () => Date.now();
  const health = createTabHealth({ enqueue, paintBadge: paintToolbarBadge, now });
  const guides = createGuideService({
    enqueue,
    now,
    newId: () => `guide-${crypto.randomUUID()}`,
    openTabIds: async () => new Set((await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]))),
  });

  const openSiteTabIds = async () => {
    const url = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
    return (await browser.tabs.query({ url })).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  };
  const tabsToReload = createTabsToReload({ enqueue, injectsIntoOpenTabs: import.meta.env.FIREFOX, openSiteTabIds });
  refreshContentScriptsOnChange(openSiteTabIds);

  // Which tab applied which taught change, so the picker there may undo it (and no other page may).
  const taughtFromTab = new Map<string, number>();
  const pickerApi: TeachPickerApi = {
    tabs: browser.tabs,
    scripting: { executeScript: (injection) => browser.scripting.executeScript(injection) },
  };
  const teachDeps = {
    // Taught changes are the agent's own, like their override: the team's policy may forbid both.
    mayTeach: async () => (await readManagedStorage()).allowAgentOverrides,
    stillValid: taughtChangeFits,
    now,
    newId: () => `taught-${crypto.randomUUID()}`,
  };

  const router = createMessageRouter(
    {
      'health/report': async (m, s) => {
        if (s.kind !== 'content-script') return;
        await health.record(s.tabId, s.url, m.report);
        await guides.reportSeen(s.tabId, m.report);
      },
      'guide/observed': async (m, s) => (s.kind === 'content-script' ? guides.observe(s.tabId, s.role, m.observation) : { verdicts: [] }),
      'guide/for-this-tab': async (_m, s) => (s.kind === 'content-script' ? guides.pageView(s.tabId) : undefined),
      'guide/command': async (m) => guides.command(m.tabId, m.command),
      'guide/show-me': async (m) => guides.showMe(m.tabId),
      'guide/adopt-tab': async (m) => guides.adoptTab(m.tabId, m.newTabId),
      'panel/open': async (m) => openSidePanelForTab(m.tabId),
      'panel/open-here': async (_m, s) => (s.kind === 'content-script' ? openSidePanelForTab(s.tabId) : false),
      'profile/set-override': async (m) => saveProfileOverride(m.site, m.json, now()),
      'profile/clear-override': async (m) => clearProfileOverride(m.site),
      'profile/active': async (m) => activeSiteProfile(m.site),
      'profile/layers': async (m) => profileLayers(m.site),
      'report/capture': async (m) => captureCoveredTab(browser.tabs, m.tabId),
      'teach/start': async (m) => openTeachPicker(pickerApi, m.tabId, m.target),
      'teach/start-here': async (m, s) => (s.kind === 'content-script' ? openTeachPicker(pickerApi, s.tabId, m.target) : 'failed'),
      'teach/apply': async (m, s) => {
        // Read, check, write: one at a time, so two tabs teaching at once cannot lose either change.
        const reply = await enqueue(() => teachChange(m.change, teachDeps));
        if (reply.applied && s.kind === 'content-script') taughtFromTab.set(reply.id, s.tabId);
        return reply;
      },
      'teach/export': async (m) => taughtExportJson(buildTaughtExport([m.change], new Date(now()))),
      'teach/undo': async (m, s) => {
        if (s.kind === 'content-script' && taughtFromTab.get(m.id) !== s.tabId) return false;
        taughtFromTab.delete(m.id);
        return enqueue(() => undoTaughtChange(m.id));
      },
    },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, '') },
  );

  browser.runtime.onMessage.addListener((raw, sender) => {
    const reply = router(raw, sender);
    // A message the router accepted from a tab comes from our current content script: that tab is live again.
    if (reply && sender.tab?.id !== undefined) void tabsToReload.clear(sender.tab.id);
    return reply;
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void tabsToReload.recordOpenTabs();
    // Only on update: on any other start, what is in storage.local may have been written by a content script.
    if (reason === 'update') void enqueue(() => leaveLocalStorage().catch(() => undefined));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabsToReload.clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void health.forget(tabId);
    void tabsToReload.clear(tabId);
  });
  listenForGuideShortcut(openSidePanelForTab);
}
