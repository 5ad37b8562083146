import { describe, expect, it } from "vitest";
import type { Sensitivity } from "../detect/sensitivity";
import { buildTable, makeEvent } from "../index/testing/fixtures";
import { refHistogram, refLoad } from "../index/testing/reference";
import type { QuerySpec } from "../index/types";
import { bucketDetail } from "./entity-bucket";
import { offHoursOf, SENSITIVE_ACTIONS, S3_LIST_EVENTS, S3_READ_EVENTS, S3_WRITE_EVENTS } from "./entity-rules";
import { chartRange, chartSpan, distinctPerKey } from "./entity-scan";
import { principalDetail } from "./entity-principal";
import { bucketStats, principalStats } from "./entity-stats";
import { entityEvents } from "./testing/entity-events";
import { refAccess, refBuckets, refEntity, refHeatmap, refListing, refObjects, refOffHours, refPrincipals, refSeen, refSensitive } from "./testing/entity-reference";

const DAY = 86_400_000;
const events = entityEvents(7, 3000);
const rows = refLoad(events);
const t = buildTable(events);
const principalOrder = [...new Set(rows.map((e) => e.principal).filter((p) => p !== ""))];

const SPECS: [string, QuerySpec][] = [
  ["everything", {}],
  ["one week", { timeRange: { start: Date.UTC(2026, 0, 5), end: Date.UTC(2026, 0, 12) } }],
  ["S3 only", { clauses: [{ field: "eventSource", values: ["s3.amazonaws.com"] }] }],
  ["errors excluded", { clauses: [{ field: "errorCode", values: [""] }] }],
  ["free text", { text: "payroll" }],
  ["nothing", { clauses: [{ field: "eventName", values: ["NoSuchCall"] }] }],
];

describe("the definitions", () => {
  it.each([
    ["Thursday 21:59", Date.UTC(2026, 0, 1, 21, 59), 0],
    ["Thursday 22:00", Date.UTC(2026, 0, 1, 22, 0), 1],
    ["Friday 05:59", Date.UTC(2026, 0, 2, 5, 59), 1],
    ["Friday 06:00", Date.UTC(2026, 0, 2, 6, 0), 0],
    ["Saturday noon", Date.UTC(2026, 0, 3, 12, 0), 1],
    ["Sunday noon", Date.UTC(2026, 0, 11, 12, 0), 1],
    ["Monday noon", Date.UTC(2026, 0, 12, 12, 0), 0],
    ["a Wednesday before 1970", Date.UTC(1969, 11, 31, 12, 0), 0],
    ["a Sunday before 1970", Date.UTC(1969, 11, 28, 12, 0), 1],
  ])("off-hours: %s", (_name, ms, expected) => {
    expect(offHoursOf(ms)).toBe(expected);
    expect(refOffHours(ms)).toBe(expected === 1);
  });

  it("names every S3 access event once and the reference agrees on the classes it knows", () => {
    const all = [...S3_READ_EVENTS, ...S3_WRITE_EVENTS, ...S3_LIST_EVENTS];
    expect(new Set(all).size).toBe(all.length);
    for (const n of ["GetObject", "HeadObject", "PutObject", "DeleteObject", "ListBucket", "ListObjectsV2"]) expect(all).toContain(n);
    expect(refAccess("GetBucketAcl")).toBe("other");
  });

  it("lists the sensitive calls the reference spells out, only for their own service", () => {
    const has = (source: string, name: string) => SENSITIVE_ACTIONS.some((g) => g.eventSource === source && g.eventNames.includes(name));
    expect(has("iam.amazonaws.com", "CreateUser")).toBe(true);
    expect(has("iam.amazonaws.com", "AttachUserPolicy")).toBe(true);
    expect(has("iam.amazonaws.com", "CreateAccessKey")).toBe(true);
    expect(has("transfer.amazonaws.com", "CreateUser")).toBe(false);
    expect(refSensitive(makeEvent({ eventSource: "transfer.amazonaws.com", eventName: "CreateUser" }))).toBe(false);
  });
});

describe("distinctPerKey", () => {
  it.each([
    ["bitset", 4, 5],
    ["first-key table with a pair set", 5000, 5000],
  ])("counts distinct values per key (%s)", (_name, keyCard, valCard) => {
    const keys = Uint32Array.from([1, 1, 2, 2, 2, 3, 1, 3, 0, 2], (k) => (k * 997) % keyCard);
    const vals = Uint32Array.from([1, 1, 1, 2, 1, 0, 3, 1, 4, 3], (v) => (v * 991) % valCard);
    const rowIds = Uint32Array.from(keys.keys());
    const got = distinctPerKey(rowIds, keys, keyCard, vals, valCard);
    for (let k = 0; k < keyCard; k++) {
      const want = new Set([...rowIds].filter((r) => keys[r] === k && vals[r] !== 0).map((r) => vals[r])).size;
      expect(got[k], `key ${k}`).toBe(want);
    }
  });
});

describe.each(SPECS)("lists against the reference (%s)", (_name, spec) => {
  it("principals", () => {
    expect(principalStats(t, spec)).toEqual(refPrincipals(rows, spec));
  });

  it.each<[string, [string, Sensitivity][]]>([
    ["seed defaults", []],
    ["analyst overrides", [["public-assets", "high"], ["faketshirtco-financial-reports", "low"]]],
  ])("buckets with %s", (_label, levels) => {
    expect(bucketStats(t, spec, new Map(levels))).toEqual(refBuckets(rows, spec, new Map(levels)));
  });
});

describe("the principal page against the reference", () => {
  const week: QuerySpec = { timeRange: { start: Date.UTC(2026, 0, 5), end: Date.UTC(2026, 0, 12) } };

  it.each<[string, string, QuerySpec]>([
    ["a user", "alex.miller", {}],
    ["a role within a week", "order-processor-role", week],
    ["a name with a wildcard is matched exactly", "ops*admin", {}],
    ["a hostile name", "__proto__", { clauses: [{ field: "eventSource", values: ["iam.amazonaws.com"] }] }],
  ])("%s", (_label, name, spec) => {
    const es = refEntity(rows, spec, "principal", name);
    expect(es.length).toBeGreaterThan(0);
    const got = principalDetail(t, name, spec);
    expect(got.summary).toEqual(refPrincipals(es, {})[0]);
    expect(got.apis.items).toEqual(refSeen(es, (e) => e.eventName).slice(0, 25));
    expect(got.apis.distinct).toBe(refSeen(es, (e) => e.eventName).length);
    expect(got.sourceIps.items).toEqual(refSeen(es, (e) => e.sourceIp).slice(0, 25));
    expect(got.userAgents.items).toEqual(refSeen(es, (e) => e.userAgent).slice(0, 25));
    expect(got.errors.items).toEqual(refSeen(es, (e) => e.errorCode));
    const sensitive = es.filter(refSensitive).sort((a, b) => a.time - b.time);
    expect(got.sensitiveCalls.total).toBe(sensitive.length);
    expect(got.sensitiveCalls.calls.map((c) => [c.eventId, c.eventName, c.targetUser])).toEqual(sensitive.map((e) => [e.eventId, e.eventName, e.targetUser]));
    for (const b of got.buckets) {
      const used = es.filter((e) => e.bucket === b.bucket);
      expect(b).toEqual({ bucket: b.bucket, events: used.length, reads: used.filter((e) => refAccess(e.eventName) === "read").length, writes: used.filter((e) => refAccess(e.eventName) === "write").length, lists: used.filter((e) => refAccess(e.eventName) === "list").length, other: used.filter((e) => refAccess(e.eventName) === "other").length, first: Math.min(...used.map((e) => e.time)), last: Math.max(...used.map((e) => e.time)) });
    }
    expect(got.buckets.reduce((s, b) => s + b.events, 0)).toBe(es.filter((e) => e.bucket !== "").length);

    const range = chartRange(t, spec)!;
    const span = chartSpan(range.end - range.start);
    const ids = rows.flatMap((e, i) => (es.includes(e) ? [i] : []));
    expect(got.activity).toEqual(refHistogram(rows, { rows: Uint32Array.from(ids) }, span, { range, stackBy: "eventName", topN: 8 }));

    const firstDay = Math.floor(range.start / DAY);
    const days = Math.floor((range.end - 1) / DAY) - firstDay + 1;
    expect(got.heatmap).toMatchObject({ start: firstDay * DAY, daysPerRow: 1, rows: days, eventName: "" });
    expect(Array.from(got.heatmap.counts)).toEqual(refHeatmap(es, firstDay, days).flat());
  });

  it("limits the heatmap to one event name", () => {
    const es = refEntity(rows, {}, "principal", "alex.miller");
    const got = principalDetail(t, "alex.miller", {}, { eventName: "GetObject" });
    const range = chartRange(t, {})!;
    const firstDay = Math.floor(range.start / DAY);
    const grid = refHeatmap(es, firstDay, got.heatmap.rows, "GetObject");
    expect(Array.from(got.heatmap.counts)).toEqual(grid.flat());
    expect(got.heatmap.max).toBe(Math.max(...grid.flat()));
    expect(principalDetail(t, "alex.miller", {}, { eventName: "NoSuchCall" }).heatmap.max).toBe(0);
  });

  it("answers an unknown or empty principal with empty figures", () => {
    for (const name of ["nobody", ""]) {
      const got = principalDetail(t, name, {});
      expect(got.summary).toBeNull();
      expect(got.apis).toEqual({ items: [], distinct: 0 });
      expect(got.heatmap.max).toBe(0);
      expect(got.sensitiveCalls).toEqual({ calls: [], total: 0 });
    }
  });

  it("bins days when the range is longer than the heatmap's rows", () => {
    const long = [makeEvent({ eventId: "a", time: Date.UTC(2025, 0, 1, 3) }), makeEvent({ eventId: "b", time: Date.UTC(2026, 0, 1, 3) }), makeEvent({ eventId: "c", time: Date.UTC(2026, 0, 1, 4) })];
    const h = principalDetail(buildTable(long), "alex.miller", {}).heatmap;
    expect(h.daysPerRow).toBe(Math.ceil(366 / 120));
    expect(h.rows * h.daysPerRow).toBeGreaterThanOrEqual(366);
    expect(h.counts.reduce((s, n) => s + n, 0)).toBe(3);
    expect(h.counts[(h.rows - 1) * 24 + 3]).toBe(1);
    expect(h.counts[(h.rows - 1) * 24 + 4]).toBe(1);
  });
});

describe("the bucket page against the reference", () => {
  it.each<[string, string, QuerySpec]>([
    ["the financial bucket", "faketshirtco-financial-reports", {}],
    ["a bucket within a week", "faketshirtco-prod-data", { timeRange: { start: Date.UTC(2026, 0, 5), end: Date.UTC(2026, 0, 12) } }],
    ["a name with a wildcard is matched exactly", "a*b", {}],
  ])("%s", (_label, name, spec) => {
    const es = refEntity(rows, spec, "bucket", name);
    expect(es.length).toBeGreaterThan(0);
    const levels = new Map<string, Sensitivity>([["a*b", "medium"]]);
    const got = bucketDetail(t, name, spec, levels);
    expect(got.summary).toEqual(refBuckets(es, {}, levels)[0]);
    expect(got.sensitivity).toBe(refBuckets(es, {}, levels)[0]!.sensitivity);
    const objects = refObjects(es, principalOrder);
    expect(got.objects.total).toBe(objects.length);
    expect(got.objects.rows).toEqual(objects.slice(0, 500));
    expect(got.listing).toEqual(refListing(es));

    const off = es.filter((e) => refOffHours(e.time));
    expect(got.offHours.total).toBe(off.length);
    expect(got.offHours.weekend).toBe(off.filter((e) => [0, 6].includes(new Date(e.time).getUTCDay())).length);
    expect(got.offHours.byHour).toEqual(Array.from({ length: 24 }, (_, h) => es.filter((e) => new Date(e.time).getUTCHours() === h).length));
    const offSeen = refSeen(off, (e) => e.principal);
    expect(got.offHours.byPrincipal.map((u) => [u.principal, u.count, u.first, u.last])).toEqual(offSeen.map((v) => [v.value, v.count, v.first, v.last]));

    const range = chartRange(t, spec)!;
    const span = chartSpan(range.end - range.start);
    const ids = Uint32Array.from(rows.flatMap((e, i) => (es.includes(e) ? [i] : [])));
    expect(got.byPrincipal).toEqual(refHistogram(rows, { rows: ids }, span, { range, stackBy: "principal", topN: 8 }));
    expect(got.byEventName).toEqual(refHistogram(rows, { rows: ids }, span, { range, stackBy: "eventName", topN: 8 }));
  });

  it("says where a level comes from", () => {
    expect(bucketDetail(t, "faketshirtco-financial-reports", {})).toMatchObject({ sensitivity: "high", sensitivitySource: "default" });
    expect(bucketDetail(t, "acme-payroll-exports", {})).toMatchObject({ sensitivity: "high", sensitivitySource: "name" });
    expect(bucketDetail(t, "public-assets", {}, new Map([["public-assets", "medium"]]))).toMatchObject({ sensitivity: "medium", sensitivitySource: "analyst" });
    expect(bucketDetail(t, "no-such-bucket", {})).toMatchObject({ summary: null, objects: { rows: [], total: 0 }, listing: [] });
  });
});

describe("chartSpan", () => {
  it.each([
    [60 * 60_000, 60_000],
    [14 * DAY, 3_600_000 * 3],
    [3 * 365 * DAY, 7 * DAY],
  ])("a range of %d ms gets bars of %d ms", (range, span) => {
    expect(chartSpan(range)).toBe(span);
  });
});
