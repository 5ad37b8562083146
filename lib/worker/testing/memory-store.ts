/** A FileStore in memory for tests, with an optional quota that fails writes like a full browser store. */
import { copyInChunks, type FileStore } from "../persist-store";

export interface MemoryStore extends FileStore {
  files: Map<string, Blob>;
  /** Bytes per chunk of a write (pace is awaited before each, as the browser stores do). */
  chunkBytes: number;
  /** Makes the next writes fail with this error name (e.g. "QuotaExceededError"), or stops failing with null. */
  failWrites: string | null;
}

/** A store holding at most `quota` bytes (estimate() reports it; writes beyond it fail). */
export function memoryStore(quota = Infinity): MemoryStore {
  const files = new Map<string, Blob>();
  const usage = () => [...files.values()].reduce((n, b) => n + b.size, 0);
  const store: MemoryStore = {
    kind: "memory",
    files,
    failWrites: null,
    chunkBytes: 1 << 20,
    async write(name, data, pace) {
      if (store.failWrites) throw new DOMException("write refused", store.failWrites);
      if (usage() - (files.get(name)?.size ?? 0) + data.size > quota) throw new DOMException("quota exceeded", "QuotaExceededError");
      // Written chunk by chunk, each chunk visible at once: an abandoned write leaves a partial file, as OPFS does.
      const parts: Uint8Array[] = [];
      files.set(name, new Blob([]));
      await copyInChunks(
        data,
        (bytes) => {
          parts.push(bytes);
          files.set(name, new Blob(parts as BlobPart[]));
        },
        pace,
        store.chunkBytes,
      );
    },
    read: async (name) => files.get(name) ?? null,
    remove: async (name) => void files.delete(name),
    names: async () => [...files.keys()],
    estimate: async () => (Number.isFinite(quota) ? { usage: usage(), quota } : null),
  };
  return store;
}
