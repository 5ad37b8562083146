/**
 * JSON lines output: one record per line, batched into byte chunks. A sync
 * chunk generator for Node, and an async one for the worker that reports
 * progress, honours an AbortSignal and yields to the event loop between chunks.
 */
import type { GenerateOptions } from "./options";
import type { CloudTrailRecord } from "./events/envelope";
import { planGeneration, recordsOf } from "./generate";

/** Default chunk size: about 1 MiB of JSON lines. */
export const DEFAULT_CHUNK_BYTES = 1 << 20;

/** One record as a JSON line (with its trailing "\n"). */
export function toJsonLine(record: CloudTrailRecord): string {
  return JSON.stringify(record) + "\n";
}

/** Records as JSON-lines byte chunks of at most `chunkBytes` each (whole lines only, unless one line alone is larger). */
export function* jsonlChunks(records: Iterable<CloudTrailRecord>, chunkBytes = DEFAULT_CHUNK_BYTES): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let buf = new Uint8Array(chunkBytes);
  let used = 0;
  for (const r of records) {
    const json = JSON.stringify(r);
    // UTF-8 needs at most 3 bytes per UTF-16 unit; encoding straight into the chunk avoids joining strings.
    const worst = json.length * 3 + 1;
    if (used + worst > buf.length) {
      if (used > 0) yield buf.subarray(0, used);
      buf = new Uint8Array(Math.max(chunkBytes, worst));
      used = 0;
    }
    used += encoder.encodeInto(json, used === 0 ? buf : buf.subarray(used)).written;
    buf[used++] = 10;
  }
  if (used > 0) yield buf.subarray(0, used);
}

/** The whole dataset for `options` as JSON lines, in chunks. */
export function generateJsonlChunks(options: Partial<GenerateOptions> = {}, chunkBytes = DEFAULT_CHUNK_BYTES): Generator<Uint8Array> {
  return jsonlChunks(recordsOf(planGeneration(options)), chunkBytes);
}

export interface GenerateProgress {
  /** Records produced so far. */
  events: number;
  /** Records the run will produce. */
  totalEvents: number;
  /** Bytes produced so far. */
  bytes: number;
}

export interface JsonlStreamOptions {
  chunkBytes?: number;
  /** Called after each chunk (and once at the end). */
  onProgress?: (p: GenerateProgress) => void;
  /** Stops the run between chunks with the signal's reason (an AbortError by default). */
  signal?: AbortSignal;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** For the worker: JSON-lines chunks with progress and cancellation; lets queued messages (such as a cancel request) run between chunks. */
export async function* generateJsonl(options: Partial<GenerateOptions> = {}, stream: JsonlStreamOptions = {}): AsyncGenerator<Uint8Array> {
  const { chunkBytes = DEFAULT_CHUNK_BYTES, onProgress, signal } = stream;
  signal?.throwIfAborted();
  const plan = planGeneration(options);
  let events = 0;
  let bytes = 0;
  const counted = (function* () {
    for (const r of recordsOf(plan)) {
      events++;
      yield r;
    }
  })();
  for (const chunk of jsonlChunks(counted, chunkBytes)) {
    bytes += chunk.byteLength;
    onProgress?.({ events, totalEvents: plan.total, bytes });
    yield chunk;
    await yieldToEventLoop();
    signal?.throwIfAborted();
  }
  onProgress?.({ events, totalEvents: plan.total, bytes });
}
