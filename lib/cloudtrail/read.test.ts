import { describe, expect, it } from "vitest";
import { normalizeRecord } from "./normalize";
import { extractRecord } from "./read";
import { collectBytes, bytesAt, type Collected } from "./testing/collect";
import { eventBridgeEnvelope, jsonLines, lookupEvent, makeInsight, makeRecord } from "./testing/factory";
import type { Json, JsonObject } from "./types";

/** Every reported location reads back (through leaf.open and extractRecord) as the record that was loaded. */
async function expectRoundTrip(c: Collected): Promise<void> {
  for (const { ev, loc } of c.events) {
    const leaf = c.leaves[loc.sourceId];
    const rec = extractRecord(leaf.format, await bytesAt(leaf, loc));
    const again = normalizeRecord(rec);
    expect([again.eventId, again.time, again.eventName, again.principal]).toEqual([ev.eventId, ev.time, ev.eventName, ev.principal]);
    if (leaf.slice) expect(await leaf.slice(loc.offset, loc.offset + loc.length)).toEqual(await bytesAt(leaf, loc));
  }
}

function only(c: Collected) {
  expect(c.reports).toHaveLength(1);
  return c.reports[0];
}

const recs = () => [makeRecord({ demo_id: "exfil" }), makeRecord({ eventName: "ListBucket" }), makeRecord({ eventName: "PutObject" })];

describe("readSource: every format", () => {
  it.each<[string, string, (r: JsonObject[]) => string]>([
    ["s3-records", "AWSLogs/123456789012/CloudTrail/us-east-1/2026/01/12/x.json", (r) => JSON.stringify({ Records: r })],
    ["s3-records", "pretty.json", (r) => JSON.stringify({ Records: r }, null, 4)],
    ["jsonl", "aws_cloudtrail.log", (r) => jsonLines(r)],
    ["jsonl", "crlf.log", (r) => jsonLines(r, "\r\n")],
    ["json-array", "stratus.json", (r) => JSON.stringify(r, null, 3)],
    ["json-record", "jq-output.json", (r) => r.map((x) => JSON.stringify(x, null, 2)).join("\n")],
    ["lookup-events", "lookup.json", (r) => JSON.stringify({ Events: r.map(lookupEvent), NextToken: "abc" }, null, 4)],
    ["lookup-events-jsonl", "lookup.jsonl", (r) => jsonLines(r.map(lookupEvent))],
    ["eventbridge", "eb.json", (r) => JSON.stringify(r.map(eventBridgeEnvelope), null, 2)],
    ["eventbridge", "eb.jsonl", (r) => jsonLines(r.map(eventBridgeEnvelope))],
    ["shipper-jsonl", "logstash.jsonl", (r) => jsonLines(r.map((x) => ({ "@timestamp": "2026-01-12T03:15:01.000Z", "@version": "1", host: { name: "shipper-1" }, message: JSON.stringify(x) })))],
    ["shipper-jsonl", "decorated.jsonl", (r) => jsonLines(r.map((x) => ({ ...x, "@timestamp": "2026-01-12T03:15:01.000Z", "@version": "1", type: "cloudtrail" })))],
  ])("reads %s (%s) with every record and its extras", async (format, path, build) => {
    const r = recs();
    const c = await collectBytes(path, build(r));
    const report = only(c);
    expect(report).toMatchObject({ path, format, events: 3, skipped: 0, duplicates: 0, errorCount: 0, errors: [], warnings: [] });
    expect(c.events.map((e) => e.ev.eventId)).toEqual(r.map((x) => x.eventID));
    expect(c.events.map((e) => e.ev.eventName)).toEqual(["GetObject", "ListBucket", "PutObject"]);
    expect({ ...c.events[0].ev.extras }).toEqual({ demo_id: "exfil" });
    await expectRoundTrip(c);
  });

  it("reads a single pretty-printed record", async () => {
    const rec = makeRecord();
    const c = await collectBytes("one.json", JSON.stringify(rec, null, 2));
    expect(only(c)).toMatchObject({ format: "json-record", events: 1, errorCount: 0 });
    expect(c.events[0].loc).toEqual({ sourceId: 0, offset: 0, length: JSON.stringify(rec, null, 2).length });
  });

  it("reads a single compact record as one JSON line", async () => {
    const c = await collectBytes("one.json", JSON.stringify(makeRecord()));
    expect(only(c)).toMatchObject({ format: "jsonl", events: 1, errorCount: 0 });
  });

  it("uses a shipper's @timestamp when the record lost its eventTime", async () => {
    const rec = makeRecord({ eventTime: undefined });
    const c = await collectBytes("fluent.jsonl", jsonLines([{ ...rec, "@timestamp": "2026-01-09T23:30:00.250Z", host: "h1" }, { "@timestamp": "2026-01-09T23:31:00Z", message: JSON.stringify(makeRecord({ eventTime: undefined })) }]));
    expect(only(c)).toMatchObject({ format: "shipper-jsonl", events: 2, errorCount: 0 });
    expect(c.events.map((e) => new Date(e.ev.time).toISOString())).toEqual(["2026-01-09T23:30:00.250Z", "2026-01-09T23:31:00.000Z"]);
    expect(c.events.map((e) => e.ev.hour)).toEqual([23, 23]);
    // The shipper's own fields are not the record's extras.
    expect({ ...c.events[0].ev.extras }).toEqual({});
    await expectRoundTrip(c);
  });

  it("prefers the record's eventTime over a shipper's @timestamp", async () => {
    const c = await collectBytes("ls.jsonl", jsonLines([{ ...makeRecord(), "@timestamp": "2030-01-01T00:00:00Z" }]), { now: Date.UTC(2026, 1, 1) });
    expect(c.events[0].ev.time).toBe(Date.UTC(2026, 0, 12, 3, 15));
  });

  it("uses the EventBridge envelope's time when detail has none", async () => {
    const env = eventBridgeEnvelope(makeRecord({ eventTime: undefined }));
    env.time = "2026-01-10T01:02:03Z";
    const c = await collectBytes("eb.json", JSON.stringify(env));
    expect(only(c)).toMatchObject({ format: "eventbridge", events: 1 });
    expect(c.events[0].ev.time).toBe(Date.UTC(2026, 0, 10, 1, 2, 3));
  });

  it("skips a digest file without errors", async () => {
    const digest = { awsAccountId: "123456789012", digestStartTime: "2026-01-12T00:00:00Z", digestEndTime: "2026-01-12T01:00:00Z", digestPublicKeyFingerprint: "abc", logFiles: [] };
    const c = await collectBytes("digest.json", JSON.stringify(digest, null, 2));
    expect(only(c)).toMatchObject({ format: "digest", events: 0, skipped: 1, errorCount: 0 });
  });

  it("keeps Insights records as kind insight", async () => {
    const c = await collectBytes("insights.json", JSON.stringify({ Records: [makeInsight(), makeRecord()] }));
    expect(only(c)).toMatchObject({ format: "s3-records", events: 2, errorCount: 0 });
    expect(c.events.map((e) => e.ev.kind)).toEqual(["insight", "event"]);
  });

  it("reads JSON lines that mix shapes line by line", async () => {
    const lines = [makeRecord(), lookupEvent(makeRecord()), eventBridgeEnvelope(makeRecord()), { "@timestamp": "2026-01-12T00:00:00Z", message: JSON.stringify(makeRecord()) }, { digestStartTime: "x", digestPublicKeyFingerprint: "y" }];
    const c = await collectBytes("mixed.jsonl", jsonLines(lines));
    expect(only(c)).toMatchObject({ format: "jsonl", events: 4, skipped: 1, errorCount: 0 });
    await expectRoundTrip(c);
  });

  it("drops duplicate eventIDs and counts them", async () => {
    const a = makeRecord();
    const c = await collectBytes("dup.jsonl", jsonLines([a, makeRecord(), a]));
    expect(only(c)).toMatchObject({ events: 2, duplicates: 1 });
  });
});

describe("readSource: bad input becomes errors, good records are kept", () => {
  it.each<[string, string | Uint8Array, string]>([
    ["an empty file", "", "empty file"],
    ["whitespace only", "  \n\t\r\n  ", "the file holds only whitespace"],
    ["binary content", new Uint8Array([0x7b, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), "not a text/JSON file (binary content)"],
    ["an xz file", new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]), "not a text/JSON file: it is xz-compressed"],
    ["CSV", "eventTime,eventName\n2026-01-12T03:15:00Z,GetObject\n", 'not a JSON file (it starts with "eventTime,eventName\\n2026-01-12T03:15:00Z")'],
    ["UTF-16 without a BOM", new Uint8Array([0x7b, 0, 0x22, 0, 0x61, 0, 0x22, 0, 0x7d, 0]), "not a text/JSON file: it looks like UTF-16 text without a byte-order mark; save it as UTF-8"],
  ])("reports %s as one clear error", async (_label, data, message) => {
    const c = await collectBytes("bad.json", data);
    expect(only(c)).toMatchObject({ path: "bad.json", format: "unknown", events: 0, errorCount: 1, errors: [{ message }] });
    expect(c.leaves).toHaveLength(1);
  });

  it("names the line of each bad line and keeps the others", async () => {
    const text = [JSON.stringify(makeRecord()), "not json at all", '{"eventName": "GetObject", "eventSource": "s3.amazonaws.com"}', "", JSON.stringify(makeRecord()), '{"eventTime": "2026-01-12T03:15:00Z", "eventName": "X", "eventSource": "s3.amazonaws.com", "truncat'].join("\n");
    const c = await collectBytes("mixed.log", text);
    expect(only(c)).toMatchObject({ format: "jsonl", events: 2, errorCount: 3 });
    expect(only(c).errors).toEqual([
      { line: 2, message: "malformed JSON at column 2: invalid literal (expected null)" },
      { line: 3, message: "missing eventTime" },
      { line: 6, message: "malformed JSON at column 100: the text ends inside a string" },
    ]);
  });

  it("names the record index of a bad record in an array", async () => {
    const c = await collectBytes("arr.json", JSON.stringify([makeRecord(), makeRecord({ eventTime: "yesterday" }), 42, makeRecord()], null, 2));
    expect(only(c).errors).toEqual([
      { line: expect.any(Number), record: 1, message: 'eventTime is not an ISO-8601 time: "yesterday"' },
      { line: expect.any(Number), record: 2, message: "not a CloudTrail record: the JSON value is a number" },
    ]);
    expect(only(c).events).toBe(2);
  });

  it("says what a JSON file that is not CloudTrail looks like", async () => {
    const c = await collectBytes("notification.json", JSON.stringify({ s3Bucket: "b", s3ObjectKey: ["AWSLogs/1/CloudTrail/x.json.gz"] }));
    expect(only(c)).toMatchObject({ format: "unknown", errors: [{ line: 1, message: "not CloudTrail records: this is a CloudTrail log-delivery notification naming S3 log files; load those files instead" }] });
    const s3 = await collectBytes("s3-event.json", JSON.stringify({ Records: [{ eventVersion: "2.1", eventSource: "aws:s3", eventTime: "2026-01-12T03:15:00Z", eventName: "ObjectCreated:Put" }] }));
    expect(only(s3)).toMatchObject({ format: "unknown", errors: [{ line: 1, message: 'not a CloudTrail record: this is an AWS event notification (eventSource "aws:s3")' }] });
  });

  it("warns about eventTime more than a day in the future and keeps the record", async () => {
    const now = Date.UTC(2026, 0, 1);
    const c = await collectBytes("future.jsonl", jsonLines([makeRecord({ eventTime: "2026-01-01T23:00:00Z" }), makeRecord({ eventTime: "2026-01-03T00:00:00Z" })]), { now });
    expect(only(c)).toMatchObject({ events: 2, errorCount: 0, warnings: [{ line: 2, message: "eventTime 2026-01-03T00:00:00Z is more than a day in the future (clock skew or a forged record?)" }] });
  });

  it("caps the listed errors and counts them all", async () => {
    const c = await collectBytes("noise.log", JSON.stringify(makeRecord()) + "\n" + Array.from({ length: 150 }, (_, i) => `garbage ${i}`).join("\n") + "\n");
    expect(only(c)).toMatchObject({ events: 1, errorCount: 150 });
    expect(only(c).errors).toHaveLength(100);
    expect(only(c).errors[99].line).toBe(101);
  });

  it("keeps records around invalid UTF-8 with a warning", async () => {
    const good = new TextEncoder().encode(JSON.stringify(makeRecord({ userAgent: "ua-é" })) + "\n");
    const bad = new TextEncoder().encode(JSON.stringify(makeRecord({ userAgent: "ua-~~" })) + "\n");
    const at = bad.indexOf(0x7e);
    bad[at] = 0xff;
    bad[at + 1] = 0xfe;
    const c = await collectBytes("latin1.log", new Uint8Array([...good, ...bad]));
    expect(only(c)).toMatchObject({ events: 2, errorCount: 0, warnings: [{ line: 2, message: "invalid UTF-8 bytes were replaced with U+FFFD" }] });
    expect(c.events.map((e) => e.ev.userAgent)).toEqual(["ua-é", "ua-\uFFFD\uFFFD"]);
    expect(c.events[1].loc.offset).toBe(good.length);
  });
});

describe("readSource: text encodings", () => {
  it("strips a UTF-8 BOM but keeps byte offsets true", async () => {
    const body = jsonLines([makeRecord(), makeRecord()]);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    const c = await collectBytes("bom.log", bytes);
    expect(only(c)).toMatchObject({ format: "jsonl", events: 2, bytes: bytes.length });
    expect(c.events[0].loc.offset).toBe(3);
    await expectRoundTrip(c);
  });

  it.each([
    ["little-endian", true],
    ["big-endian", false],
  ])("decodes UTF-16 %s text with a BOM", async (_label, le) => {
    const text = "\uFEFF" + JSON.stringify({ Records: [makeRecord({ userAgent: "ü" })] });
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      bytes[2 * i + (le ? 0 : 1)] = u & 0xff;
      bytes[2 * i + (le ? 1 : 0)] = u >> 8;
    }
    const c = await collectBytes("utf16.json", bytes);
    expect(only(c)).toMatchObject({ format: "s3-records", events: 1, errorCount: 0 });
    expect(c.events[0].ev.userAgent).toBe("ü");
    expect(c.leaves[0].slice).toBeUndefined();
    await expectRoundTrip(c);
  });
});

describe("extractRecord", () => {
  it.each<[string, Json]>([
    ["lookup-events", lookupEvent(makeRecord({ eventID: "x1" }))],
    ["eventbridge", eventBridgeEnvelope(makeRecord({ eventID: "x1" }))],
    ["shipper-jsonl", { "@timestamp": "2026-01-12T00:00:00Z", message: JSON.stringify(makeRecord({ eventID: "x1" })) }],
    ["jsonl", makeRecord({ eventID: "x1" })],
    ["jsonl", lookupEvent(makeRecord({ eventID: "x1" }))],
  ])("unwraps a %s element", (format, value) => {
    expect(extractRecord(format, new TextEncoder().encode(JSON.stringify(value))).eventID).toBe("x1");
  });

  it("throws a clear error for bytes that are no longer a record", () => {
    expect(() => extractRecord("jsonl", new TextEncoder().encode('{"eventTime": '))).toThrow(/not valid JSON/);
    expect(() => extractRecord("jsonl", new TextEncoder().encode('{"a": 1}'))).toThrow("not a CloudTrail record: a JSON object with keys a");
  });
});

describe("readSource: big records", () => {
  it("detects JSON lines whose first record is longer than the head", async () => {
    const big = makeRecord({ requestParameters: { policy: "x".repeat(300_000) } });
    const c = await collectBytes("big.jsonl", jsonLines([big, makeRecord()]));
    expect(only(c)).toMatchObject({ format: "jsonl", events: 2, errorCount: 0 });
  });

  it("reads one pretty-printed record bigger than the head", async () => {
    const big = makeRecord({ requestParameters: { policy: "y".repeat(300_000), list: Array.from({ length: 2000 }, (_, i) => i) } });
    const c = await collectBytes("big.json", JSON.stringify(big, null, 2));
    expect(only(c)).toMatchObject({ format: "json-record", events: 1, errorCount: 0 });
  });
});
