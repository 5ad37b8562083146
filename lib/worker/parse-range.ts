/**
 * The unit of parallel ingest: one byte range of a JSON-lines file, already
 * cut at newlines, parsed into column batches. Runs inside parse workers (or
 * in-process); the engine appends the batches in file order.
 */
import { parseLines } from "../cloudtrail/read";
import { MAX_REPORTED_ERRORS, type IngestError } from "../cloudtrail/types";
import { BatchBuilder, type EventBatch } from "../index/batch";

export interface RangeRequest {
  /** The range's bytes (transferred to the worker). */
  bytes: Uint8Array;
  /** Offset of bytes[0] in the leaf. */
  baseOffset: number;
  /** Format id of the leaf (a line-framed format). */
  format: string;
  sourceId: number;
  /** "Now" for the future-eventTime warning, the same for every range of a job. */
  now: number;
}

export interface RangeResult {
  batches: EventBatch[];
  /** Lines in the range; errors carry line numbers relative to the range (first line = 1). */
  lines: number;
  skipped: number;
  errors: IngestError[];
  errorCount: number;
  warnings: IngestError[];
}

/** Rows per batch: big enough to amortise the per-batch dictionary merge, small enough to stream. */
const BATCH_ROWS = 16384;

/** Parses one range into batches. */
export function parseRange(req: RangeRequest): RangeResult {
  const builder = new BatchBuilder(BATCH_ROWS);
  const result: RangeResult = { batches: [], lines: 0, skipped: 0, errors: [], errorCount: 0, warnings: [] };
  const next = parseLines(
    req.bytes,
    req.baseOffset,
    1,
    req.format,
    {
      event(ev, offset, length) {
        builder.add(ev, { sourceId: req.sourceId, offset, length });
        if (builder.full) result.batches.push(builder.finish());
      },
      error(e) {
        result.errorCount++;
        if (result.errors.length < MAX_REPORTED_ERRORS) result.errors.push(e);
      },
      warning(w) {
        if (result.warnings.length < MAX_REPORTED_ERRORS) result.warnings.push(w);
      },
      skip() {
        result.skipped++;
      },
    },
    { now: req.now },
  );
  if (builder.size > 0) result.batches.push(builder.finish());
  result.lines = next - 1;
  return result;
}
