import { describe, expect, it } from "vitest";
import type { FieldInfo } from "../../lib/worker/protocol";
import { filterFieldOf, searchFieldNames, suggestsValues } from "./field-catalog";

const makeField = (name: string, kind: FieldInfo["kind"] = "string", cardinality = 10): FieldInfo => ({ name, kind, cardinality });
const FIELDS = [makeField("time", "time", -1), makeField("eventName"), makeField("principal"), makeField("bucket"), makeField("bytesOut", "number", -1), makeField("demo_id"), makeField("__proto__")];

describe("searchFieldNames", () => {
  it("offers _time, the CloudTrail paths of the loaded fields, then the normalised and extra names; never unsafe ones", () => {
    expect(searchFieldNames(FIELDS)).toEqual([
      "_time",
      "eventTime",
      "eventName",
      "requestParameters.bucketName",
      "additionalEventData.bytesTransferredOut",
      "principal",
      "bucket",
      "bytesOut",
      "demo_id",
    ]);
  });
});

describe("filterFieldOf", () => {
  it.each([
    ["userIdentity.userName", null],
    ["requestParameters.bucketName", "bucket"],
    ["principal", "principal"],
    ["demo_id", "demo_id"],
    ["additionalEventData.bytesTransferredOut", "bytesOut"],
    ["_time", null],
    ["count", null],
    ["unique_files", null],
    ["__proto__", null],
  ])("%s → %s", (column, field) => {
    expect(filterFieldOf(column, FIELDS)).toBe(field);
  });
});

describe("suggestsValues", () => {
  it.each([
    ["eventName", "eventName"],
    ["requestParameters.bucketName", "bucket"],
    ["additionalEventData.bytesTransferredOut", null],
    ["index", null],
    ["_time", null],
  ])("%s → %s", (name, field) => {
    expect(suggestsValues(name, FIELDS)).toBe(field);
  });
});
