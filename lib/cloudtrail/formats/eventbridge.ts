/** EventBridge / CloudWatch Events envelopes whose `detail` is the record: one, an array, or JSON lines of them. */
import { has, isObject, looksLikeRecord, withEventTime } from "./shapes";
import type { InputFormat, Unwrapped } from "./types";
import type { Json } from "../types";

function isEnvelope(v: Json | undefined): boolean {
  return isObject(v) && isObject(v.detail) && (has(v, "detail-type") || has(v, "source"));
}

export const eventBridgeFormat: InputFormat = {
  id: "eventbridge",
  label: "EventBridge / CloudWatch Events envelopes",
  framings: ["lines", "document"],
  detect: (head) => ((head.container === "" || head.container === "[") && isEnvelope(head.first) ? 0.95 : 0),
  unwrap(value): Unwrapped | null {
    if (!isEnvelope(value) || !isObject(value) || !isObject(value.detail)) return null;
    const detail = value.detail;
    if (!looksLikeRecord(detail)) return { kind: "error", message: `EventBridge event "${String(value["detail-type"] ?? "")}" does not carry a CloudTrail record in detail` };
    // The envelope's time is the record's when the detail lost its own.
    if (!has(detail, "eventTime") && typeof value.time === "string") return { kind: "record", record: withEventTime(detail, value.time) };
    return { kind: "record", record: detail };
  },
};
