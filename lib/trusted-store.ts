/**
 * Storage that content scripts cannot reach, for what decides a verdict: guides, "show me" requests, the site-profile
 * override, the notices about set-aside data. `storage.local` is read and written by every content script context
 * (a renderer running a hostile page is one), so a second Kartra tab could read a guide, swap its original key or
 * switch an override on. This is the extension origin's IndexedDB instead: the background and the extension's pages
 * share it, while a content script's IndexedDB is the web page's. (`storage.session` is also trusted-only, but it is
 * emptied by every update, and a guide must outlive one.)
 *
 * Changes are announced on a BroadcastChannel of the extension origin, so the popup, side panel and options page see
 * what the background wrote; content scripts are told by message (lib/background/content-refresh.ts).
 * Values are structured clones of plain data; each reader still validates what it reads.
 */
const DATABASE = 'stripe-reconnect-assistant';
const STORE = 'items';
const CHANNEL = 'stripe-reconnect-assistant:trusted-store';

export interface TrustedItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with the new value whenever any context of the extension writes it; returns the unsubscribe. */
  watch(onChange: (value: T) => void): () => void;
  /** Like `watch`, for a listener that only needs to know a write happened (no read of the value). */
  onWritten(handler: () => void): () => void;
}

// One connection per IndexedDB factory (tests swap the factory for a fresh one).
let open: { factory: IDBFactory; db: Promise<IDBDatabase> } | undefined;

function database(): Promise<IDBDatabase> {
  if (open?.factory !== indexedDB) {
    const factory = indexedDB;
    const db = new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => {
        // Another context upgrading or deleting the database: let it, and open again next time.
        request.result.onversionchange = () => {
          request.result.close();
          if (open?.factory === factory) open = undefined;
        };
        resolve(request.result);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another connection'));
    });
    open = { factory, db };
    // A failed open is not cached: the next call tries again.
    db.catch(() => open?.db === db && (open = undefined));
  }
  return open.db;
}

// `IDBRequest` is invariant in its result, so requests of any result type are taken as `IDBRequest<any>`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function run<R>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<any>): Promise<R> {
  return database().then(
    (db) =>
      new Promise<R>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('IndexedDB transaction failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      }),
  );
}

type Watcher = (key: string) => void;
let channel: BroadcastChannel | undefined;

// A BroadcastChannel reaches every other channel object of that name in the extension origin, those of this same
// context included (only the posting object itself is skipped), so one path serves every watcher.
function announce(key: string): void {
  channel ??= new BroadcastChannel(CHANNEL);
  channel.postMessage(key);
}

function listen(watcher: Watcher): () => void {
  const own = new BroadcastChannel(CHANNEL);
  own.onmessage = (event: MessageEvent) => typeof event.data === 'string' && watcher(event.data);
  return () => own.close();
}

export function defineTrustedItem<T>(key: string, fallback: T): TrustedItem<T> {
  const read = async (): Promise<T> => {
    const value = await run<T | undefined>('readonly', (store) => store.get(key));
    return value === undefined ? fallback : value;
  };
  return {
    key,
    getValue: read,
    async setValue(value) {
      await run('readwrite', (store) =>
        value === null || value === undefined ? store.delete(key) : store.put(value, key),
      );
      announce(key);
    },
    onWritten(handler) {
      return listen((changed) => changed === key && handler());
    },
    watch(onChange) {
      let latest = 0;
      return listen((changed) => {
        if (changed !== key) return;
        // Reads can finish out of order; only the newest one is delivered.
        const ticket = ++latest;
        void read().then(
          (value) => ticket === latest && onChange(value),
          () => undefined,
        );
      });
    },
  };
}
