/**
 * Keeps what was loaded so a reload (or a crashed worker) can load it again: the input files'
 * original bytes, or for a generated demo only its options (generation is deterministic). It
 * lives in the worker because the worker already holds the File objects and is the one that
 * re-ingests them; the main thread never touches log bytes. Where the bytes go is a FileStore
 * (OPFS, IndexedDB, or memory in tests); this module is the bookkeeping: a manifest of loads in
 * order, a quota check before writing, and errors turned into what the analyst is told.
 */
import { z } from "zod";
import type { GenerateOptions } from "../generate/options";
import type { StorageStatus } from "./protocol";

/**
 * Awaited between the chunks of a large write: it resolves when the write may go on (the analyst
 * is not waiting on the engine) and rejects to abandon the write (the copy was forgotten meanwhile).
 */
export type Pace = () => Promise<void>;

/** Bytes a store writes at a time: small enough that a chunk never holds up a query for long. */
export const WRITE_CHUNK_BYTES = 1 << 20;

/**
 * Copies `data` chunk by chunk into `write(bytes, at)`, awaiting `pace` before each chunk. The
 * FileStores use it, so a load of gigabytes is copied in the engine's quiet moments.
 */
export async function copyInChunks(data: Blob, write: (bytes: Uint8Array, at: number) => void | Promise<void>, pace?: Pace, chunkBytes = WRITE_CHUNK_BYTES): Promise<void> {
  for (let at = 0; at < data.size; at += chunkBytes) {
    if (pace) await pace();
    await write(new Uint8Array(await data.slice(at, Math.min(data.size, at + chunkBytes)).arrayBuffer()), at);
  }
}

/** Byte storage by name: the one thing a browser backend has to provide. */
export interface FileStore {
  readonly kind: "opfs" | "indexeddb" | "memory";
  /**
   * Writes (replaces) a file, awaiting `pace` before each chunk (a backend that writes in one go awaits it once);
   * rejects with a DOMException named QuotaExceededError when storage is full, and with pace's
   * error when pace rejects.
   */
  write(name: string, data: Blob, pace?: Pace): Promise<void>;
  /** The stored bytes, or null when there is no such file. */
  read(name: string): Promise<Blob | null>;
  remove(name: string): Promise<void>;
  names(): Promise<string[]>;
  /** Usage and quota of the origin's storage, or null when the browser does not say. */
  estimate(): Promise<{ usage: number; quota: number } | null>;
}

const storedFileSchema = z.object({ name: z.string(), path: z.string(), bytes: z.number() });
const storedLoadSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("files"), label: z.string(), files: z.array(storedFileSchema) }),
  z.object({ kind: z.literal("generate"), label: z.string(), options: z.record(z.string(), z.unknown()) }),
]);
const storedManifestSchema = z.object({ version: z.literal(1), nextId: z.number(), loads: z.array(storedLoadSchema) });
export type StoredLoad = z.infer<typeof storedLoadSchema>;
type StoredManifest = z.infer<typeof storedManifestSchema>;

/** One file of a load, as the worker received it. */
export interface FileToStore {
  path: string;
  file: Blob;
}

/** A stored load ready to re-ingest. */
export type RestoredLoad =
  | { kind: "files"; label: string; files: { path: string; file: Blob }[] }
  | { kind: "generate"; label: string; options: Partial<GenerateOptions> };

const MANIFEST = "manifest.json";
/** Room left free beside a write, so the browser's own bookkeeping never tips the origin over its quota. */
const QUOTA_MARGIN = 16 * 1024 * 1024;

function empty(): StoredManifest {
  return { version: 1, nextId: 1, loads: [] };
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`;
}

function isQuotaError(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "QuotaExceededError";
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What is said when a load could not be kept: the app goes on in memory. */
export function notStoredMessage(why: string): string {
  return `${why} The data stays loaded in this tab, but a reload will not bring it back.`;
}

function abandoned(): Error {
  const e = new Error("the stored copy was forgotten while it was being written");
  e.name = "AbortError";
  return e;
}

/** The dataset's stored copy. Every operation is queued, so a write never races a forget. */
export class DatasetPersistence {
  private queue: Promise<unknown> = Promise.resolve();
  private problem: string | null = null;
  /** Bumped by forget(): a write of an earlier generation stops at its next chunk instead of finishing first. */
  private generation = 0;

  /**
   * @param store null when the browser offers no storage (then nothing is kept and the status says why)
   * @param quiet resolves when the engine is quiet; a stored copy is written only in such moments
   */
  constructor(
    private readonly store: FileStore | null,
    private readonly quiet: () => Promise<void> = async () => undefined,
  ) {
    if (!store) this.problem = "This browser offers no storage for this page (OPFS and IndexedDB are unavailable): the data is kept in this tab only.";
  }

  /** Where loads are kept, how much, and why the last one was not. */
  status(): Promise<StorageStatus> {
    return this.enqueue(async () => {
      const m = await this.manifest();
      const bytes = m.loads.reduce((n, l) => n + (l.kind === "files" ? l.files.reduce((k, f) => k + f.bytes, 0) : 0), 0);
      return { backend: this.store?.kind ?? null, bytes, loads: m.loads.length, problem: this.problem };
    });
  }

  /** Keeps the files of a load that succeeded. Never throws: a failure becomes the status's problem. */
  saveFiles(label: string, files: FileToStore[]): Promise<void> {
    const generation = this.generation;
    const pace: Pace = async () => {
      await this.quiet();
      if (this.generation !== generation) throw abandoned();
    };
    return this.enqueue(async () => {
      if (this.generation !== generation) return;
      const store = this.store;
      if (!store) return;
      const m = await this.manifest();
      const need = files.reduce((n, f) => n + f.file.size, 0);
      const est = await store.estimate().catch(() => null);
      if (est && est.quota - est.usage < need + QUOTA_MARGIN) {
        this.problem = notStoredMessage(
          `Not stored: this load needs ${mb(need)} but the browser grants this page only ${mb(Math.max(0, est.quota - est.usage))} more storage.`,
        );
        return;
      }
      // Names written to, the last one possibly in part.
      const touched: string[] = [];
      try {
        const stored = [];
        for (const f of files) {
          const name = `f${m.nextId++}`;
          touched.push(name);
          await store.write(name, f.file, pace);
          stored.push({ name, path: f.path, bytes: f.file.size });
        }
        m.loads.push({ kind: "files", label, files: stored });
        await this.writeManifest(m);
        this.problem = null;
      } catch (e) {
        for (const name of touched) await store.remove(name).catch(() => undefined);
        if (this.generation !== generation) return; // forgotten meanwhile: nothing to tell
        this.problem = notStoredMessage(
          isQuotaError(e)
            ? `Not stored: the browser's storage for this page is full (${mb(need)} needed).`
            : `Not stored: writing to the browser's storage failed (${messageOf(e)}).`,
        );
      }
    });
  }

  /** Keeps a generated demo as its options: regenerating gives the same events. */
  saveGenerate(label: string, options: Partial<GenerateOptions>): Promise<void> {
    return this.enqueue(async () => {
      if (!this.store) return;
      const m = await this.manifest();
      m.loads.push({ kind: "generate", label, options: { ...options } });
      try {
        await this.writeManifest(m);
        this.problem = null;
      } catch (e) {
        this.problem = notStoredMessage(`Not stored: writing to the browser's storage failed (${messageOf(e)}).`);
      }
    });
  }

  /** The stored loads in load order; a load whose files are gone is left out and said so. */
  loads(): Promise<RestoredLoad[]> {
    return this.enqueue(async () => {
      const store = this.store;
      if (!store) return [];
      const out: RestoredLoad[] = [];
      const lost: string[] = [];
      for (const load of (await this.manifest()).loads) {
        if (load.kind === "generate") {
          out.push({ kind: "generate", label: load.label, options: load.options as Partial<GenerateOptions> });
          continue;
        }
        const files = [];
        for (const f of load.files) {
          const blob = await store.read(f.name).catch(() => null);
          if (blob) files.push({ path: f.path, file: blob });
        }
        if (files.length === load.files.length) out.push({ kind: "files", label: load.label, files });
        else lost.push(load.label);
      }
      if (lost.length > 0) this.problem = `The stored copy of ${lost.join(", ")} is incomplete (the browser may have evicted it): load those files again.`;
      return out;
    });
  }

  /** Deletes every stored file and the manifest; a copy still being written stops at its next chunk. */
  forget(): Promise<void> {
    this.generation++;
    return this.enqueue(async () => {
      const store = this.store;
      if (!store) return;
      for (const name of await store.names()) await store.remove(name);
      this.problem = null;
    });
  }

  private async manifest(): Promise<StoredManifest> {
    const blob = await this.store?.read(MANIFEST).catch(() => null);
    if (!blob) return empty();
    try {
      return storedManifestSchema.parse(JSON.parse(await blob.text()));
    } catch {
      this.problem = "The stored copy's index was unreadable, so nothing could be restored.";
      return empty();
    }
  }

  private writeManifest(m: StoredManifest): Promise<void> {
    return this.store!.write(MANIFEST, new Blob([JSON.stringify(m)], { type: "application/json" }));
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op, op);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
