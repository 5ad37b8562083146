/**
 * Multi-core ingest of a large plain JSON-lines file: the engine cuts the
 * file into ranges at newlines, parse workers turn each range into column
 * batches, and the engine appends the batches in file order, so rows, line
 * numbers and duplicate handling are exactly those of a single pass.
 */
import { detectFormat } from "../cloudtrail/formats/registry";
import type { ByteSource } from "../cloudtrail/source";
import { HEAD_BYTES, MAX_HEAD_BYTES, readHead } from "../cloudtrail/text/head";
import { sniffText } from "../cloudtrail/text/sniff";
import { MAX_REPORTED_ERRORS, type FileReport, type IngestError, type LeafSource } from "../cloudtrail/types";
import type { EventBatch } from "../index/batch";
import type { ParsePool } from "./parse-pool";
import type { RangeResult } from "./parse-range";

/** Below this size a file is read on one thread: starting ranges costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 << 20;
/** Range sizes: several ranges per worker so they finish evenly, bounded so in-flight memory stays small. */
const MIN_RANGE_BYTES = 4 << 20;
const MAX_RANGE_BYTES = 32 << 20;

/** Where the parallel reader delivers (the Dataset). */
export interface ParallelTarget {
  beginLeaf(leaf: LeafSource): number;
  /** Appends a batch; returns 1 per row added, 0 per duplicate. */
  appendBatch(batch: EventBatch): Uint8Array;
  endLeaf(report: FileReport): void;
  progress(storedBytes: number): void;
}

function abortError(): Error {
  const e = new Error("cancelled");
  e.name = "AbortError";
  return e;
}

/** The line-framed format of a plain (uncompressed, BOM-less UTF-8) file, or null when the file needs the general reader. */
export async function probeLinesFormat(src: ByteSource): Promise<string | null> {
  if (!src.slice || src.size < 2) return null;
  let want = HEAD_BYTES;
  for (;;) {
    const head = await src.slice(0, Math.min(src.size, want));
    if (head[0] === 0x1f && head[1] === 0x8b) return null; // gzip
    if (head[0] === 0x50 && head[1] === 0x4b) return null; // zip
    const sniff = sniffText(head);
    if (sniff.kind !== "utf8" || sniff.bom !== 0) return null;
    const eof = head.length >= src.size;
    if (head.indexOf(10) < 0 && !eof && want < MAX_HEAD_BYTES) {
      want *= 4;
      continue;
    }
    const info = readHead(src.path, head, eof);
    if (!info || info.framing !== "lines") return null;
    const detected = detectFormat(info);
    return detected.format ? detected.id : null;
  }
}

/** Reads [pos, …) up to about `size` bytes, cut after the last newline (or at the end of the file). */
async function nextRange(src: ByteSource & { slice: NonNullable<ByteSource["slice"]> }, pos: number, size: number): Promise<Uint8Array> {
  let want = size;
  for (;;) {
    const end = Math.min(src.size, pos + want);
    const bytes = await src.slice(pos, end);
    if (end >= src.size) return bytes;
    const nl = bytes.lastIndexOf(10);
    if (nl >= 0) return bytes.subarray(0, nl + 1);
    want *= 2; // one line longer than a range: widen until it ends
  }
}

const shift = (errors: IngestError[], by: number): IngestError[] => errors.map((e) => (e.line === undefined ? e : { ...e, line: e.line + by }));

/** Ingests one plain JSON-lines source through the pool. Throws AbortError when cancelled (the caller rolls back). */
export async function ingestLinesParallel(
  src: ByteSource,
  format: string,
  pool: ParsePool,
  target: ParallelTarget,
  opts: { signal?: AbortSignal; now?: number; rangeBytes?: number } = {},
): Promise<void> {
  const slice = src.slice;
  if (!slice) throw new Error(`${src.path}: parallel ingest needs random access`);
  const random = { ...src, slice };
  const now = opts.now ?? Date.now();
  const sourceId = target.beginLeaf({ path: src.path, format, open: () => src.stream(), slice });
  const rangeBytes = opts.rangeBytes ?? Math.min(MAX_RANGE_BYTES, Math.max(MIN_RANGE_BYTES, Math.ceil(src.size / (pool.size * 4))));
  const maxInFlight = pool.size * 2;
  const report: FileReport = { path: src.path, format, bytes: src.size, events: 0, skipped: 0, duplicates: 0, errors: [], errorCount: 0, warnings: [] };
  const inFlight: { end: number; result: Promise<RangeResult> }[] = [];
  let pos = 0;
  let lineBase = 0;
  try {
    while (pos < src.size || inFlight.length > 0) {
      while (pos < src.size && inFlight.length < maxInFlight) {
        if (opts.signal?.aborted) throw abortError();
        const bytes = await nextRange(random, pos, rangeBytes);
        const length = bytes.length; // read before the pool transfers (detaches) the buffer
        const result = pool.parse({ bytes, baseOffset: pos, format, sourceId, now });
        result.catch(() => undefined); // awaited in order below; never an unhandled rejection meanwhile
        pos += length;
        inFlight.push({ end: pos, result });
      }
      const { end, result } = inFlight.shift()!;
      const r = await result;
      if (opts.signal?.aborted) throw abortError();
      for (const batch of r.batches) {
        const accepted = target.appendBatch(batch);
        for (let i = 0; i < accepted.length; i++) {
          if (accepted[i]) report.events++;
          else report.duplicates++;
        }
      }
      report.skipped += r.skipped;
      report.errorCount += r.errorCount;
      report.errors.push(...shift(r.errors, lineBase).slice(0, MAX_REPORTED_ERRORS - report.errors.length));
      report.warnings.push(...shift(r.warnings, lineBase).slice(0, MAX_REPORTED_ERRORS - report.warnings.length));
      lineBase += r.lines;
      target.progress(end);
    }
  } catch (e) {
    for (const f of inFlight) f.result.catch(() => undefined);
    throw e;
  }
  target.endLeaf(report);
}
