/**
 * Multi-core ingest of a large plain JSON-lines file: the engine cuts the
 * file into ranges at newlines, parse workers turn each range into column
 * batches, and the engine appends the batches in file order, so rows, line
 * numbers and duplicate handling are exactly those of a single pass.
 */
import { detectFormat } from "../cloudtrail/formats/registry";
import type { ByteSource } from "../cloudtrail/source";
import { HEAD_BYTES, MAX_HEAD_BYTES, readHead } from "../cloudtrail/text/head";
import { MAX_LINE_BYTES, longLineMessage } from "../cloudtrail/text/line-feeder";
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
  /** Room for about this many more rows, estimated from the first range (saves regrowing the table while it fills). */
  reserve?(rows: number): void;
}

/** Headroom on the row estimate: ranges differ a little in bytes per line. */
const RESERVE_SLACK = 1.02;

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

type RandomSource = ByteSource & { slice: NonNullable<ByteSource["slice"]> };

/** The next range, or a line over MAX_LINE_BYTES to skip: its length and the offset after it. */
type NextRange = { bytes: Uint8Array } | { longLine: number; end: number };

/** Slices read while measuring a line too long to parse. */
const SCAN_BYTES = 8 << 20;

/** Reads [pos, …) up to about `size` bytes, cut after the last newline (or at the end of the file). */
async function nextRange(src: RandomSource, pos: number, size: number): Promise<NextRange> {
  let want = size;
  for (;;) {
    const end = Math.min(src.size, pos + Math.min(want, MAX_LINE_BYTES + 1));
    const bytes = await src.slice(pos, end);
    const nl = end < src.size ? bytes.lastIndexOf(10) : bytes.length - 1;
    if (nl >= 0) return { bytes: end >= src.size ? bytes : bytes.subarray(0, nl + 1) };
    // No newline in the first MAX_LINE_BYTES: measure the line without holding it, so it is skipped, not parsed.
    if (end - pos > MAX_LINE_BYTES) return skipLongLine(src, pos, end);
    want *= 2; // one line longer than a range: widen until it ends
  }
}

async function skipLongLine(src: RandomSource, pos: number, from: number): Promise<NextRange> {
  for (let at = from; at < src.size; at += SCAN_BYTES) {
    const nl = (await src.slice(at, Math.min(src.size, at + SCAN_BYTES))).indexOf(10);
    if (nl >= 0) return { longLine: at + nl - pos, end: at + nl + 1 };
  }
  return { longLine: src.size - pos, end: src.size };
}

/** What the parse of a skipped long line reports: one line, one error. */
function longLineResult(bytes: number): RangeResult {
  return { batches: [], lines: 1, skipped: 0, errors: [{ line: 1, message: longLineMessage(bytes) }], errorCount: 1, warnings: [] };
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
        const next = await nextRange(random, pos, rangeBytes);
        if ("longLine" in next) {
          pos = next.end;
          inFlight.push({ end: pos, result: Promise.resolve(longLineResult(next.longLine)) });
          continue;
        }
        const { bytes } = next;
        const length = bytes.length; // read before the pool transfers (detaches) the buffer
        const result = pool.parse({ bytes, baseOffset: pos, format, sourceId, now });
        result.catch(() => undefined); // awaited in order below; never an unhandled rejection meanwhile
        pos += length;
        inFlight.push({ end: pos, result });
      }
      const { end, result } = inFlight.shift()!;
      const r = await result;
      if (opts.signal?.aborted) throw abortError();
      if (lineBase === 0) {
        // Records, not lines, from the first range: blank or broken lines add no rows, and a record is tens of bytes at least.
        const rows = r.batches.reduce((n, b) => n + b.count, 0);
        if (rows > 0) target.reserve?.(Math.ceil((src.size / end) * rows * RESERVE_SLACK));
      }
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
