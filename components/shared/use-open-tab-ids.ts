import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The ids of every open tab, kept current: a guide none of whose tabs is open was orphaned (e.g. by a restart). */
export function useOpenTabIds(): Set<number> | undefined {
  const [ids, setIds] = useState<Set<number> | undefined>(undefined);
  useEffect(() => {
    const refresh = () => void browser.tabs.query({}).then((tabs) => setIds(new Set(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])))));
    refresh();
    browser.tabs.onCreated.addListener(refresh);
    browser.tabs.onRemoved.addListener(refresh);
    return () => {
      browser.tabs.onCreated.removeListener(refresh);
      browser.tabs.onRemoved.removeListener(refresh);
    };
  }, []);
  return ids;
}
