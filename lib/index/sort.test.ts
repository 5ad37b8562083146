import { describe, expect, it } from "vitest";
import { filterRows } from "./filter";
import { sortRows } from "./sort";
import { buildTable, makeEvent, randomEvents } from "./testing/fixtures";
import { refLoad, refSort } from "./testing/reference";

describe("sortRows against the reference", () => {
  // 5000 rows take the counting/radix paths; the 300-row subset the comparison path.
  const events = randomEvents(31, 5000).map((e, i) => (i % 13 === 0 ? { ...e, hour: NaN } : e));
  const rows = refLoad(events);
  const t = buildTable(events);
  const all = filterRows(t, {});
  const some = filterRows(t, { clauses: [{ field: "principal", values: ["root", "jmerckle"] }] });
  expect(some.length).toBeGreaterThan(100);

  it.each(["time", "eventName", "principal", "bucket", "hour", "bytesOut", "bytesIn", "eventId", "demo_id", "sourceIPAddress"])("by %s", (field) => {
    for (const desc of [false, true]) {
      for (const ids of [all, some]) expect(Array.from(sortRows(t, ids, { field, desc })), `${field} desc=${desc}`).toEqual(refSort(rows, Array.from(ids), { field, desc }));
    }
  });

  it("keeps input order for ties (stable), including for unsorted input", () => {
    const shuffled = Uint32Array.from(all).reverse();
    expect(Array.from(sortRows(t, shuffled, { field: "region" }))).toEqual(refSort(rows, Array.from(shuffled), { field: "region" }));
    expect(Array.from(sortRows(t, shuffled, { field: "time", desc: true }))).toEqual(refSort(rows, Array.from(shuffled), { field: "time", desc: true }));
  });

  it("does not modify its input", () => {
    const copy = all.slice();
    sortRows(t, all, { field: "principal", desc: true });
    expect(all).toEqual(copy);
  });
});

describe("sortRows edge cases", () => {
  it.each([
    ["negative, zero, infinite and absent numbers", [5, -0, 0, -3.5, Infinity, NaN, -Infinity, 1e300, NaN]],
    ["ties", [2, 1, 2, 1, 2]],
    ["integers with absent values (one 32-bit word)", [3, NaN, -7, 3, 0, 12, -0]],
    ["integers spanning more than 2^32", [0, 2 ** 32, 2 ** 33 + 1, NaN, -(2 ** 40), 7]],
  ])("orders %s", (_name, values) => {
    const evs = values.map((v) => makeEvent({ bytesOut: v }));
    for (const n of [1, 700]) {
      // Repeat the pattern so both the comparison and the radix path run.
      const many = Array.from({ length: n * values.length }, (_, i) => evs[i % values.length]);
      const t = buildTable(many);
      const ids = filterRows(t, {});
      for (const desc of [false, true]) expect(Array.from(sortRows(t, ids, { field: "bytesOut", desc }))).toEqual(refSort(many, Array.from(ids), { field: "bytesOut", desc }));
    }
  });

  it.each([3, 3000])("sorts %i rows already in time order, ties kept in input order both ways", (n) => {
    const evs = Array.from({ length: n }, (_, i) => makeEvent({ time: Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 1000, principal: `p${i}` }));
    const t = buildTable(evs);
    const ids = filterRows(t, {});
    for (const desc of [false, true]) expect(Array.from(sortRows(t, ids, { field: "time", desc }))).toEqual(refSort(evs, Array.from(ids), { field: "time", desc }));
  });

  it("sorts strings by code units, absent last", () => {
    const t = buildTable(["b", "", "B", "a", "ä", "", "a"].map((p) => makeEvent({ principal: p })));
    const ids = filterRows(t, {});
    expect(Array.from(sortRows(t, ids, { field: "principal" }), (r) => t.value("principal", r))).toEqual(["B", "a", "a", "b", "ä", "", ""]);
    expect(Array.from(sortRows(t, ids, { field: "principal", desc: true }), (r) => t.value("principal", r))).toEqual(["ä", "b", "a", "a", "B", "", ""]);
  });

  it("names an unknown field", () => {
    const t = buildTable([makeEvent()]);
    expect(() => sortRows(t, Uint32Array.of(0), { field: "nope" })).toThrow(/nope/);
  });
});
