import { describe, expect, it } from "vitest";
import { channelDriver, directDriver } from "./test-harness";

const DAY = 86_400_000;
const JAN_1 = Date.UTC(2026, 0, 1);

describe.each([["direct", directDriver], ["worker client", channelDriver]] as const)("entity methods on the seed's demo (%s)", (_name, make) => {
  it("show alex.miller's night GetObject burst, the financial bucket's exfil objects and follow the analyst's levels", async () => {
    const e = make();
    try {
      await e.call("generate", { jobId: 1, options: {} });

      const principals = await e.call("principals", { spec: {} });
      const alex = principals.find((p) => p.name === "alex.miller");
      expect(alex).toMatchObject({ type: "IAMUser" });
      expect(alex!.sensitive).toBeGreaterThan(0);
      expect(principals.find((p) => p.name === "cloudtrail.amazonaws.com")?.type).toBe("AWSService");

      const detail = await e.call("principal", { name: "alex.miller", spec: {}, heatmapEventName: "GetObject" });
      const h = detail.heatmap;
      expect(h.start).toBe(JAN_1);
      expect(h.rows).toBe(14);
      const cell = (day: number, hour: number) => h.counts[(day - 1) * 24 + hour]!;
      // Seed: "Day 11-14: Mass GetObject at 01:00-05:00"; before day 10 its nights are quiet.
      for (let day = 11; day <= 14; day++) for (let hour = 1; hour < 5; hour++) expect(cell(day, hour), `day ${day} ${hour}:00`).toBeGreaterThan(0);
      for (let day = 1; day <= 10; day++) for (let hour = 0; hour < 6; hour++) expect(cell(day, hour), `day ${day} ${hour}:00`).toBe(0);
      expect(detail.sensitiveCalls.calls.map((c) => c.eventName)).toEqual(expect.arrayContaining(["CreateUser", "AttachUserPolicy"]));
      expect(detail.buckets.find((b) => b.bucket === "faketshirtco-financial-reports")!.reads).toBeGreaterThan(0);
      expect(detail.findings.length).toBeGreaterThan(0);
      expect(detail.findings.every((f) => f.principal === "alex.miller" || (f.entities.principals ?? []).includes("alex.miller") || (f.entities.users ?? []).includes("alex.miller"))).toBe(true);
      expect(detail.activity.counts.reduce((s, n) => s + n, 0)).toBe(alex!.events);

      const bucket = await e.call("bucket", { name: "faketshirtco-financial-reports", spec: {} });
      expect(bucket).toMatchObject({ sensitivity: "high", sensitivitySource: "default" });
      const keys = bucket.objects.rows.map((o) => o.key);
      expect(keys).toEqual(expect.arrayContaining([expect.stringMatching(/annual-financial-report\.xlsx$/), expect.stringMatching(/merger-plans-2025\.docx$/)]));
      expect(bucket.listing.some((l) => l.principal === "alex.miller")).toBe(true);
      expect(bucket.offHours.byPrincipal[0]?.principal).toBe("alex.miller");
      expect(bucket.findings.some((f) => (f.entities.buckets ?? []).includes("faketshirtco-financial-reports"))).toBe(true);
      const nightReads = bucket.offHours.byHour.slice(1, 5).reduce((s, n) => s + n, 0);
      expect(nightReads).toBeGreaterThan(0);

      // The analyst's level reaches the lists and the detections.
      expect((await e.call("buckets", { spec: {} })).find((b) => b.bucket === "faketshirtco-build-artifacts")?.sensitivity).toBe("low");
      await e.call("setSensitivity", { levels: [["faketshirtco-build-artifacts", "high"]] });
      const after = await e.call("buckets", { spec: {} });
      expect(after.find((b) => b.bucket === "faketshirtco-build-artifacts")).toMatchObject({ sensitivity: "high", sensitivitySource: "analyst" });
      const explicit = await e.call("buckets", { spec: {}, levels: [["faketshirtco-financial-reports", "low"]] });
      expect(explicit.find((b) => b.bucket === "faketshirtco-financial-reports")?.sensitivity).toBe("low");
      expect(await e.call("findings", {})).not.toHaveLength(0);

      // A time filter narrows the days the heatmap covers.
      const lastDays = await e.call("principal", { name: "alex.miller", spec: { timeRange: { start: JAN_1 + 10 * DAY, end: JAN_1 + 14 * DAY } } });
      expect(lastDays.heatmap.rows).toBe(4);
      expect(lastDays.summary!.events).toBeLessThan(alex!.events);
    } finally {
      e.close();
    }
  });
});
