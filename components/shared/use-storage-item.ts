import { useEffect, useState } from 'preact/hooks';

/**
 * A storage item as Preact state: read once, then kept current with `watch`, so every extension page shows what the
 * background last wrote even if the page opened while the service worker was asleep.
 * `undefined` means "not read yet" (render a loading state, not an empty one). `initial` is a value the page read
 * before its first render, so that render already has data.
 */
/** What both kinds of item offer: WXT's (storage.session) and lib/trusted-store.ts's. */
export interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(onChange: (value: T) => void): () => void;
}

export function useStorageItem<T>(item: WatchableItem<T>, initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    let alive = true;
    // Read even with an initial value: that was read before this watch began, and a change in between would be lost.
    void item.getValue().then((v) => alive && setValue(v));
    const unwatch = item.watch((v: T) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}
