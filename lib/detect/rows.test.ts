import { describe, expect, it } from "vitest";
import { rowsWhere, where } from "./rows";
import { contextOf } from "./testing/harness";
import { call, user } from "./testing/records";

describe("rowsWhere", () => {
  it("treats values from records literally, even when they contain the index's wildcard", () => {
    const { table } = contextOf(["a*", "ab", "a*"].map((name) => call("iam", "ListUsers", user(name), null)));
    expect(Array.from(rowsWhere(table, [where("principal", "a*")]))).toEqual([0, 2]);
    expect(Array.from(rowsWhere(table, [{ field: "principal", values: ["a*"], negate: true }]))).toEqual([1]);
    expect(Array.from(rowsWhere(table, [where("principal", "ab")]))).toEqual([1]);
  });
});
