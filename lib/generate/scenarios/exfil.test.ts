import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../cloudtrail/types";
import { FINANCIAL_BUCKET } from "../catalog";
import type { CloudTrailRecord } from "../generate";
import { actorOf, dateOf, dayDate, demo, hourOf, params } from "../testing/demo";
import { ADMIN_POLICY, BACKDOOR_USER } from "./exfil";

const START = "2026-01-01";
const exfilOf = (records: CloudTrailRecord[]): CloudTrailRecord[] => records.filter((r) => r.demo_id === "exfil");
const onDay = (records: CloudTrailRecord[], n: number, start = START): CloudTrailRecord[] => records.filter((r) => dateOf(r) === dayDate(start, n));

describe("exfil scenario in the default demo", () => {
  const all = demo();
  const exfil = exfilOf(all);

  it("tags only scenario records, all with demo_id exfil", () => {
    expect(exfil.length).toBeGreaterThan(100);
    expect(all.filter((r) => r.demo_id !== undefined && r.demo_id !== "exfil")).toEqual([]);
  });

  it("acts only under alex.miller's long-term key from 10.10.30.55", () => {
    for (const r of exfil) {
      const u = r.userIdentity as JsonObject;
      expect(u.type).toBe("IAMUser");
      expect(u.userName).toBe("alex.miller");
      expect(u.arn).toBe("arn:aws:iam::123456789012:user/alex.miller");
      expect(String(u.accessKeyId)).toMatch(/^AKIA[A-Z0-9]{16}$/);
      expect(r.sourceIPAddress).toBe("10.10.30.55");
    }
    expect(new Set(exfil.map((r) => (r.userIdentity as JsonObject).accessKeyId)).size).toBe(1);
  });

  it("Day 8: CreateUser svc-datasync at 10:45:00Z, then AttachUserPolicy AdministratorAccess at 10:46:00Z", () => {
    const day8 = onDay(exfil, 8);
    expect(day8.map((r) => [r.eventTime, r.eventName])).toEqual([
      ["2026-01-08T10:45:00Z", "CreateUser"],
      ["2026-01-08T10:46:00Z", "AttachUserPolicy"],
    ]);
    const [create, attach] = day8;
    expect(params(create)).toEqual({ userName: BACKDOOR_USER });
    const user = (create.responseElements as JsonObject).user as JsonObject;
    expect(user.userName).toBe(BACKDOOR_USER);
    expect(user.arn).toBe("arn:aws:iam::123456789012:user/svc-datasync");
    expect(String(user.userId)).toMatch(/^AIDA[A-Z0-9]{17}$/);
    expect(params(attach)).toEqual({ userName: BACKDOOR_USER, policyArn: ADMIN_POLICY });
    expect(ADMIN_POLICY).toBe("arn:aws:iam::aws:policy/AdministratorAccess");
  });

  it("Day 9: ListBucket on the financial bucket", () => {
    const day9 = onDay(exfil, 9);
    expect(day9.map((r) => r.eventName)).toEqual(["ListBucket"]);
    expect(params(day9[0]).bucketName).toBe(FINANCIAL_BUCKET);
  });

  it("Day 10: one test GetObject in the late evening", () => {
    const day10 = onDay(exfil, 10);
    expect(day10).toHaveLength(1);
    expect(day10[0].eventName).toBe("GetObject");
    expect(params(day10[0]).bucketName).toBe(FINANCIAL_BUCKET);
    expect(hourOf(day10[0])).toBeGreaterThanOrEqual(22);
  });

  it.each([11, 12, 13, 14])("Day %i: a burst of financial GetObject, only between 01:00 and 05:00", (n) => {
    const night = onDay(exfil, n);
    expect(night.length).toBeGreaterThanOrEqual(20);
    for (const r of night) {
      expect(r.eventName).toBe("GetObject");
      expect(params(r).bucketName).toBe(FINANCIAL_BUCKET);
      expect(hourOf(r)).toBeGreaterThanOrEqual(1);
      expect(hourOf(r)).toBeLessThan(5);
      expect((r.additionalEventData as JsonObject).bytesTransferredOut as number).toBeGreaterThan(0);
    }
  });

  it("includes the seed's example record at 2026-01-12T03:15:00Z", () => {
    const hit = exfil.filter((r) => r.eventTime === "2026-01-12T03:15:00Z");
    expect(hit).toHaveLength(1);
    expect(hit[0].eventName).toBe("GetObject");
    expect(params(hit[0])).toMatchObject({ bucketName: FINANCIAL_BUCKET, key: "2026/q4/annual-financial-report.xlsx" });
  });

  it("takes the files the seed names, each financial file once over the four nights", () => {
    const keys = exfil.filter((r) => r.eventName === "GetObject" && dateOf(r) >= "2026-01-11").map((r) => String(params(r).key));
    expect(keys.some((k) => k.endsWith("/annual-financial-report.xlsx"))).toBe(true);
    expect(keys.some((k) => k.endsWith("/merger-plans-2025.docx"))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is the only night-time object reading by anyone", () => {
    const nightReads = all.filter((r) => r.eventName === "GetObject" && hourOf(r) >= 1 && hourOf(r) < 5);
    expect(nightReads.length).toBeGreaterThan(0);
    expect(nightReads.every((r) => r.demo_id === "exfil" && actorOf(r) === "alex.miller")).toBe(true);
  });
});

describe("exfil scenario timing follows the start date and the period", () => {
  it.each(["2025-06-01", "2024-02-25", "2026-03-10"])("start %s shifts every day", (start) => {
    const exfil = exfilOf(demo({ start }));
    expect(exfil.find((r) => r.eventName === "CreateUser")?.eventTime).toBe(`${dayDate(start, 8)}T10:45:00Z`);
    expect(exfil.find((r) => r.eventName === "AttachUserPolicy")?.eventTime).toBe(`${dayDate(start, 8)}T10:46:00Z`);
    expect(onDay(exfil, 9, start).map((r) => r.eventName)).toEqual(["ListBucket"]);
    expect(exfil.some((r) => r.eventTime === `${dayDate(start, 12)}T03:15:00Z`)).toBe(true);
    expect(exfil.every((r) => dateOf(r) >= dayDate(start, 8) && dateOf(r) <= dayDate(start, 14))).toBe(true);
  });

  it("keeps only the scenario days inside a shorter period", () => {
    const exfil = exfilOf(demo({ days: 9 }));
    expect(exfil.map((r) => r.eventName)).toEqual(["CreateUser", "AttachUserPolicy", "ListBucket"]);
  });

  it("is absent when no scenario is chosen", () => {
    expect(demo({ scenarios: [] }).some((r) => r.demo_id !== undefined)).toBe(false);
  });

  it("moves the night schedule with the seed but not the fixed steps", () => {
    const a = exfilOf(demo({ seed: 1 }));
    const b = exfilOf(demo({ seed: 2 }));
    expect(a.slice(0, 4).map((r) => r.eventTime)).toEqual(b.slice(0, 4).map((r) => r.eventTime));
    expect(a.map((r) => r.eventTime)).not.toEqual(b.map((r) => r.eventTime));
  });
});
