/**
 * The browser's own store for what the analyst writes: stories and notes (and small settings).
 * One IndexedDB database, one object store per kind, records keyed by their `id`. Every write is
 * announced on a BroadcastChannel so other tabs and windows (the presenter window) refresh.
 * Logs themselves are never stored here (see the dataset persistence in the worker).
 */
export const DB_NAME = "trailscope";
const DB_VERSION = 1;
export const STORE_NAMES = ["stories", "notes", "settings"] as const;
export type StoreName = (typeof STORE_NAMES)[number];

const CHANNEL = "trailscope-persist";

let dbPromise: Promise<IDBDatabase> | null = null;

function requestResult<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

/** Opens (and on first use creates) the database; rejects with a readable error when the browser refuses storage. */
export function openDb(): Promise<IDBDatabase> {
  if (dbPromise) return dbPromise;
  dbPromise = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new Error("This browser offers no IndexedDB: notes and stories are kept for this tab only."));
      return;
    }
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of STORE_NAMES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: "id" });
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading the schema: let it, and reopen on next use.
      db.onversionchange = () => {
        db.close();
        dbPromise = null;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error("IndexedDB could not be opened"));
    req.onblocked = () => reject(new Error("IndexedDB is blocked by another Trailscope tab: close it and try again."));
  });
  dbPromise.catch(() => {
    dbPromise = null;
  });
  return dbPromise;
}

async function run<T>(store: StoreName, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  const tx = db.transaction(store, mode);
  const result = requestResult(op(tx.objectStore(store)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted (storage full?)"));
  });
  return result;
}

/** Every record of a store, in key order. */
export function getAll<T>(store: StoreName): Promise<T[]> {
  return run(store, "readonly", (s) => s.getAll() as IDBRequest<T[]>);
}

/** One record by id, or undefined. */
export function getOne<T>(store: StoreName, id: string): Promise<T | undefined> {
  return run(store, "readonly", (s) => s.get(id) as IDBRequest<T | undefined>);
}

/** Inserts or replaces a record (it must carry its `id`), then tells other windows. */
export async function putOne<T extends { id: string }>(store: StoreName, value: T): Promise<void> {
  await run(store, "readwrite", (s) => s.put(value));
  announce(store);
}

/** Deletes a record by id, then tells other windows. */
export async function deleteOne(store: StoreName, id: string): Promise<void> {
  await run(store, "readwrite", (s) => s.delete(id));
  announce(store);
}

/** Empties a store, then tells other windows. */
export async function clearStore(store: StoreName): Promise<void> {
  await run(store, "readwrite", (s) => s.clear());
  announce(store);
}

type Listener = (store: StoreName) => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === "undefined") return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const store = (e.data as { store?: unknown } | null)?.store;
    if (typeof store === "string" && (STORE_NAMES as readonly string[]).includes(store)) {
      for (const l of listeners) l(store as StoreName);
    }
  };
  return channel;
}

function announce(store: StoreName): void {
  for (const l of listeners) l(store);
  ensureChannel()?.postMessage({ store });
}

/** Calls `listener` whenever a store changes, in this window or another; returns the unsubscribe. */
export function onStoreChange(listener: Listener): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
