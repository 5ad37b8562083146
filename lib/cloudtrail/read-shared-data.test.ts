/**
 * Real CloudTrail data written by others (../shared/data, see its SOURCES.md):
 * every shape they come in reads, and each deliberately broken AWS fixture
 * gives exactly the records and errors stated here.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "./normalize";
import { extractRecord } from "./read";
import { bytesAt, collectBytes, type Collected } from "./testing/collect";
import type { FileReport, IngestError, JsonObject } from "./types";

const DATA = path.resolve(__dirname, "../../../shared/data");
const read = (rel: string) => new Uint8Array(readFileSync(path.join(DATA, rel)));
const NOW = Date.UTC(2026, 5, 1);

async function load(rel: string): Promise<Collected> {
  return collectBytes(path.basename(rel), read(rel), { now: NOW });
}

async function expectReadBack(c: Collected): Promise<void> {
  for (const { ev, loc } of c.events) {
    const leaf = c.leaves[loc.sourceId];
    const again = normalizeRecord(extractRecord(leaf.format, await bytesAt(leaf, loc)));
    expect([again.eventId, again.time, again.eventName, again.principal]).toEqual([ev.eventId, ev.time, ev.eventName, ev.principal]);
  }
}

function summary(r: FileReport) {
  return { format: r.format, events: r.events, duplicates: r.duplicates, skipped: r.skipped, errors: r.errors };
}

const LIB = "aws-cloudtrail-processing-library";
const SNS = "not CloudTrail records: this is an Amazon SNS notification";

describe("AWS's CloudTrail processing library fixtures", () => {
  it.each<[string, string, number, IngestError[]]>([
    ["SerializerTestFile.json", "s3-records", 6, []],
    ["SerializerTestFileCompact.json", "s3-records", 6, []],
    ["SerializerTestFileCompact.json.gz", "s3-records", 6, []],
    ["SerializerTestFileLocation.json", "s3-records", 6, []],
    ["SerializerTestFileNewFieldAtRandomPlaces.json", "s3-records", 2, []],
    ["SerializerTestFileNewFieldsInRoot.json", "s3-records", 2, []],
    ["SerializerTestFileNewFieldsInUserIdentity.json", "s3-records", 2, []],
    ["SerializerVariousUserIdentityTestFile.json", "s3-records", 1, []],
    [
      "SerializerAllFieldsNull.json",
      "s3-records",
      1,
      [{ line: 3, record: 0, message: "eventTime must be a string, found null; eventName must be a string, found null; eventSource must be a string, found null" }],
    ],
    [
      "SerializerTestFileBadFieldName.json",
      "s3-records",
      1,
      [{ line: 3, record: 0, message: "not a CloudTrail record: a JSON object with keys eventVersionWrong, userIdentityWrong, eventTimeWrong, eventSourceWrong, eventNameWrong, awsRegionWrong, …" }],
    ],
    ["SerializerTestFileBadJsonFormat.json", "s3-records", 1, [{ line: 37, record: 0, message: "malformed JSON: expected a property name in double quotes, found '{'" }]],
    ["SerializerTestFileMissField.json", "s3-records", 3, [{ line: 100, record: 3, message: 'eventTime is not an ISO-8601 time: "ThisIsAWrongEventTime"' }]],
    [
      "SerializerTestFileNewFieldName.json",
      "s3-records",
      1,
      [{ line: 3, record: 0, message: "not a CloudTrail record: a JSON object with keys eventVersion1, userIdentity1, eventTime1, eventSource1, eventName1, awsRegion1, …" }],
    ],
    ["SQSMessageBody", "unknown", 0, [{ line: 1, message: `${SNS} announcing new CloudTrail log files in S3; load the log files it names instead` }]],
    ["SQSMessageBodyWrongFormat", "unknown", 0, [{ line: 1, message: `${SNS}; load the log files it names instead` }]],
  ])("%s → %s, %d events, errors as listed", async (file, format, events, errors) => {
    const c = await load(`${LIB}/${file}`);
    expect(c.reports.map(summary)).toEqual([{ format, events, duplicates: 0, skipped: 0, errors }]);
    expect(c.reports[0].errorCount).toBe(errors.length);
    await expectReadBack(c);
  });

  it("loads exactly the good records of the broken files", async () => {
    const names = async (file: string) => (await load(`${LIB}/${file}`)).events.map((e) => e.ev.eventName);
    expect(await names("SerializerTestFileMissField.json")).toEqual(["eventName1", "eventName2", "eventName3"]);
    expect(await names("SerializerTestFileBadJsonFormat.json")).toEqual(["eventName2"]);
    expect(await names("SerializerAllFieldsNull.json")).toEqual(["eventName2"]);
    expect(await names("SerializerTestFileBadFieldName.json")).toEqual(["eventName2"]);
  });

  it("keeps new top-level fields as extras and reads an identity with no type", async () => {
    const root = await load(`${LIB}/SerializerTestFileNewFieldsInRoot.json`);
    expect(root.events[0].ev.extras.randomField2).toBe("randomValue");
    const miss = await load(`${LIB}/SerializerTestFileMissField.json`);
    expect(miss.events[2].ev).toMatchObject({ principal: "", principalType: "Unknown", eventSource: "eventSource3" });
  });
});

describe("CloudTrail user guide examples", () => {
  const lines = readFileSync(path.join(DATA, "aws-docs-examples/awsdocs_cloudtrail_user_guide_examples.jsonl"), "utf8").trim().split("\n");
  const examples = lines.map((l) => JSON.parse(l) as { doc: string; kind: string; json: JsonObject });
  const expected: Record<string, { format: string; kind?: string }> = {
    records_wrapper: { format: "s3-records" },
    event: { format: "json-record" },
    insight_event: { format: "json-record", kind: "insight" },
    digest: { format: "digest" },
  };

  it.each(examples.map((e, i) => [i + 1, e.kind, e] as const))("example %d (%s) reads pretty-printed", async (_n, kind, example) => {
    const c = await collectBytes("example.json", JSON.stringify(example.json, null, 2), { now: NOW });
    const n = kind === "records_wrapper" ? (example.json.Records as unknown[]).length : kind === "digest" ? 0 : 1;
    expect(c.reports.map(summary)).toEqual([{ format: expected[kind].format, events: n, duplicates: 0, skipped: kind === "digest" ? 1 : 0, errors: [] }]);
    if (expected[kind].kind) expect(c.events[0].ev.kind).toBe(expected[kind].kind);
    await expectReadBack(c);
  });

  it("reads all examples as one file of concatenated JSON values, dropping the examples the guide repeats", async () => {
    const c = await collectBytes("all.json", examples.map((e) => JSON.stringify(e.json)).join("\n"), { now: NOW });
    const records = examples.reduce((n, e) => n + (e.kind === "records_wrapper" ? (e.json.Records as unknown[]).length : e.kind === "digest" ? 0 : 1), 0);
    expect(records).toBe(22);
    // Three eventIDs appear twice in the guide (the same example on two pages).
    expect(c.reports.map(summary)).toEqual([{ format: "s3-records", events: 19, duplicates: 3, skipped: 2, errors: [] }]);
    expect(c.events.filter((e) => e.ev.kind === "insight").map((e) => e.ev.eventName)).toEqual(["CompleteLifecycleAction", "UpdateInstanceInformation", "UpdateInstanceInformation"]);
    await expectReadBack(c);
  });

  it("says the extraction file itself is not CloudTrail", async () => {
    const c = await load("aws-docs-examples/awsdocs_cloudtrail_user_guide_examples.jsonl");
    expect(c.reports.map(summary)).toEqual([{ format: "unknown", events: 0, duplicates: 0, skipped: 0, errors: [{ line: 1, message: "not a CloudTrail record: a JSON object with keys doc, kind, json" }] }]);
  });
});

describe("Elastic's CloudTrail pipeline inputs (one event per line)", () => {
  const dir = "elastic-integrations/pipeline";
  const counts: Record<string, number> = { "test-console-login-json.log": 2, "test-tls-details-json.log": 3, "test-update-trail-json.log": 2 };
  // test-console-login-json.log repeats one eventID on two lines.
  const duplicates: Record<string, number> = { "test-console-login-json.log": 1 };
  const files = readdirSync(path.join(DATA, dir)).sort();

  it.each(files)("%s", async (file) => {
    const c = await load(`${dir}/${file}`);
    const digest = file === "test-cloudtrail-digest-json.log";
    expect(c.reports.map(summary)).toEqual([
      { format: digest ? "digest" : "jsonl", events: digest ? 0 : (counts[file] ?? 1), duplicates: duplicates[file] ?? 0, skipped: digest ? 1 : 0, errors: [] },
    ]);
    await expectReadBack(c);
  });

  it("reads the Elastic Beats Insights event as kind insight", async () => {
    const c = await load("elastic-beats/test/insight-json.log");
    expect(c.reports.map(summary)).toEqual([{ format: "jsonl", events: 1, duplicates: 0, skipped: 0, errors: [] }]);
    expect(c.events[0].ev).toMatchObject({ kind: "insight", eventName: "AttachUserPolicy", eventSource: "iam.amazonaws.com", eventType: "AwsCloudTrailInsight" });
  });
});

describe("Stratus Red Team detonation logs (JSON arrays)", () => {
  const truth = JSON.parse(readFileSync(path.join(DATA, "stratus-red-team/ground_truth.json"), "utf8")) as {
    techniques: { technique_id: string; n_events: number; event_names: Record<string, number> }[];
  };

  it.each(truth.techniques.map((t) => [t.technique_id, t] as const))("%s", async (id, t) => {
    const c = await load(`stratus-red-team/detonation-logs/${id}.json`);
    expect(c.reports.map(summary)).toEqual([{ format: "json-array", events: t.n_events, duplicates: 0, skipped: 0, errors: [] }]);
    const names: Record<string, number> = {};
    for (const { ev } of c.events) names[ev.eventName] = (names[ev.eventName] ?? 0) + 1;
    expect(names).toEqual(t.event_names);
    await expectReadBack(c);
  });

  it("covers all 310 events", () => {
    expect(truth.techniques.reduce((n, t) => n + t.n_events, 0)).toBe(310);
  });
});
