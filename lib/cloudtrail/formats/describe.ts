/**
 * Says what a JSON value that is not CloudTrail looks like, so a wrong file
 * gets a useful message ("an SNS notification…") rather than a bare "invalid".
 */
import { has, isObject, looksLikeRecord } from "./shapes";
import type { Json, JsonObject } from "../types";

function kindOf(v: Json): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

function keyList(o: JsonObject): string {
  const keys = Object.keys(o);
  const shown = keys.slice(0, 6).map((k) => (k.length > 30 ? `${k.slice(0, 29)}…` : k));
  return keys.length === 0 ? "no keys" : `keys ${shown.join(", ")}${keys.length > 6 ? ", …" : ""}`;
}

function mentionsLogFiles(text: Json | undefined): boolean {
  return typeof text === "string" && text.includes("s3ObjectKey");
}

/** A sentence saying what `v` looks like, given that it is not a CloudTrail record. */
export function describeNonCloudTrail(v: Json): string {
  if (!isObject(v)) return `not a CloudTrail record: the JSON value is ${kindOf(v)}`;
  if (v.Type === "Notification" && has(v, "TopicArn")) {
    const what = mentionsLogFiles(v.Message) ? " announcing new CloudTrail log files in S3" : "";
    return `not CloudTrail records: this is an Amazon SNS notification${what}; load the log files it names instead`;
  }
  if (has(v, "s3Bucket") && has(v, "s3ObjectKey")) {
    return "not CloudTrail records: this is a CloudTrail log-delivery notification naming S3 log files; load those files instead";
  }
  const src = v.eventSource;
  if (typeof src === "string" && src.startsWith("aws:")) {
    return `not a CloudTrail record: this is an AWS event notification (eventSource ${JSON.stringify(src.slice(0, 40))})`;
  }
  if (has(v, "logEvents") && has(v, "messageType")) return "not CloudTrail records: this is a CloudWatch Logs subscription message";
  if (Array.isArray(v.Records)) {
    return looksLikeRecord(v.Records[0])
      ? "a whole CloudTrail log file ({\"Records\": [...]}) inside JSON lines: load it as a file of its own"
      : "not CloudTrail records: a Records array whose entries are not CloudTrail records";
  }
  return `not a CloudTrail record: a JSON object with ${keyList(v)}`;
}
