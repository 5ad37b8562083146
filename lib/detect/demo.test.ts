import { beforeAll, describe, expect, it } from "vitest";
import { correlate } from "./run";
import type { Finding } from "./finding";
import { cell } from "./rows";
import { demoSource, detect, type Loaded } from "./testing/load";

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe("the seed's demo (default options)", () => {
  let run: Loaded & { findings: Finding[] };
  beforeAll(async () => {
    run = await detect([demoSource()]);
  });

  it("finds the backdoor: alex.miller → svc-datasync with AdministratorAccess, Day 8 10:45–10:46", () => {
    const f = run.findings.filter((x) => x.rule === "iam-backdoor-user");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ principal: "alex.miller", severity: "critical", stage: "persistence", entities: { users: ["svc-datasync"] } });
    expect(f[0].summary).toBe("alex.miller created user svc-datasync and attached AdministratorAccess to it 1 minute later");
    expect([iso(f[0].start), iso(f[0].end)]).toEqual(["2026-01-08T10:45:00.000Z", "2026-01-08T10:46:00.000Z"]);
    expect(f[0].rows.map((r) => cell(run.data.table, "eventName", r))).toEqual(["CreateUser", "AttachUserPolicy"]);
  });

  it("finds one night burst per night on the financial bucket, Days 11–14 between 01:00 and 05:00, with the Day 9 ListBucket", () => {
    const t = run.data.table;
    const bursts = run.findings.filter((x) => x.rule === "s3-mass-download").sort((a, b) => a.start - b.start);
    expect(bursts.map((b) => iso(b.start).slice(0, 10))).toEqual(["2026-01-11", "2026-01-12", "2026-01-13", "2026-01-14"]);
    for (const b of bursts) {
      expect(b).toMatchObject({ principal: "alex.miller", severity: "critical", entities: { buckets: ["faketshirtco-financial-reports"] } });
      const dayStart = Math.floor(b.start / (24 * HOUR)) * 24 * HOUR;
      expect(b.start).toBeGreaterThanOrEqual(dayStart + HOUR);
      expect(b.end).toBeLessThan(dayStart + 5 * HOUR);
      const reads = b.rows.filter((r) => cell(t, "eventName", r) === "GetObject");
      // Every exfil read of that night is in the finding, and nothing else.
      const night = Array.from({ length: t.size }, (_, r) => r).filter(
        (r) => cell(t, "demo_id", r) === "exfil" && cell(t, "eventName", r) === "GetObject" && t.times.values[r] >= b.start && t.times.values[r] <= b.end,
      );
      expect(reads).toEqual(night);
      const listing = b.rows.filter((r) => cell(t, "eventName", r) === "ListBucket");
      expect(listing.map((r) => iso(t.times.values[r]))).toContain("2026-01-09T15:37:12.000Z");
      expect(b.summary).toMatch(/^alex\.miller downloaded \d+ objects .* from faketshirtco-financial-reports \(high sensitivity\) on \w{3} 2026-01-1[1-4] between 0[1-4]:\d\d and 0[1-4]:\d\d UTC, .*; they had listed the bucket \d+ days? before$/);
    }
  });

  it("puts the attack in one chain for alex.miller, stages in attack order", () => {
    const [top] = correlate(run.findings);
    expect(top.principal).toBe("alex.miller");
    expect(top.severity).toBe("critical");
    expect(top.stages.slice(0, 2)).toEqual(["persistence", "privilege-escalation"]);
    expect(top.stages).toContain("collection");
  });
});

describe.each([42, 7, 1234])("normal demo traffic (seed %i)", (seed) => {
  it("raises no high or critical finding outside the exfil scenario", async () => {
    const { data, findings } = await detect([demoSource({ seed })]);
    const serious = findings.filter((f) => f.severity === "critical" || f.severity === "high");
    expect(serious.length).toBeGreaterThan(0);
    for (const f of serious) expect(f.rows.filter((r) => cell(data.table, "demo_id", r) !== "exfil").map((r) => `${f.rule}: ${data.table.eventId(r)}`)).toEqual([]);
  });

  it("raises at most a few medium or low off-hours findings on normal traffic alone", async () => {
    const { findings } = await detect([demoSource({ seed, scenarios: [] })]);
    expect(findings.filter((f) => f.severity !== "medium" && f.severity !== "low")).toEqual([]);
    // Off-hours is the only rule allowed to speak about normal traffic, and only about a rare late evening or weekend.
    expect(findings.filter((f) => f.rule !== "off-hours-activity")).toEqual([]);
    expect(findings.length).toBeLessThanOrEqual(3);
  });
});
