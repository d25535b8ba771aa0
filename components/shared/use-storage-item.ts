import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A storage item as Preact state: read once, then kept current with `watch`, so every extension page shows what the
 * background last wrote even if the page opened while the service worker was asleep.
 * `undefined` means "not read yet" (render a loading state, not an empty one). `initial` is a value the page read
 * before its first render, so that render already has data.
 */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    let alive = true;
    // Read even with an initial value: that was read before this watch began, and a change in between would be lost.
    void item.getValue().then((v) => alive && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}
