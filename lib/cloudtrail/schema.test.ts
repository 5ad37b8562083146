import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INSIGHT_EVENT_TYPE, cloudTrailRecordSchema, isCloudTrailRecord, recordProblem } from "./schema";
import { makeInsight, makeRecord } from "./testing/factory";
import type { Json, JsonObject } from "./types";

describe("cloudTrailRecordSchema", () => {
  it("accepts a full record and keeps unknown fields", () => {
    const rec = makeRecord({ demo_id: "exfil", randomField: { a: [1, 2] } });
    const parsed = cloudTrailRecordSchema.parse(rec);
    expect(parsed).toMatchObject({ demo_id: "exfil", randomField: { a: [1, 2] } });
    expect(isCloudTrailRecord(rec)).toBe(true);
    expect(recordProblem(rec)).toBeNull();
  });

  it("accepts a minimal record (only the three strict fields)", () => {
    const rec: JsonObject = { eventTime: "2026-01-12T03:15:00Z", eventName: "GetObject", eventSource: "s3.amazonaws.com" };
    expect(isCloudTrailRecord(rec)).toBe(true);
  });

  it("accepts an Insights record whose names sit in insightDetails", () => {
    const rec = makeInsight();
    expect(cloudTrailRecordSchema.safeParse(rec).success).toBe(true);
    expect(isCloudTrailRecord(rec)).toBe(true);
  });

  it.each<[string, JsonObject, string]>([
    ["no eventTime", makeRecord({ eventTime: undefined }), "missing eventTime"],
    ["null eventTime", makeRecord({ eventTime: null }), "eventTime must be a string, found null"],
    ["bad eventTime", makeRecord({ eventTime: "ThisIsAWrongEventTime" }), 'eventTime is not an ISO-8601 time: "ThisIsAWrongEventTime"'],
    ["no eventName", makeRecord({ eventName: undefined }), "missing eventName"],
    ["empty eventSource", makeRecord({ eventSource: "" }), "eventSource is empty"],
    ["numeric region", makeRecord({ awsRegion: 5 }), "awsRegion must be a string, found 5"],
    ["array userIdentity", makeRecord({ userIdentity: [] }), "userIdentity must be an object, found an array"],
    ["numeric userIdentity.type", makeRecord({ userIdentity: { type: 1 } }), "userIdentity.type must be a string, found 1"],
    ["insight without details", makeInsight({ insightDetails: undefined }), "missing insightDetails"],
    ["insight with empty name", makeInsight({ insightDetails: { eventName: "", eventSource: "iam.amazonaws.com" } }), "insightDetails.eventName is empty"],
  ])("rejects a record with %s and says why", (_name, rec, message) => {
    expect(isCloudTrailRecord(rec)).toBe(false);
    expect(cloudTrailRecordSchema.safeParse(rec).success).toBe(false);
    expect(recordProblem(rec)).toBe(message);
  });
});

const FIELDS = [
  "eventTime",
  "eventName",
  "eventSource",
  "eventType",
  "eventVersion",
  "eventID",
  "awsRegion",
  "readOnly",
  "userIdentity",
  "insightDetails",
  "errorCode",
  "demo_id",
  "__proto__",
  "constructor",
];

const interesting: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    "",
    "x",
    INSIGHT_EVENT_TYPE,
    "2026-01-12T03:15:00Z",
    "2026-02-30T03:15:00Z",
    "2026-01-12T03:15:00",
    true,
    null,
    [],
    {},
    { eventName: "A", eventSource: "b" },
    { eventName: "", eventSource: "b" },
    { type: "IAMUser", userName: 3 },
  ),
);

/** A record built from a valid one by random deletions and replacements. */
const mutatedRecord: fc.Arbitrary<JsonObject> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.option(interesting, { nil: undefined })), { maxLength: 5 }))
  .map(([insight, edits]) => {
    const base = insight ? makeInsight() : makeRecord();
    const rec = JSON.parse(JSON.stringify(base)) as JsonObject;
    for (const [key, value] of edits) {
      if (value === undefined) delete rec[key];
      else Object.defineProperty(rec, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return rec;
  });

describe("isCloudTrailRecord agrees with the zod schema", () => {
  it("on mutated records", () => {
    fc.assert(
      fc.property(mutatedRecord, (rec) => {
        const fast = isCloudTrailRecord(rec);
        expect(fast).toBe(cloudTrailRecordSchema.safeParse(rec).success);
        expect(recordProblem(rec) === null).toBe(fast);
      }),
      { numRuns: 3000 },
    );
  });

  it("on random JSON objects", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELDS), interesting), (obj) => {
        const rec = obj as JsonObject;
        expect(isCloudTrailRecord(rec)).toBe(cloudTrailRecordSchema.safeParse(rec).success);
      }),
      { numRuns: 3000 },
    );
  });
});
