/**
 * Items in `storage.session`: gone when the browser closes, and out of reach of content scripts (Chrome's default
 * access level). Only the background and the extension's own pages import this file.
 */
import { storage } from 'wxt/utils/storage';
import type { TabHealth } from './storage-schemas';

/**
 * Per-tab health, keyed by tab id: it describes tabs that die with the browser. Read without a second check: only the
 * background writes it, from reports its router validated with zod, and an update empties session storage, so no
 * other version's shape can be found here.
 */
export const tabHealthItem = storage.defineItem<Record<string, TabHealth>>('session:tabHealth', { fallback: {} });

/** The optional restricted key for the online check. Never in local or sync storage, never sent to a page. */
export const onlineCheckKeyItem = storage.defineItem<string | null>('session:onlineCheckKey', { fallback: null });

/** Tabs on our sites that were open when the extension was installed or updated (see lib/background/tabs-to-reload.ts). */
export const tabsToReloadItem = storage.defineItem<number[]>('session:tabsToReload', { fallback: [] });
