/**
 * Reading the team's policy from `storage.managed`, in the background. No policy is the common case and looks
 * different in each browser: Chrome without policy answers `{}`; Firefox without a managed-storage manifest REJECTS
 * ("Managed storage manifest not found"); a browser or test double may have no `storage.managed` at all. Each of
 * those is "no policy", never an error. Read on every request (one small IPC call), so a policy change needs no
 * cache to be invalidated.
 */
import { browser } from 'wxt/browser';
import { readManagedPolicy, type ManagedPolicy, NO_POLICY } from './managed-policy';

export async function readManagedStorage(): Promise<ManagedPolicy> {
  try {
    const area = (browser.storage as { managed?: { get(keys?: null): Promise<Record<string, unknown>> } }).managed;
    if (!area) return NO_POLICY;
    return readManagedPolicy(await area.get(null));
  } catch {
    return NO_POLICY;
  }
}

/** Call `onChange` whenever the administrator's policy changes (Chrome applies policy changes live; Firefox reads its
 *  manifest at start only, and then this never fires). */
export function watchManagedStorage(onChange: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') onChange();
  });
}
