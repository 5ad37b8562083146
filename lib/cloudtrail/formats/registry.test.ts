import { describe, expect, it } from "vitest";
import { readHead } from "../text/head";
import { eventBridgeEnvelope, jsonLines, lookupEvent, makeInsight, makeRecord, utf8 } from "../testing/factory";
import type { Json } from "../types";
import { describeNonCloudTrail } from "./describe";
import { FORMATS, detectFormat, formatById, unwrapAny } from "./registry";

function detect(text: string, path = "file", eof = true) {
  const head = readHead(path, utf8(text), eof);
  if (!head) return { id: "not json", framing: "", container: "" };
  const d = detectFormat(head);
  return { id: d.id, framing: head.framing, container: head.container };
}

const rec = makeRecord();

describe("detectFormat: from content, not the file name", () => {
  it.each<[string, string, string, string]>([
    ["S3 Records, compact", JSON.stringify({ Records: [rec] }), "s3-records", "document"],
    ["S3 Records, pretty", JSON.stringify({ Records: [rec] }, null, 2), "s3-records", "document"],
    ["S3 Records, empty", '{"Records": []}', "s3-records", "document"],
    ["JSON lines", jsonLines([rec, rec]), "jsonl", "lines"],
    ["a compact single record", JSON.stringify(rec), "jsonl", "lines"],
    ["a pretty single record", JSON.stringify(rec, null, 2), "json-record", "document"],
    ["a pretty Insights record", JSON.stringify(makeInsight(), null, 2), "json-record", "document"],
    ["a JSON array", JSON.stringify([rec], null, 2), "json-array", "document"],
    ["lookup-events output", JSON.stringify({ Events: [lookupEvent(rec)] }, null, 4), "lookup-events", "document"],
    ["lookup-events lines", jsonLines([lookupEvent(rec)]), "lookup-events-jsonl", "lines"],
    ["one EventBridge event", JSON.stringify(eventBridgeEnvelope(rec), null, 2), "eventbridge", "document"],
    ["EventBridge lines", jsonLines([eventBridgeEnvelope(rec)]), "eventbridge", "lines"],
    ["an EventBridge array", JSON.stringify([eventBridgeEnvelope(rec)]), "eventbridge", "document"],
    ["decorated shipper lines", jsonLines([{ ...rec, "@timestamp": "x", "@version": "1" }]), "shipper-jsonl", "lines"],
    ["record-in-message lines", jsonLines([{ "@timestamp": "x", message: JSON.stringify(rec) }]), "shipper-jsonl", "lines"],
    ["a digest file", JSON.stringify({ digestStartTime: "t", digestPublicKeyFingerprint: "f", logFiles: [] }, null, 2), "digest", "document"],
    ["a one-line digest", JSON.stringify({ digestStartTime: "t", digestPublicKeyFingerprint: "f" }) + "\n", "digest", "lines"],
    ["an SNS notification", JSON.stringify({ Type: "Notification", TopicArn: "arn", Message: "{}" }, null, 2), "unknown", "document"],
    ["some other JSON", '{"a": 1}\n', "unknown", "lines"],
    ["JSON lines after a bad first line", "{oops\n" + jsonLines([rec]), "jsonl", "lines"],
  ])("%s → %s", (_label, text, id, framing) => {
    const d = detect(text, "misleading-name.csv");
    expect([d.id, d.framing]).toEqual([id, framing]);
  });

  it("sees the container of a Records file whose first record is beyond the head", () => {
    const text = `{"Records": [${JSON.stringify(makeRecord({ requestParameters: { policy: "x".repeat(70_000) } }))}]}`;
    const head = readHead("big.json", utf8(text).subarray(0, 64 * 1024), false);
    expect(head).toMatchObject({ framing: "document", container: "Records", first: undefined });
    expect(detectFormat(head!).id).toBe("s3-records");
  });

  it("is not JSON for text that is not", () => {
    expect(readHead("x", utf8("eventTime,eventName\n"), true)).toBeUndefined();
    expect(readHead("x", utf8("   \n"), true)).toBeUndefined();
  });

  it("registers every format once, by a unique id", () => {
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(["digest", "eventbridge", "json-array", "json-record", "jsonl", "lookup-events", "lookup-events-jsonl", "s3-records", "shipper-jsonl"]);
    for (const id of ids) expect(formatById(id)?.id).toBe(id);
  });
});

describe("unwrapAny", () => {
  it.each<[string, Json, string]>([
    ["a plain record", rec, "record"],
    ["a lookup-events element", lookupEvent(rec), "record"],
    ["an EventBridge envelope", eventBridgeEnvelope(rec), "record"],
    ["a shipper line", { "@timestamp": "2026-01-01T00:00:00Z", message: JSON.stringify(rec) }, "record"],
    ["a digest", { digestStartTime: "t", digestPublicKeyFingerprint: "f" }, "skip"],
    ["a lookup element with broken JSON", { CloudTrailEvent: "{nope" }, "error"],
    ["an EventBridge event of another service", { "detail-type": "EC2 Instance State-change Notification", source: "aws.ec2", detail: { state: "running" } }, "error"],
    ["a number", 5, "error"],
  ])("%s → %s", (_label, value, kind) => {
    expect(unwrapAny(value).kind).toBe(kind);
  });

  it("does not mistake an S3 event notification for CloudTrail", () => {
    expect(unwrapAny({ eventVersion: "2.1", eventSource: "aws:s3", eventTime: "2026-01-12T03:15:00Z", eventName: "ObjectCreated:Put" })).toEqual({
      kind: "error",
      message: 'not a CloudTrail record: this is an AWS event notification (eventSource "aws:s3")',
    });
  });
});

describe("describeNonCloudTrail", () => {
  it.each<[Json, string]>([
    [[1, 2], "not a CloudTrail record: the JSON value is an array"],
    [null, "not a CloudTrail record: the JSON value is null"],
    [{ messageType: "DATA_MESSAGE", logEvents: [] }, "not CloudTrail records: this is a CloudWatch Logs subscription message"],
    [{ Records: [rec] }, 'a whole CloudTrail log file ({"Records": [...]}) inside JSON lines: load it as a file of its own'],
    [{}, "not a CloudTrail record: a JSON object with no keys"],
  ])("%j", (value, message) => {
    expect(describeNonCloudTrail(value)).toBe(message);
  });
});
