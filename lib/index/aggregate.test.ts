import { describe, expect, it } from "vitest";
import { distinctCount, groupBy, topValues } from "./aggregate";
import { buildTable, makeEvent, randomEvents } from "./testing/fixtures";
import { refDistinct, refGroupBy, refLoad } from "./testing/reference";
import type { QuerySpec } from "./types";

const events = randomEvents(17, 3000);
const rows = refLoad(events);
const t = buildTable(events);

const FILTERS: [string, QuerySpec][] = [
  ["all rows", {}],
  ["a time range", { timeRange: { start: Date.UTC(2026, 0, 20), end: Date.UTC(2026, 1, 20) } }],
  ["a selective value", { clauses: [{ field: "errorCode", values: ["AccessDenied"] }] }],
  ["several filters", { clauses: [{ field: "eventName", values: ["GetObject"] }], hourRange: { from: 1, to: 5 } }],
  ["nothing", { clauses: [{ field: "eventName", values: ["Nope"] }] }],
  // Broad filters: counted in one fused pass over the ranges (fused-count.ts).
  ["a broad value in a time range", { clauses: [{ field: "readOnly", values: ["false"] }], timeRange: { start: Date.UTC(2026, 0, 10), end: Date.UTC(2026, 1, 25) } }],
  ["a negated value and an hour range", { clauses: [{ field: "eventName", values: ["GetObject"], negate: true }], hourRange: { from: 22, to: 6 } }],
  ["free text", { text: "a" }],
];

describe("groupBy against the reference", () => {
  it.each(FILTERS)("one field over %s", (_n, spec) => {
    for (const f of ["eventName", "principal", "demo_id", "hour", "sourceIPAddress"]) expect(groupBy(t, spec, [f])).toEqual(refGroupBy(rows, spec, [f]));
  });

  it.each(FILTERS)("two fields over %s", (_n, spec) => {
    for (const fs of [["principal", "bucket"], ["principal", "eventSource"], ["hour", "readOnly"]]) expect(groupBy(t, spec, fs)).toEqual(refGroupBy(rows, spec, fs));
  });

  it.each(FILTERS)("three fields over %s", (_n, spec) => {
    expect(groupBy(t, spec, ["region", "principal", "errorCode"])).toEqual(refGroupBy(rows, spec, ["region", "principal", "errorCode"]));
  });

  it("counts a large key space sparsely, with the same answer", () => {
    expect(groupBy(t, {}, ["eventId", "objectKey"], 50)).toEqual(refGroupBy(rows, {}, ["eventId", "objectKey"], 50));
  });

  it.each([
    ["bytesOut", ["bytesOut"]],
    ["time", ["_time"]],
    ["bytes and principal", ["bytesOut", "principal"]],
  ])("groups number fields (%s) numerically", (_n, fields) => {
    expect(groupBy(t, { clauses: [{ field: "bucket", values: ["*"] }] }, fields, 40)).toEqual(refGroupBy(rows, { clauses: [{ field: "bucket", values: ["*"] }] }, fields, 40));
  });

  it("cuts to the limit and reports the total", () => {
    const g = groupBy(t, {}, ["objectKey"], 5);
    expect(g.keys.length).toBe(5);
    expect(g.totalGroups).toBe(new Set(rows.map((r) => r.objectKey)).size);
    expect(g).toEqual(refGroupBy(rows, {}, ["objectKey"], 5));
    expect(groupBy(t, {}, ["eventName"], 0).keys).toEqual([]);
  });

  it("breaks count ties by key ascending", () => {
    const tt = buildTable(["b", "a", "c", "a", "b", "c", "d"].map((p) => makeEvent({ principal: p })));
    expect(groupBy(tt, {}, ["principal"])).toEqual({ fields: ["principal"], keys: [["a"], ["b"], ["c"], ["d"]], counts: [2, 2, 2, 1], totalGroups: 4 });
  });

  it("needs a field, and names unknown ones", () => {
    expect(() => groupBy(t, {}, [])).toThrow();
    expect(() => groupBy(t, {}, ["principal", "bogus.field"])).toThrow(/bogus\.field/);
  });
});

describe("topValues", () => {
  it("is the first N groups of one field", () => {
    expect(topValues(t, {}, "sourceIp", 3)).toEqual(refGroupBy(rows, {}, ["sourceIp"], 3));
    expect(topValues(t, { clauses: [{ field: "principal", values: ["root"] }] }, "eventName", 2)).toEqual(
      refGroupBy(rows, { clauses: [{ field: "principal", values: ["root"] }] }, ["eventName"], 2),
    );
  });

  it("finds the top of a large dictionary with a bounded heap", () => {
    const many = buildTable(Array.from({ length: 5000 }, (_, i) => makeEvent({ objectKey: `k${i % 2500}${i % 7 === 0 ? "" : "x"}` })));
    const ref = refLoad(Array.from({ length: 5000 }, (_, i) => makeEvent({ objectKey: `k${i % 2500}${i % 7 === 0 ? "" : "x"}` })));
    expect(topValues(many, {}, "objectKey", 10)).toEqual(refGroupBy(ref, {}, ["objectKey"], 10));
  });
});

describe("distinctCount", () => {
  it.each(FILTERS)("over %s", (_n, spec) => {
    for (const f of ["principal", "bucket", "hour", "bytesOut", "eventId", "demo_id"]) expect(distinctCount(t, spec, f), f).toBe(refDistinct(rows, spec, f));
  });
});
