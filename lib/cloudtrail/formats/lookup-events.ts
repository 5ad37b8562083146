/** `aws cloudtrail lookup-events` output: `{"Events":[{"CloudTrailEvent":"<record as a JSON string>", …}]}`. */
import { has, isObject, parseEmbedded } from "./shapes";
import type { InputFormat, Unwrapped } from "./types";
import type { Json } from "../types";

/** Whether `v` is one lookup-events element. */
export function isLookupEvent(v: Json | undefined): boolean {
  return isObject(v) && typeof v.CloudTrailEvent === "string";
}

/** The record inside one lookup-events element. */
export function unwrapLookupEvent(value: Json): Unwrapped | null {
  if (!isObject(value) || !has(value, "CloudTrailEvent")) return null;
  const inner = value.CloudTrailEvent;
  if (typeof inner !== "string") return { kind: "error", message: "CloudTrailEvent is not a string" };
  const rec = parseEmbedded(inner, "CloudTrailEvent");
  return typeof rec === "string" ? { kind: "error", message: rec } : { kind: "record", record: rec };
}

export const lookupEventsFormat: InputFormat = {
  id: "lookup-events",
  label: "aws cloudtrail lookup-events output",
  framings: ["document"],
  containerKeys: ["Events"],
  detect(head) {
    if (head.container !== "Events") return 0;
    return head.first === undefined || isLookupEvent(head.first) ? 0.95 : 0.3;
  },
  unwrap: unwrapLookupEvent,
};
