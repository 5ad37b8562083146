import { describe, expect, it } from "vitest";
import { histogram, MAX_HISTOGRAM_CELLS } from "./histogram";
import { buildTable, makeEvent, randomEvents } from "./testing/fixtures";
import { refHistogram, refLoad } from "./testing/reference";
import type { QuerySpec } from "./types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const events = randomEvents(23, 2500);
const rows = refLoad(events);
const t = buildTable(events);
const principal: QuerySpec = { clauses: [{ field: "principal", values: ["alex.miller"] }] };

describe("histogram against the reference", () => {
  it.each<[string, QuerySpec, number, Parameters<typeof histogram>[3]]>([
    ["1 hour, all rows", {}, HOUR, {}],
    ["1 hour, one principal", principal, HOUR, {}],
    ["1 day", {}, DAY, {}],
    ["7 minutes (not dividing an hour)", principal, 7 * 60_000, {}],
    ["a range", {}, HOUR, { range: { start: Date.UTC(2026, 0, 10, 5, 30), end: Date.UTC(2026, 0, 12) } }],
    ["a range and a time range", { timeRange: { start: Date.UTC(2026, 0, 11), end: Date.UTC(2026, 0, 20) } }, DAY, { range: { start: Date.UTC(2026, 0, 5), end: Date.UTC(2026, 0, 15) } }],
    ["stacked by eventName, top 3", {}, DAY, { stackBy: "eventName", topN: 3 }],
    ["stacked by principal, default top N", principal, 6 * HOUR, { stackBy: "principal" }],
    ["stacked by hour", {}, DAY, { stackBy: "hour", topN: 4 }],
    ["stacked by a field with few values (no other)", {}, DAY, { stackBy: "region", topN: 10 }],
    ["stacked, range", { text: "s3" }, HOUR, { stackBy: "bucket", topN: 2, range: { start: Date.UTC(2026, 0, 3), end: Date.UTC(2026, 0, 6) } }],
    ["nothing selected", { clauses: [{ field: "eventName", values: ["Nope"] }] }, HOUR, {}],
    ["1 day from Tokyo's midnight", {}, DAY, { alignMs: -9 * HOUR }],
    ["1 hour from India's half hour, a range", principal, HOUR, { alignMs: -5.5 * HOUR, range: { start: Date.UTC(2026, 0, 10, 5, 10), end: Date.UTC(2026, 0, 12) } }],
    ["6 hours from New York's midnight, stacked", {}, 6 * HOUR, { alignMs: 5 * HOUR, stackBy: "eventName", topN: 3 }],
  ])("%s", (_name, spec, span, opts) => {
    const got = histogram(t, spec, span, opts);
    expect(got).toEqual(refHistogram(rows, spec, span, opts));
  });
});

describe("histogram span without a range", () => {
  it("on time-ordered rows with a filter", () => {
    const ordered = events.map((e, i) => ({ ...e, eventId: "", time: Date.UTC(2026, 0, 1) + i * 97_000 })).map((e) => ({ ...e, hour: new Date(e.time).getUTCHours() }));
    const tt = buildTable(ordered);
    expect(histogram(tt, principal, HOUR)).toEqual(refHistogram(ordered, principal, HOUR));
    expect(histogram(tt, principal, HOUR, { stackBy: "eventName", topN: 2 })).toEqual(refHistogram(ordered, principal, HOUR, { stackBy: "eventName", topN: 2 }));
  });

  it("on rows in reverse time order with a filter", () => {
    const reversed = events.map((e, i) => ({ ...e, eventId: "", time: Date.UTC(2026, 2, 1) - i * 97_000 })).map((e) => ({ ...e, hour: new Date(e.time).getUTCHours() }));
    const tt = buildTable(reversed);
    expect(histogram(tt, principal, HOUR)).toEqual(refHistogram(reversed, principal, HOUR));
  });

  it("when the table's whole range would be too many buckets to count at once", () => {
    const spec: QuerySpec = { rows: Uint32Array.from([5, 6, 7]) };
    expect((rows[rows.length - 1].time - rows[0].time) / 1000).toBeGreaterThan(MAX_HISTOGRAM_CELLS);
    expect(histogram(t, spec, 1000)).toEqual(refHistogram(rows, spec, 1000));
    expect(histogram(t, spec, 1000, { stackBy: "principal" })).toEqual(refHistogram(rows, spec, 1000, { stackBy: "principal" }));
  });
});

describe("histogram", () => {
  it("aligns buckets to multiples of the span (UTC)", () => {
    const tt = buildTable([makeEvent({ time: Date.UTC(2026, 0, 1, 10, 59, 59, 999) }), makeEvent({ time: Date.UTC(2026, 0, 1, 12, 0) })]);
    const h = histogram(tt, {}, HOUR);
    expect(h.start).toBe(Date.UTC(2026, 0, 1, 10));
    expect(h.buckets).toBe(3);
    expect(Array.from(h.counts)).toEqual([1, 0, 1]);
    expect(h.series).toEqual([""]);
  });

  it("starts day buckets at a zone's midnight when given its offset", () => {
    // 03:00 UTC on 2 January is noon in Tokyo (UTC+9, getTimezoneOffset() = -540): its Tokyo day began 15:00 UTC on 1 January.
    const tt = buildTable([makeEvent({ time: Date.UTC(2026, 0, 2, 3) }), makeEvent({ time: Date.UTC(2026, 0, 2, 16) })]);
    const h = histogram(tt, {}, DAY, { alignMs: -540 * 60_000 });
    expect(h.start).toBe(Date.UTC(2026, 0, 1, 15));
    expect(Array.from(h.counts)).toEqual([1, 1]);
    expect(histogram(tt, {}, DAY).start).toBe(Date.UTC(2026, 0, 2));
    expect(() => histogram(tt, {}, DAY, { alignMs: Number.NaN })).toThrow(/alignment/);
  });

  it("puts the values outside the top N into other", () => {
    const tt = buildTable(["a", "a", "a", "b", "b", "c", "d"].map((p) => makeEvent({ principal: p })));
    const h = histogram(tt, {}, DAY, { stackBy: "principal", topN: 2 });
    expect(h.series).toEqual(["a", "b", "other"]);
    expect(Array.from(h.counts)).toEqual([3, 2, 2]);
  });

  it("refuses invalid spans and oversized results with a clear error", () => {
    expect(() => histogram(t, {}, 0)).toThrow(/span/);
    expect(() => histogram(t, {}, NaN)).toThrow(/span/);
    expect(() => histogram(t, {}, 1, { range: { start: 0, end: MAX_HISTOGRAM_CELLS + 1 } })).toThrow(/too large/);
  });

  it("returns counts the caller owns", () => {
    const a = histogram(t, {}, DAY);
    a.counts.fill(0);
    expect(histogram(t, {}, DAY)).toEqual(refHistogram(rows, {}, DAY));
  });
});
