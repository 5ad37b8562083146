/**
 * Shape tests shared by the format modules. Keys come from untrusted JSON,
 * so presence is tested with Object.hasOwn, never `in`.
 */
import type { Json, JsonObject } from "../types";
import type { Unwrapped } from "./types";

/** `v` is a JSON object (not an array, not null). */
export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Whether `o` has own key `k`. */
export function has(o: JsonObject, k: string): boolean {
  return Object.hasOwn(o, k);
}

/**
 * An object that means to be a CloudTrail record (it may still fail
 * validation, which then says precisely why). AWS event notifications
 * (S3, SQS) also carry eventTime/eventName but their eventSource is "aws:…".
 */
export function looksLikeRecord(v: Json | undefined): v is JsonObject {
  if (!isObject(v)) return false;
  if (!(has(v, "eventTime") || has(v, "eventName") || has(v, "eventSource") || has(v, "eventVersion") || has(v, "userIdentity") || has(v, "insightDetails"))) {
    return false;
  }
  const src = v.eventSource;
  return !(typeof src === "string" && src.startsWith("aws:"));
}

/** The element itself as the record, when it looks like one. */
export function unwrapPlainRecord(value: Json): Unwrapped | null {
  return looksLikeRecord(value) ? { kind: "record", record: value } : null;
}

/**
 * A copy of `rec` with eventTime set, for wrappers that moved the time
 * outside the record. Null prototype: the keys are attacker-controlled.
 */
export function withEventTime(rec: JsonObject, eventTime: string): JsonObject {
  const out: JsonObject = Object.create(null);
  for (const k of Object.keys(rec)) out[k] = rec[k];
  out.eventTime = eventTime;
  return out;
}

/** Parses `text` as a JSON object, or returns an error message. */
export function parseEmbedded(text: string, what: string): JsonObject | string {
  let v: Json;
  try {
    v = JSON.parse(text) as Json;
  } catch (e) {
    return `${what} is not valid JSON (${(e as Error).message})`;
  }
  return isObject(v) ? v : `${what} is not a JSON object`;
}
