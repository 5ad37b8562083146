/**
 * zip layer, streamed with fflate's Unzip: each entry's data is handed to a
 * visitor as its own stream, one entry at a time, with backpressure so a big
 * archive never sits in memory. Expansion is capped: a zip bomb is refused.
 */
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { LayerError, abortError } from "./streams";

export interface ZipLimits {
  /** Refuse an entry expanding more than this many times its compressed size… */
  maxRatio: number;
  /** …once it is at least this large (small entries compress well legitimately). */
  largeEntryBytes: number;
  /** Refuse to expand more than this in total. */
  maxTotalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = { maxRatio: 200, largeEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024 * 1024 };

/** Bytes queued for entry visitors before the archive reader waits. */
const HIGH_WATER = 8 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** Position among the archive's entries (for re-opening the same entry). */
  ordinal: number;
  stream: ReadableStream<Uint8Array>;
}

/** Whether bytes start with a zip local-file or empty-archive signature. */
export function isZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** Directories and the metadata macOS adds when zipping a folder hold no logs. */
function isJunk(name: string): boolean {
  return name.endsWith("/") || name.startsWith("__MACOSX/") || name.includes("/__MACOSX/") || name === ".DS_Store" || name.endsWith("/.DS_Store");
}

/** A pull-based queue feeding one entry's stream. */
class EntryQueue {
  private chunks: Uint8Array[] = [];
  private done = false;
  private failure: unknown;
  private wake: (() => void) | undefined;
  private dropped = false;
  queued = 0;
  readonly stream: ReadableStream<Uint8Array>;

  /** `onQueued(delta)` tracks bytes waiting in all queues, for backpressure. */
  constructor(private readonly onQueued: (delta: number) => void) {
    this.stream = new ReadableStream<Uint8Array>(
      {
        pull: async (c) => {
          while (this.chunks.length === 0 && !this.done && this.failure === undefined) await new Promise<void>((r) => (this.wake = r));
          const next = this.chunks.shift();
          if (next) {
            this.queued -= next.length;
            this.onQueued(-next.length);
            c.enqueue(next);
          } else if (this.failure !== undefined) c.error(this.failure);
          else c.close();
        },
        cancel: () => this.drop(),
      },
      { highWaterMark: 0 },
    );
  }

  get open(): boolean {
    return !this.done && this.failure === undefined;
  }

  push(data: Uint8Array): void {
    if (this.dropped) return;
    this.chunks.push(data);
    this.queued += data.length;
    this.onQueued(data.length);
    this.notify();
  }

  close(): void {
    this.done = true;
    this.notify();
  }

  fail(e: unknown): void {
    if (this.failure === undefined) this.failure = e;
    this.notify();
  }

  /** Discards what the visitor did not read. */
  drop(): void {
    this.dropped = true;
    this.onQueued(-this.queued);
    this.queued = 0;
    this.chunks = [];
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }
}

/** Calls `visit` for every file entry, in archive order, streaming its data. Throws LayerError when the archive itself is corrupt. */
export async function forEachZipEntry(
  archive: ReadableStream<Uint8Array>,
  visit: (entry: ZipEntry) => Promise<void>,
  opts: { signal?: AbortSignal; limits?: ZipLimits } = {},
): Promise<void> {
  const limits = opts.limits ?? ZIP_LIMITS;
  const reader = archive.getReader();
  const queues: EntryQueue[] = [];
  let pending = 0;
  let drained: (() => void) | undefined;
  let stored = 0;
  let expanded = 0;
  let overTotal = false;
  let chain: Promise<void> = Promise.resolve();
  let visitFailed = false;
  let ordinal = 0;

  const onQueued = (delta: number) => {
    pending += delta;
    if (pending <= HIGH_WATER && drained) {
      const d = drained;
      drained = undefined;
      d();
    }
  };

  const onFile = (file: UnzipFile) => {
    const index = ordinal++;
    if (isJunk(file.name) || overTotal) return;
    const q = new EntryQueue(onQueued);
    queues.push(q);
    const storedAtStart = stored;
    let out = 0;
    const refuse = (why: string) => {
      q.fail(new LayerError(`refused as a likely zip bomb: ${why}`));
      file.terminate();
    };
    file.ondata = (err, data, final) => {
      if (!q.open) return;
      if (err) return q.fail(new LayerError(`corrupt zip entry: ${err.message}`));
      out += data.length;
      expanded += data.length;
      if (expanded > limits.maxTotalBytes) {
        overTotal = true;
        return refuse(`the archive expands to more than ${limits.maxTotalBytes / 2 ** 30} GiB`);
      }
      if (file.originalSize !== undefined && file.originalSize > 0 && out > file.originalSize) return refuse("the entry expands beyond its declared size");
      if (out >= limits.largeEntryBytes && out / Math.max(1, stored - storedAtStart) > limits.maxRatio) return refuse(`the entry expands more than ${limits.maxRatio}:1`);
      q.push(data);
      if (final) q.close();
    };
    const size = file.size ?? 0;
    const declared = file.originalSize ?? 0;
    if (declared > limits.maxTotalBytes) refuse(`the entry declares ${declared} bytes`);
    else if (declared >= limits.largeEntryBytes && size > 0 && declared / size > limits.maxRatio) refuse(`the entry declares ${Math.round(declared / size)}:1 compression`);
    else {
      try {
        file.start();
      } catch (e) {
        q.fail(new LayerError(`unsupported zip entry (${(e as Error).message})`));
      }
    }
    chain = chain
      .then(() => visit({ name: file.name, ordinal: index, stream: q.stream }))
      .catch((e) => {
        visitFailed = true;
        throw e;
      })
      .finally(() => q.drop());
  };

  const unzip = new Unzip(onFile);
  unzip.register(UnzipInflate);
  let archiveError: string | undefined;
  let truncated = false;
  let thrown: unknown;
  try {
    for (;;) {
      if (opts.signal?.aborted) throw abortError();
      const r = await reader.read();
      if (r.done) break;
      stored += r.value.length;
      try {
        unzip.push(r.value, false);
      } catch (e) {
        archiveError = (e as Error).message;
        break;
      }
      while (pending > HIGH_WATER && !visitFailed) await new Promise<void>((res) => (drained = res));
      if (visitFailed || overTotal) break;
    }
    if (archiveError === undefined && !visitFailed && !overTotal) {
      try {
        unzip.push(new Uint8Array(0), true);
      } catch {
        // fflate only fails at the very end when an entry is cut short.
        truncated = true;
      }
    }
  } catch (e) {
    thrown = e;
  }
  // Entries the archive never finished end with an error, so their visitors return.
  const why = archiveError !== undefined ? `corrupt zip archive (${archiveError})` : "the zip archive ends inside this entry (is it truncated?)";
  let cut = 0;
  for (const q of queues) {
    if (!q.open) continue;
    q.fail(thrown ?? new LayerError(why));
    cut++;
  }
  if (thrown !== undefined || archiveError !== undefined || visitFailed || overTotal) await reader.cancel().catch(() => undefined);
  if (thrown !== undefined) {
    await chain.catch(() => undefined);
    throw thrown;
  }
  await chain;
  if (cut > 0) return;
  if (archiveError !== undefined) throw new LayerError(why);
  if (truncated) throw new LayerError("the zip archive is truncated or corrupt");
}

/** A fresh stream of one entry's data (by ordinal), for reading a record back. */
export function openZipEntry(openArchive: () => ReadableStream<Uint8Array>, ordinal: number): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const out: Uint8Array[] = [];
  let ended = false;
  let failure: Error | undefined;
  let seen = 0;
  const unzip = new Unzip((file) => {
    if (seen++ !== ordinal) return;
    file.ondata = (err, data, final) => {
      if (err) failure = new LayerError(`corrupt zip entry: ${err.message}`);
      else {
        out.push(data);
        if (final) ended = true;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  return new ReadableStream<Uint8Array>(
    {
      async pull(c) {
        reader ??= openArchive().getReader();
        while (out.length === 0 && !ended && !failure) {
          const r = await reader.read();
          if (r.done) {
            unzip.push(new Uint8Array(0), true);
            if (!ended && out.length === 0) failure = new LayerError("the zip entry is no longer in the archive");
            break;
          }
          unzip.push(r.value, false);
        }
        const next = out.shift();
        if (next) c.enqueue(next);
        else if (failure) c.error(failure);
        else {
          c.close();
          await reader.cancel().catch(() => undefined);
        }
      },
      cancel: (reason) => reader?.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
