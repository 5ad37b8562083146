/**
 * JSON lines written by log shippers (Logstash, Filebeat, Fluentd, Vector…):
 * the record decorated with `@timestamp`, `@version`, `host`, … or carried
 * as a JSON string (or object) in `message`. When the shipper moved
 * eventTime into `@timestamp`, that time is used.
 */
import { has, isObject, looksLikeRecord, parseEmbedded, withEventTime } from "./shapes";
import type { InputFormat, Unwrapped } from "./types";
import type { Json, JsonObject } from "../types";

/** Keys shippers add around a record: not the record's own extras. */
const SHIPPER_KEYS: ReadonlySet<string> = new Set(["@timestamp", "@version", "message", "host", "agent", "ecs", "log", "input", "fields", "tags", "type", "path", "timestamp", "source_type", "file"]);
const MARKERS = ["@timestamp", "@version", "message", "host", "agent", "log"];

function isShipped(v: Json | undefined): v is JsonObject {
  return isObject(v) && MARKERS.some((k) => has(v, k));
}

function shipperTime(v: JsonObject): string | undefined {
  const t = v["@timestamp"] ?? v.timestamp;
  return typeof t === "string" ? t : undefined;
}

function finish(wrapper: JsonObject, rec: JsonObject, ignoreExtras?: ReadonlySet<string>): Unwrapped {
  const time = shipperTime(wrapper);
  const record = !has(rec, "eventTime") && time !== undefined ? withEventTime(rec, time) : rec;
  return ignoreExtras ? { kind: "record", record, ignoreExtras } : { kind: "record", record };
}

function unwrapShipped(value: Json): Unwrapped | null {
  if (!isShipped(value)) return null;
  const msg = value.message;
  if (typeof msg === "string" && msg.trimStart().startsWith("{")) {
    const inner = parseEmbedded(msg, "message");
    if (typeof inner === "string") return looksLikeRecord(value) ? finish(value, value, SHIPPER_KEYS) : { kind: "error", message: inner };
    if (looksLikeRecord(inner)) return finish(value, inner);
  }
  if (looksLikeRecord(msg)) return finish(value, msg);
  if (looksLikeRecord(value.json)) return finish(value, value.json);
  if (looksLikeRecord(value)) return finish(value, value, SHIPPER_KEYS);
  return null;
}

export const shipperJsonlFormat: InputFormat = {
  id: "shipper-jsonl",
  label: "JSON lines from a log shipper (record decorated or in message)",
  framings: ["lines"],
  detect: (head) => (unwrapShipped(head.first ?? null)?.kind === "record" ? 0.9 : 0),
  unwrap: unwrapShipped,
};
