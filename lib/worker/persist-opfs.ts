/**
 * FileStores of the browser: the Origin Private File System (preferred: files on disk, streamed
 * in and out, read back lazily as File objects) and IndexedDB (Blobs) where OPFS is missing.
 * Both run in the engine worker. The IndexedDB database is this module's own, apart from the
 * notes-and-stories database.
 */
import { copyInChunks, type FileStore } from "./persist-store";

const DIR = "trailscope-dataset";
const IDB_NAME = "trailscope-dataset";
const IDB_STORE = "files";

interface SyncHandle {
  write(data: Uint8Array, opts: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}
/** The OPFS handle methods used here, which not every TypeScript lib declares for workers. */
interface WritableHandle {
  createWritable?: () => Promise<WritableStream<Uint8Array>>;
  createSyncAccessHandle?: () => Promise<SyncHandle>;
}

async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const est = await globalThis.navigator?.storage?.estimate?.();
  return est && typeof est.quota === "number" ? { usage: est.usage ?? 0, quota: est.quota } : null;
}

/** OPFS under one folder; null when the browser has none. */
export async function openOpfsStore(): Promise<FileStore | null> {
  const root = await globalThis.navigator?.storage?.getDirectory?.().catch(() => null);
  if (!root) return null;
  const dir = await root.getDirectoryHandle(DIR, { create: true });
  return {
    kind: "opfs",
    async write(name, data, pace) {
      const handle = (await dir.getFileHandle(name, { create: true })) as unknown as WritableHandle;
      // The synchronous handle (workers only) writes from this thread; a writable stream hands every chunk to the
      // browser process, which writes it to a swap file and moves that into place at the end.
      if (handle.createSyncAccessHandle) {
        const sync = await handle.createSyncAccessHandle();
        try {
          sync.truncate(0);
          await copyInChunks(
            data,
            (bytes, at) => {
              for (let done = 0; done < bytes.length; ) {
                const n = sync.write(bytes.subarray(done), { at: at + done });
                if (!(n > 0)) throw new Error(`the browser wrote nothing to ${name} at byte ${at + done}`);
                done += n;
              }
            },
            pace,
          );
          sync.flush();
        } finally {
          sync.close();
        }
        return;
      }
      const writable = await handle.createWritable!();
      const writer = writable.getWriter();
      try {
        await copyInChunks(data, (bytes) => writer.write(bytes), pace);
        await writer.close();
      } catch (e) {
        await writer.abort(e).catch(() => undefined);
        throw e;
      }
    },
    async read(name) {
      try {
        return await (await dir.getFileHandle(name)).getFile();
      } catch (e) {
        if ((e as { name?: string }).name === "NotFoundError") return null;
        throw e;
      }
    },
    async remove(name) {
      await dir.removeEntry(name).catch((e: { name?: string }) => {
        if (e.name !== "NotFoundError") throw e;
      });
    },
    async names() {
      const out: string[] = [];
      for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) out.push(name);
      return out;
    },
    estimate: storageEstimate,
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

/** IndexedDB, one Blob per record; null when the browser has none. */
export async function openIdbStore(): Promise<FileStore | null> {
  if (typeof indexedDB === "undefined") return null;
  const open = indexedDB.open(IDB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(IDB_STORE);
  const db = await request(open).catch(() => null);
  if (!db) return null;
  const run = async <T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = db.transaction(IDB_STORE, mode);
    const result = request(op(tx.objectStore(IDB_STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new DOMException("IndexedDB transaction aborted", "QuotaExceededError"));
    });
    return result;
  };
  return {
    kind: "indexeddb",
    // One put stores the whole Blob (the browser copies it in one go), so the write waits for a quiet moment only
    // before it starts; a copy forgotten meanwhile is abandoned there.
    write: async (name, data, pace) => {
      await pace?.();
      await run("readwrite", (s) => s.put(data, name));
    },
    read: async (name) => ((await run("readonly", (s) => s.get(name))) as Blob | undefined) ?? null,
    remove: async (name) => void (await run("readwrite", (s) => s.delete(name))),
    names: async () => (await run("readonly", (s) => s.getAllKeys())).map(String),
    estimate: storageEstimate,
  };
}

/** The browser's best store: OPFS, else IndexedDB, else none. */
export async function openBrowserStore(): Promise<FileStore | null> {
  return (await openOpfsStore().catch(() => null)) ?? (await openIdbStore().catch(() => null));
}
