/**
 * One parsed JSON element → unwrap (per its format, falling back to any known
 * shape) → validate → normalise → emit. Shared by JSON lines and documents,
 * and by a future parallel parser, so every path yields the same records.
 */
import { unwrapAny } from "../formats/registry";
import type { InputFormat } from "../formats/types";
import { normalizeRecord } from "../normalize";
import { recordProblem, validRecordTime } from "../schema";
import type { IngestError, Json, NormalizedEvent } from "../types";

/** eventTime further ahead of "now" than this gets a warning. */
const FUTURE_SLACK_MS = 86_400_000;

/** Where parsed records and problems go. */
export interface RecordEmitter {
  /** A valid record lying at bytes [offset, offset+length) of the decompressed leaf. */
  event(ev: NormalizedEvent, offset: number, length: number): void;
  error(err: IngestError): void;
  warning(w: IngestError): void;
  /** A record recognised and deliberately not loaded (a digest file). */
  skip(): void;
}

/** An IngestError at a line (1-based) and, inside an array, a record index (0-based; -1 = none). */
export function problem(line: number, record: number, message: string): IngestError {
  return record >= 0 ? { line, record, message } : { line, message };
}

/** Handles one parsed element. */
export function emitValue(value: Json, format: InputFormat | undefined, offset: number, length: number, line: number, record: number, now: number, emit: RecordEmitter): void {
  const u = format?.unwrap(value) ?? unwrapAny(value);
  if (u.kind === "skip") {
    emit.skip();
    return;
  }
  if (u.kind === "error") {
    emit.error(problem(line, record, u.message));
    return;
  }
  const rec = u.record;
  const time = validRecordTime(rec);
  if (Number.isNaN(time)) {
    emit.error(problem(line, record, recordProblem(rec) ?? "not a CloudTrail record"));
    return;
  }
  if (time > now + FUTURE_SLACK_MS) {
    emit.warning(problem(line, record, `eventTime ${String(rec.eventTime)} is more than a day in the future (clock skew or a forged record?)`));
  }
  emit.event(normalizeRecord(rec, u.ignoreExtras ? { time, ignoreExtras: u.ignoreExtras } : { time }), offset, length);
}
