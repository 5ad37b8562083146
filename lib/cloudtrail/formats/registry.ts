/**
 * Every input format, in one list. Adding a format is one new module and one
 * line here. Order matters twice: detection ties go to the earlier format,
 * and `unwrapAny` tries unwraps in this order (most specific shapes first,
 * plain records last).
 */
import { describeNonCloudTrail } from "./describe";
import { digestFormat } from "./digest";
import { eventBridgeFormat } from "./eventbridge";
import { jsonArrayFormat } from "./json-array";
import { jsonRecordFormat } from "./json-record";
import { jsonlFormat } from "./jsonl";
import { lookupEventsFormat } from "./lookup-events";
import { lookupEventsJsonlFormat } from "./lookup-events-jsonl";
import { s3RecordsFormat } from "./s3-records";
import { shipperJsonlFormat } from "./shipper-jsonl";
import type { Head, InputFormat, Unwrapped } from "./types";
import type { Json } from "../types";

export const FORMATS: readonly InputFormat[] = [
  digestFormat,
  s3RecordsFormat,
  lookupEventsFormat,
  lookupEventsJsonlFormat,
  eventBridgeFormat,
  shipperJsonlFormat,
  jsonlFormat,
  jsonArrayFormat,
  jsonRecordFormat,
];

/** Format id of a file nothing recognised. */
export const UNKNOWN_FORMAT = "unknown";

/** Below this confidence a file is "unknown". */
const MIN_CONFIDENCE = 0.3;

/** Keys of a top-level object whose array holds elements, over all formats. */
export const CONTAINER_KEYS: ReadonlySet<string> = new Set(FORMATS.flatMap((f) => f.containerKeys ?? []));

const byId = new Map(FORMATS.map((f) => [f.id, f]));

/** The format with this id, if registered. */
export function formatById(id: string): InputFormat | undefined {
  return byId.get(id);
}

/** The best format for a head and its confidence; "unknown" (confidence 0) when nothing fits. */
export function detectFormat(head: Head): { format: InputFormat | undefined; id: string; confidence: number } {
  let best: InputFormat | undefined;
  let score = 0;
  for (const f of FORMATS) {
    if (!f.framings.includes(head.framing)) continue;
    const s = f.detect(head);
    if (s > score) {
      score = s;
      best = f;
    }
  }
  return score >= MIN_CONFIDENCE && best ? { format: best, id: best.id, confidence: score } : { format: undefined, id: UNKNOWN_FORMAT, confidence: 0 };
}

const unwraps = [...new Set(FORMATS.map((f) => f.unwrap))];

/** The record in an element of any known shape (files may mix shapes line by line), else an error saying what it is. */
export function unwrapAny(value: Json): Unwrapped {
  for (const unwrap of unwraps) {
    const u = unwrap(value);
    if (u) return u;
  }
  return { kind: "error", message: describeNonCloudTrail(value) };
}

/** The record in an element read as `formatId`, falling back to any known shape. */
export function unwrapElement(formatId: string, value: Json): Unwrapped {
  return byId.get(formatId)?.unwrap(value) ?? unwrapAny(value);
}
