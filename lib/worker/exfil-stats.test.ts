import { describe, expect, it } from "vitest";
import type { JsonObject } from "../cloudtrail/types";
import { contextOf } from "../detect/testing/harness";
import { call, s3, user } from "../detect/testing/records";
import { bucketSensitivity } from "../detect/sensitivity";
import { channelDriver, directDriver } from "./test-harness";
import { ABOVE_BASELINE_FACTOR, MAX_HEATMAP_ROWS, exfilStats, nightOf } from "./exfil-stats";

const FIN = "faketshirtco-financial-reports";
const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 0, day, hour, minute)).toISOString().replace(".000Z", "Z");
const DAY = (day: number) => Date.UTC(2026, 0, day);

/** alex reads two files a day at 10:00 on Days 1–5, lists the bucket on Day 6 and takes four files at 02:00 on Day 8 from another IP. */
function scenario(): JsonObject[] {
  const alex = user("alex.miller");
  const recs: JsonObject[] = [];
  for (let d = 1; d <= 5; d++) {
    recs.push(s3("GetObject", alex, "faketshirtco-prod-data", `daily/${d}-a.csv`, at(d, 10, 5), 1000));
    recs.push(s3("GetObject", alex, "faketshirtco-prod-data", `daily/${d}-b.csv`, at(d, 10, 20), 1000));
  }
  recs.push(s3("ListBucket", alex, FIN, "", at(6, 15)));
  for (let i = 0; i < 4; i++) recs.push({ ...s3("GetObject", alex, FIN, `2026/q4/file-${i}.xlsx`, at(8, 2, i * 5), 2_000_000), sourceIPAddress: "203.0.113.9" });
  // A failed read and someone else's read are not alex's reads.
  recs.push({ ...s3("GetObject", alex, FIN, "2026/q4/denied.xlsx", at(8, 2, 30)), errorCode: "AccessDenied" });
  recs.push(s3("GetObject", user("sarah.patel"), FIN, "2026/q4/other.xlsx", at(8, 2, 40)));
  recs.push(call("iam", "ListUsers", alex, null, { eventTime: at(7, 9) }));
  return recs;
}

function run(records: JsonObject[], principals: string[], evidence: (t: ReturnType<typeof contextOf>["table"]) => number[]) {
  const { table } = contextOf(records);
  return { table, stats: exfilStats(table, { principals, evidence: Uint32Array.from(evidence(table)).sort() }, bucketSensitivity()) };
}

/** Rows of alex's night reads on the financial bucket: the collection evidence. */
const nightEvidence = (t: ReturnType<typeof contextOf>["table"]) =>
  Array.from({ length: t.size }, (_, r) => r).filter((r) => t.value("bucket", r) === FIN && t.value("eventName", r) === "GetObject" && t.value("principal", r) === "alex.miller" && t.value("errorCode", r) === "");

describe("nightOf", () => {
  it.each([
    ["01:00 belongs to the night ending that day", Date.UTC(2026, 0, 11, 1), DAY(11)],
    ["05:59 too", Date.UTC(2026, 0, 11, 5, 59), DAY(11)],
    ["23:14 belongs to the next day's night", Date.UTC(2026, 0, 10, 23, 14), DAY(11)],
    ["22:00 starts the night", Date.UTC(2026, 0, 10, 22), DAY(11)],
    ["06:00 is daytime", Date.UTC(2026, 0, 11, 6), null],
    ["15:00 is daytime", Date.UTC(2026, 0, 11, 15), null],
  ])("%s", (_name, ms, night) => {
    expect(nightOf(ms)).toBe(night);
  });
});

describe("exfilStats", () => {
  it("lays the principal's reads out by day and hour, against its own baseline", () => {
    const { stats } = run(scenario(), ["alex.miller"], nightEvidence);
    expect(stats.reads).toBe(14);
    const h = stats.heatmap;
    expect(h).toMatchObject({ start: DAY(1), daysPerRow: 1, rows: 8, eventName: "GetObject", max: 4 });
    expect(h.counts[0 * 24 + 10]).toBe(2);
    expect(h.counts[7 * 24 + 2]).toBe(4);
    expect([...h.counts].reduce((a, b) => a + b, 0)).toBe(14);
    // Baseline: Days 1–7 minus the evidence day (8) — 7 active days, 10 reads at 10:00.
    expect(stats.baseline.source).toBe("principal");
    expect(stats.baseline.days).toBe(7);
    expect(stats.baseline.perHour[10]).toBeCloseTo(10 / 7);
    expect(stats.baseline.perHour[2]).toBe(0);
    expect(stats.above[7 * 24 + 2]).toBe(1);
    expect(stats.above[0 * 24 + 10]).toBe(0);
    expect([...stats.above].filter((v) => v === 1)).toHaveLength(1);
  });

  it("sums objects, files and bytes per night and lists the taken files with the bucket's sensitivity", () => {
    const { stats } = run(scenario(), ["alex.miller"], nightEvidence);
    expect(stats.nights).toEqual([{ day: DAY(8), objects: 4, files: 4, bytes: 8_000_000, buckets: [FIN], first: Date.UTC(2026, 0, 8, 2), last: Date.UTC(2026, 0, 8, 2, 15) }]);
    expect(stats.buckets).toHaveLength(1);
    const fin = stats.buckets[0]!;
    expect(fin).toMatchObject({ bucket: FIN, sensitivity: "high", reads: 4, bytes: 8_000_000, total: 4 });
    expect(fin.files.map((f) => f.key)).toEqual(["2026/q4/file-0.xlsx", "2026/q4/file-1.xlsx", "2026/q4/file-2.xlsx", "2026/q4/file-3.xlsx"]);
  });

  it("lists source IPs with the evidence IP first", () => {
    const { stats } = run(scenario(), ["alex.miller"], nightEvidence);
    expect(stats.ips.total).toBe(2);
    expect(stats.ips.items[0]).toMatchObject({ ip: "203.0.113.9", events: 4, reads: 4, evidence: 4 });
    expect(stats.ips.items[1]).toMatchObject({ ip: "10.10.30.55", reads: 10, evidence: 0 });
  });

  it("falls back to the account's typical reader when the principal has too few other days", () => {
    const recs = scenario();
    const mallory = user("mallory");
    for (let i = 0; i < 6; i++) recs.push(s3("GetObject", mallory, FIN, `2026/q4/m-${i}.xlsx`, at(8, 3, i), 10));
    const { stats } = run(recs, ["mallory"], (t) => Array.from({ length: t.size }, (_, r) => r).filter((r) => t.value("principal", r) === "mallory"));
    expect(stats.baseline.source).toBe("account");
    // Readers' days: alex on Days 1–5 and 8, sarah on Day 8, mallory on Day 8.
    expect(stats.baseline.days).toBe(8);
    expect(stats.baseline.perHour[10]).toBeCloseTo(10 / 8);
    expect(stats.heatmap).toMatchObject({ start: DAY(8), rows: 1, max: 6 });
    expect(stats.above[3]).toBe(1);
    expect(ABOVE_BASELINE_FACTOR * stats.baseline.perHour[3]!).toBeLessThan(6);
  });

  it("answers empty for an unknown principal, and never matches other principals through a wildcard", () => {
    const { stats } = run(scenario(), ["alex*"], () => []);
    expect(stats.reads).toBe(0);
    expect(stats.heatmap.rows).toBe(0);
    expect(stats.nights).toEqual([]);
    expect(stats.buckets).toEqual([]);
    expect(stats.ips).toEqual({ items: [], total: 0 });
  });

  it("folds a long span into rows of several days", () => {
    const alex = user("alex.miller");
    const recs = [s3("GetObject", alex, "b", "k1", at(1, 10)), s3("GetObject", alex, "b", "k2", new Date(Date.UTC(2026, 0, 1 + 3 * MAX_HEATMAP_ROWS, 10)).toISOString())];
    const { stats } = run(recs, ["alex.miller"], () => []);
    expect(stats.heatmap.daysPerRow).toBe(4);
    expect(stats.heatmap.rows).toBe(Math.ceil((3 * MAX_HEATMAP_ROWS + 1) / 4));
    expect(stats.heatmap.counts[10]).toBe(1);
    expect(stats.heatmap.counts[(stats.heatmap.rows - 1) * 24 + 10]).toBe(1);
  });

  it("keeps hostile names as plain values", () => {
    const who = user("__proto__");
    const recs = [s3("GetObject", who, "__proto__", "constructor", at(2, 1), 5), s3("GetObject", who, "__proto__", "toString", at(2, 1, 5), 5)];
    const { stats } = run(recs, ["__proto__"], (t) => [0, 1].filter((r) => r < t.size));
    expect(stats.buckets[0]).toMatchObject({ bucket: "__proto__", reads: 2, total: 2, bytes: 10 });
    expect(stats.buckets[0]!.files.map((f) => f.key)).toEqual(["constructor", "toString"]);
    expect(stats.nights[0]).toMatchObject({ objects: 2, files: 2, buckets: ["__proto__"] });
  });
});

describe.each([["direct", directDriver], ["worker client", channelDriver]] as const)("engine exfilStats (%s)", (_name, make) => {
  it("answers for a loaded dataset, with the analyst's sensitivity levels", async () => {
    const e = make();
    try {
      const file = new Blob([scenario().map((r) => JSON.stringify(r)).join("\n") + "\n"]);
      await e.call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file }] });
      const sel = await e.call("select", { spec: { clauses: [{ field: "bucket", values: [FIN] }, { field: "principal", values: ["alex.miller"] }, { field: "eventName", values: ["GetObject"] }, { field: "errorCode", values: [""] }] } });
      const win = await e.call("rows", { resultId: sel.resultId, start: 0, end: sel.total, fields: [] });
      await e.call("setSensitivity", { levels: [[FIN, "low"]] });
      const stats = await e.call("exfilStats", { principals: ["alex.miller"], evidence: win.rowIds });
      expect(stats.reads).toBe(14);
      expect(stats.heatmap.counts).toBeInstanceOf(Uint32Array);
      expect(stats.buckets.map((b) => [b.bucket, b.sensitivity, b.total])).toEqual([[FIN, "low", 4]]);
      expect(stats.nights).toHaveLength(1);
    } finally {
      e.close();
    }
  });
});
