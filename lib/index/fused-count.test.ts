import { describe, expect, it } from "vitest";
import { groupBy } from "./aggregate";
import { countCodes, countPairs } from "./group-keys";
import { fusable, fusedCounts } from "./fused-count";
import { execute, plan } from "./select";
import { buildTable, randomEvents } from "./testing/fixtures";
import type { QuerySpec } from "./types";

const t = buildTable(randomEvents(5, 9000));
const codes = (field: string) => {
  const ref = t.ref(field);
  if (ref.kind !== "string" && ref.kind !== "hour") throw new Error(field);
  return { codes: ref.col.codes, card: ref.kind === "string" ? ref.col.dict.length : ref.col.cardinality };
};

const BROAD: [string, QuerySpec][] = [
  ["no filter over a time range", { timeRange: { start: Date.UTC(2026, 0, 15), end: Date.UTC(2026, 1, 15) } }],
  ["a common value", { clauses: [{ field: "readOnly", values: ["false"] }] }],
  ["a negated value, hours and a time range", { clauses: [{ field: "eventName", values: ["GetObject"], negate: true }], hourRange: { from: 1, to: 5 }, timeRange: { start: Date.UTC(2026, 0, 5), end: Date.UTC(2026, 2, 1) } }],
  ["free text and a wildcard", { text: "e", clauses: [{ field: "principal", values: ["*a*"] }] }],
];

/** The least frequent object key: a value whose posting list beats scanning. */
function rarest(): string {
  const byName = groupBy(t, {}, ["objectKey"]);
  expect(byName.counts.at(-1)!).toBeLessThan(t.size * 0.05);
  return byName.keys.at(-1)![0]!;
}

describe("fusedCounts", () => {
  it.each(BROAD)("counts one key like the row-list path over %s", (_n, spec) => {
    const p = plan(t, spec);
    expect(fusable(p)).toBe(true);
    const key = codes("eventName");
    expect(fusedCounts(p, { c1: key.codes, card2: 1, size: key.card }, t.size)).toEqual(countCodes(execute(t, p), key.codes, key.card));
  });

  it.each(BROAD)("counts a key pair like the row-list path over %s", (_n, spec) => {
    const p = plan(t, spec);
    const a = codes("principal");
    const b = codes("hour");
    const size = a.card * b.card;
    expect(fusedCounts(p, { c1: a.codes, c2: b.codes, card2: b.card, size }, t.size)).toEqual(countPairs(execute(t, p), a.codes, b.codes, b.card, size));
  });

  it.each([
    ["a rare value", { clauses: [{ field: "objectKey", values: ["*"] }] }],
    ["two values and a time range", { clauses: [{ field: "eventName", values: ["GetObject", "PutObject"] }], timeRange: { start: Date.UTC(2026, 0, 15), end: Date.UTC(2026, 1, 15) } }],
  ] as [string, QuerySpec][])("walks posting lists for %s like the row-list path", (_n, base) => {
    const spec = base.clauses?.[0]?.values[0] === "*" ? { clauses: [{ field: "objectKey", values: [rarest()] }] } : base;
    const p = plan(t, spec);
    const key = codes("eventSource");
    expect(fusedCounts(p, { c1: key.codes, card2: 1, size: key.card }, t.size)).toEqual(countCodes(execute(t, p), key.codes, key.card));
  });

  it("leaves explicit rows to the row-list path", () => {
    expect(fusable(plan(t, { rows: Uint32Array.of(1, 2, 3) }))).toBe(false);
    expect(fusable(plan(t, { clauses: [{ field: "eventName", values: ["Nope"] }] }))).toBe(false);
  });
});
